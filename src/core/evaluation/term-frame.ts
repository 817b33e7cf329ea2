import type { Agreement, DurationRange, ReportedEvents } from '../agreement/agreement.js';
import type { Claim } from '../evidence/claim.js';
import type { Duration } from '../time/duration.js';
import { instantMs } from '../time/instant-ms.js';
import { addDuration } from '../time/zoned-time.js';
import { unitKey } from '../quantity/unit-key.js';
import type { ClaimIndex } from './claim-index.js';
import { claimAffirms } from './claim-counts.js';

/** An instant known as a range, in epoch ms; hi may be Infinity (no end known). */
export interface MsRange {
  readonly lo: number;
  readonly hi: number;
}

/** One reported extension: the reports of one decision to extend, and what they give. */
export interface ReportedRound {
  readonly claims: readonly number[];
  /** The end it extends. */
  readonly from: MsRange;
  /** The end it gives. */
  readonly to: MsRange;
  /** The length the reports give, where they give one (shortest, longest). */
  readonly adds: { readonly shortest: Duration; readonly longest: Duration | null } | null;
  /** The time it adds, in ms, for comparison with the count rules. */
  readonly addedMs: MsRange;
}

/** The term as the agreement and the reports of its life give it, before any count rule. */
export interface TermFrame {
  readonly start: number;
  /** null: the agreement fixes no end. */
  readonly baseEnd: MsRange | null;
  readonly rounds: readonly ReportedRound[];
  /** The end after the reported extensions; null when there is none. */
  readonly expiry: MsRange | null;
  /** The end as reported (truce_end claims): by the first report's time. */
  readonly reportedEnd: { readonly range: MsRange; readonly claims: readonly number[] } | null;
}

/** Adds a duration to an instant that may be unbounded. */
export function plus(ms: number, zone: string, d: Duration): number {
  return Number.isFinite(ms) ? addDuration(ms, zone, d) : ms;
}

const rangePlus = (r: MsRange, zone: string, d: DurationRange): MsRange => ({
  lo: plus(r.lo, zone, d.shortest),
  hi: plus(r.hi, zone, d.longest),
});

/** What all reports, taken as true, leave possible; where they cannot all be, what any says. */
function agreeing(ranges: readonly MsRange[]): MsRange {
  const lo = Math.max(...ranges.map((r) => r.lo));
  const hi = Math.min(...ranges.map((r) => r.hi));
  if (lo <= hi) return { lo, hi };
  return { lo: Math.min(...ranges.map((r) => r.lo)), hi: Math.max(...ranges.map((r) => r.hi)) };
}

/**
 * How long after the end it extends (or the latest expiry, for an end) a report of the
 * term's life may be dated and still be about this term: decisions to extend are made
 * shortly before the end or just after it. A report dated later, or before the term began,
 * is about something else (another agreement with the same parties, an earlier truce).
 */
export const NEAR_END_MS = 24 * 3_600_000;

export function termFrame(agreement: Agreement, index: ClaimIndex): TermFrame {
  const zone = agreement.timezone;
  const start = Date.parse(agreement.term.start);
  const duration = agreement.term.duration;
  const baseEnd = duration === null ? null : rangePlus({ lo: start, hi: start }, zone, duration);

  const rounds: ReportedRound[] = [];
  let expiry = baseEnd;
  const extensions = reportsOf(index, agreement.term.reportedExtensions)
    .filter((i) => (index.hi[i] as number) >= start)
    .sort((a, b) => (index.lo[a] as number) - (index.lo[b] as number));
  let k = 0;
  while (k < extensions.length && expiry !== null) {
    const from = expiry;
    const first = extensions[k] as number;
    // Not dated within the term or near its end: neither this report nor any later one
    // extends it.
    if ((index.lo[first] as number) > from.hi + NEAR_END_MS) break;
    const members = [first];
    k++;
    // Reports made before the end they extend, or of the same moment, tell one decision.
    while (k < extensions.length) {
      const i = extensions[k] as number;
      const sameMoment = (index.lo[i] as number) <= (index.hi[first] as number);
      if (!sameMoment && !((index.lo[i] as number) < from.hi)) break;
      members.push(i);
      k++;
    }
    const round = roundOf(index, members, from, zone);
    rounds.push(round);
    expiry = round.to;
  }

  const ends = reportsOf(index, agreement.term.reportedEnd).filter(
    (i) =>
      (index.hi[i] as number) >= start &&
      (expiry === null || (index.lo[i] as number) <= expiry.hi + NEAR_END_MS),
  );
  const reportedEnd =
    ends.length === 0
      ? null
      : {
          range: {
            lo: Math.min(...ends.map((i) => index.lo[i] as number)),
            hi: Math.min(...ends.map((i) => index.hi[i] as number)),
          },
          claims: ends,
        };
  return { start, baseEnd, rounds, expiry, reportedEnd };
}

/**
 * Accepted, known claims of the event that tells the term's life, by the listed parties;
 * not those about parties outside the agreement.
 */
function reportsOf(index: ClaimIndex, reported: ReportedEvents | null): number[] {
  if (reported === null) return [];
  const mask = reported.by === null ? 0 : index.partyMask(reported.by);
  const reports: number[] = [];
  const claims = index.ofType(reported.event);
  for (let c = 0; c < claims.length; c++) {
    const i = claims[c] as number;
    const agents = index.agents[i] as number;
    if (claimAffirms(index, i) && (mask === 0 || agents === 0 || (agents & mask) !== 0))
      reports.push(i);
  }
  return reports;
}

function roundOf(
  index: ClaimIndex,
  members: readonly number[],
  from: MsRange,
  zone: string,
): ReportedRound {
  const ends: MsRange[] = [];
  const lengths: { shortest: Duration; longest: Duration | null }[] = [];
  for (const i of members) {
    const c = (index.claims[i] as Claim).content;
    const length = lengthOf(c.quantities);
    if (length !== null) lengths.push(length);
    if (c.until !== undefined) {
      ends.push({
        lo: c.until.earliest === null ? from.lo : instantMs(c.until.earliest),
        hi: c.until.latest === null ? Infinity : instantMs(c.until.latest),
      });
    } else if (length !== null) {
      ends.push({
        lo: plus(from.lo, zone, length.shortest),
        hi: length.longest === null ? Infinity : plus(from.hi, zone, length.longest),
      });
    } else ends.push({ lo: from.lo, hi: Infinity });
  }
  const to = agreeing(ends);
  const adds =
    lengths.length === 0
      ? null
      : {
          shortest: shortestOf(
            lengths.map((l) => l.shortest),
            from.lo,
            zone,
          ),
          longest: lengths.some((l) => l.longest === null)
            ? null
            : longestOf(
                lengths.map((l) => l.longest as Duration),
                from.lo,
                zone,
              ),
        };
  const addedMs =
    adds !== null
      ? {
          lo: plus(from.lo, zone, adds.shortest) - from.lo,
          hi: adds.longest === null ? Infinity : plus(from.lo, zone, adds.longest) - from.lo,
        }
      : { lo: Math.max(0, to.lo - from.hi), hi: to.hi - from.lo };
  return { claims: members, from, to, adds, addedMs };
}

/** A length a claim gives with a unit of days, hours or weeks ("extended by two days"). */
function lengthOf(
  quantities: Claim['content']['quantities'],
): { shortest: Duration; longest: Duration | null } | null {
  for (const q of quantities) {
    const unit = unitKey(q.unit);
    const of = (n: number): Duration | null =>
      unit === 'day'
        ? { days: n }
        : unit === 'hour'
          ? { hours: n }
          : unit === 'week'
            ? { days: 7 * n }
            : null;
    const shortest = of(q.min);
    if (shortest !== null) return { shortest, longest: q.max === null ? null : of(q.max) };
  }
  return null;
}

const lengthMs = (d: Duration, at: number, zone: string): number => plus(at, zone, d) - at;

const shortestOf = (ds: readonly Duration[], at: number, zone: string): Duration =>
  ds.reduce((a, b) => (lengthMs(b, at, zone) < lengthMs(a, at, zone) ? b : a));

const longestOf = (ds: readonly Duration[], at: number, zone: string): Duration =>
  ds.reduce((a, b) => (lengthMs(b, at, zone) > lengthMs(a, at, zone) ? b : a));
