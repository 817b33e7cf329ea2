import { badInput } from '../errors.js';
import type { LocalTime } from '../time/zoned-time.js';
import { localDateTime, nextLocalTimeAfter } from '../time/zoned-time.js';

/** Refuses calendars that would list more periods than any agreement plausibly has. */
const MAX_PERIODS = 20_000;

/**
 * The periods of a term: local [boundary, next boundary) in the agreement's zone, the first
 * beginning at the start and the last ending at `end`. Boundaries are computed once with
 * Temporal (DST gaps and folds resolved as `zoned-time` says) and kept as epoch
 * milliseconds, so placing a claim is a binary search, not a time-zone computation.
 */
export class PeriodCalendar {
  /** boundaries[i] is the start of period i+1; the last entry is the end of the last period. */
  readonly boundaries: Float64Array;
  readonly zone: string;
  private readonly locals: string[] = [];

  private constructor(boundaries: Float64Array, zone: string) {
    this.boundaries = boundaries;
    this.zone = zone;
  }

  static build(startMs: number, endMs: number, zone: string, boundary: LocalTime): PeriodCalendar {
    const bounds = [startMs];
    let at = startMs;
    while (at < endMs) {
      at = Math.min(nextLocalTimeAfter(at, zone, boundary), endMs);
      bounds.push(at);
      if (bounds.length > MAX_PERIODS) {
        throw badInput(
          `the term would run more than ${MAX_PERIODS} periods; check its start, duration and asOf`,
        );
      }
    }
    return new PeriodCalendar(Float64Array.from(bounds), zone);
  }

  get length(): number {
    return this.boundaries.length - 1;
  }

  get startMs(): number {
    return this.boundaries[0] ?? 0;
  }

  get endMs(): number {
    return this.boundaries[this.boundaries.length - 1] ?? 0;
  }

  /** Start of period `p` (0-based). */
  start(p: number): number {
    return this.boundaries[p] ?? NaN;
  }

  /** End of period `p` (0-based). */
  end(p: number): number {
    return this.boundaries[p + 1] ?? NaN;
  }

  /**
   * The 0-based period containing `ms`: -1 before the first, `length` at or after the end.
   * Binary search over the boundaries.
   */
  periodOf(ms: number): number {
    const b = this.boundaries;
    if (!(ms >= (b[0] ?? Infinity))) return -1;
    if (ms >= (b[b.length - 1] ?? -Infinity)) return this.length;
    let lo = 0;
    let hi = b.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if ((b[mid] ?? 0) <= ms) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  localStart(p: number): string {
    return this.localAt(p);
  }

  localEnd(p: number): string {
    return this.localAt(p + 1);
  }

  /** Boundary `b` in local time, made once: a period's end is the next one's start. */
  private localAt(b: number): string {
    let local = this.locals[b];
    if (local === undefined)
      this.locals[b] = local = localDateTime(this.boundaries[b] ?? NaN, this.zone);
    return local;
  }
}
