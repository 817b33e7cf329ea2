import type { Membership } from '../time/membership.js';
import type { LocalTime } from '../time/zoned-time.js';
import { nextLocalTimeAfter } from '../time/zoned-time.js';

/** A day is never longer than this, even across a DST change. */
const DAY_MS = 26 * 3_600_000;

/**
 * The occurrences of a daily local window ("10:00–16:00") over a stretch of time, as epoch
 * milliseconds, computed once per clause so that matching a claim is a binary search.
 * A window whose end is before its start runs past midnight.
 */
export class DailyWindows {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;

  constructor(fromMs: number, toMs: number, zone: string, from: LocalTime, to: LocalTime) {
    const starts: number[] = [];
    const ends: number[] = [];
    let at = nextLocalTimeAfter(fromMs - DAY_MS, zone, from);
    while (at < toMs + DAY_MS) {
      starts.push(at);
      ends.push(nextLocalTimeAfter(at, zone, to));
      at = nextLocalTimeAfter(at, zone, from);
    }
    this.starts = Float64Array.from(starts);
    this.ends = Float64Array.from(ends);
  }

  /** Is an occurrence known to lie in [lo, hi] inside one of the windows? */
  membership(lo: number, hi: number): Membership {
    const s = this.starts;
    let a = 0;
    let b = s.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if ((s[mid] ?? 0) <= lo) a = mid + 1;
      else b = mid;
    }
    // a - 1 is the last window starting at or before lo.
    const k = a - 1;
    if (k >= 0 && hi < (this.ends[k] ?? 0)) return 'definitely';
    if (k >= 0 && lo < (this.ends[k] ?? 0)) return 'possibly';
    return a < s.length && (s[a] ?? Infinity) <= hi ? 'possibly' : 'not';
  }
}
