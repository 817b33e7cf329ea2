import type { Agreement } from '../agreement/agreement.js';
import type { PartyId } from '../ids.js';
import { addDuration } from '../time/zoned-time.js';
import type { PhaseSpan } from './norm-instances.js';
import type { MsRange, TermFrame } from './term-frame.js';

/** How the term ends (or is expected to), with the claims behind it (claim indexes). */
export type EndCauseDraft =
  | { readonly kind: 'expired'; readonly confirmedBy: readonly number[] }
  | { readonly kind: 'reported'; readonly claims: readonly number[] }
  | {
      readonly kind: 'power';
      readonly power: string;
      readonly by: PartyId | null;
      readonly claims: readonly number[];
    };

export interface TermEnd {
  /** Infinity on both sides: no end fixed or reported. */
  readonly range: MsRange;
  readonly cause: EndCauseDraft | null;
  /** The expiry by the terms (base duration, extensions, automatic rules); null: none. */
  readonly expiry: MsRange | null;
}

const OPEN: MsRange = { lo: Infinity, hi: Infinity };

const overlap = (a: MsRange, b: MsRange): boolean => a.lo <= b.hi && b.lo <= a.hi;

/**
 * The end from the terms and from reports of the end. A reported end within the expiry's
 * range confirms it and narrows it (the reports are taken as true: the pause ran until
 * then); a reported end before the expiry ends the term early; one after it is noted only.
 */
export function naturalEnd(frame: TermFrame, automatic: MsRange | null): TermEnd {
  const e = frame.expiry;
  const expiry =
    e === null
      ? null
      : automatic === null
        ? e
        : { lo: Math.max(e.lo, automatic.lo), hi: Math.max(e.hi, automatic.hi) };
  const reported = frame.reportedEnd;
  if (expiry !== null && reported !== null) {
    const r = reported.range;
    if (overlap(r, expiry)) {
      return {
        range: { lo: Math.max(r.lo, expiry.lo), hi: Math.min(r.hi, expiry.hi) },
        cause: { kind: 'expired', confirmedBy: reported.claims },
        expiry,
      };
    }
    if (r.hi < expiry.lo)
      return { range: r, cause: { kind: 'reported', claims: reported.claims }, expiry };
    return { range: expiry, cause: { kind: 'expired', confirmedBy: [] }, expiry };
  }
  if (expiry !== null)
    return { range: expiry, cause: { kind: 'expired', confirmedBy: [] }, expiry };
  if (reported !== null)
    return { range: reported.range, cause: { kind: 'reported', claims: reported.claims }, expiry };
  return { range: OPEN, cause: null, expiry };
}

/** A power that terminates the term, exercised before its natural end, ends it then. */
export function endedByPower(
  end: TermEnd,
  exercise: {
    readonly when: MsRange;
    readonly power: string;
    readonly by: PartyId | null;
    readonly claims: readonly number[];
  } | null,
): TermEnd {
  if (exercise === null || !(exercise.when.lo < end.range.hi)) return end;
  const range = {
    lo: Math.min(end.range.lo, exercise.when.lo),
    hi: Math.min(end.range.hi, exercise.when.hi),
  };
  const byPower = exercise.when.hi < end.range.hi;
  return {
    range,
    cause: byPower
      ? { kind: 'power', power: exercise.power, by: exercise.by, claims: exercise.claims }
      : end.cause,
    expiry: end.expiry,
  };
}

/** The phases' bounds: each starts where the previous ends; the last runs to the term's end. */
export function phaseSpans(agreement: Agreement, start: number, end: MsRange): PhaseSpan[] {
  const spans: PhaseSpan[] = [];
  let at = start;
  for (const phase of agreement.term.phases) {
    if (!(at < end.hi)) break; // the term ends before this phase would begin
    if (phase.duration === null) {
      spans.push({ id: phase.id, start: at, end });
      break;
    }
    const next = addDuration(at, agreement.timezone, phase.duration);
    spans.push({
      id: phase.id,
      start: at,
      end: { lo: Math.min(next, end.lo), hi: Math.min(next, end.hi) },
    });
    at = next;
  }
  return spans;
}
