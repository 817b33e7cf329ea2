import type { Agreement, Deadline, Norm, Quantity } from '../agreement/agreement.js';
import type { PartyId } from '../ids.js';
import { localDate, localTimeAfter } from '../time/zoned-time.js';
import type { PeriodCalendar } from './period-calendar.js';
import type { MsRange } from './term-frame.js';

/** One instance of a norm: for one bearer, in one period (or once), over one window. */
export interface NormInstance {
  readonly norm: Norm;
  readonly bearer: PartyId;
  /** 0-based period; null for a norm that holds once. */
  readonly period: number | null;
  /** The window acts are counted in: [start, end). */
  readonly start: number;
  readonly end: number;
  /** When it falls due (may lie after the term's end: then it is discharged). */
  readonly due: number;
  /**
   * It falls due when the term ends ("withdraw by the end of the truce"), so the end cannot
   * discharge it: where the end is a range, it is due once the whole range has passed.
   */
  readonly dueAtEnd: boolean;
  /** What is owed, for obligations: the occasion's own quantity, else the norm's. */
  readonly quantity: Quantity | null;
}

/** The phases' bounds: each starts where the previous ends; the last runs to the term's end. */
export interface PhaseSpan {
  readonly id: string;
  readonly start: number;
  readonly end: MsRange;
}

/**
 * Every instance of every norm, for each bearer: per period (in the norm's phase and
 * window), on the punctual norm's occasions, or once. Windows stop at the latest possible
 * end of the term; the due time is kept as the clause gives it.
 */
export function normInstances(
  agreement: Agreement,
  calendar: PeriodCalendar,
  phases: readonly PhaseSpan[],
  termStart: number,
  termEnd: MsRange,
): NormInstance[] {
  const zone = agreement.timezone;
  const instances: NormInstance[] = [];
  for (const norm of agreement.norms) {
    const phase = norm.phase === null ? undefined : phases.find((p) => p.id === norm.phase);
    const from = Math.max(
      norm.from === null ? termStart : Date.parse(norm.from),
      phase?.start ?? -Infinity,
    );
    // An explicit window may lie outside the term (a pledge before it takes effect).
    const until = Math.min(
      norm.until === null ? termEnd.hi : Date.parse(norm.until),
      phase?.end.hi ?? Infinity,
    );
    const per = norm.kind === 'punctual' ? 'day' : norm.per;
    const deadline = norm.kind === 'achievement' || norm.kind === 'punctual' ? norm.deadline : null;
    const quantity = norm.kind === 'achievement' || norm.kind === 'punctual' ? norm.quantity : null;

    if (per === 'once') {
      const due = onceDue(deadline, calendar, until);
      const end = Math.min(due, until);
      if (!(end > from)) continue;
      const dueAtEnd = due === termEnd.hi && norm.until === null;
      for (const bearer of norm.bearers) {
        instances.push({ norm, bearer, period: null, start: from, end, due, dueAtEnd, quantity });
      }
      continue;
    }

    const occasions = norm.kind === 'punctual' ? occasionQuantities(norm, calendar, zone) : null;
    for (let p = 0; p < calendar.length; p++) {
      const ps = calendar.start(p);
      const pe = calendar.end(p);
      if (pe <= from || ps >= until) continue;
      if (occasions !== null && !occasions.has(p)) continue;
      const start = Math.max(ps, from);
      const due =
        deadline?.kind === 'local_time'
          ? localTimeAfter(ps, zone, deadline.time, deadline.nextDay ? 1 : 0)
          : pe;
      const end = Math.min(due, until);
      if (!(end > start)) continue;
      const q = occasions?.get(p) ?? quantity;
      for (const bearer of norm.bearers) {
        instances.push({ norm, bearer, period: p, start, end, due, dueAtEnd: false, quantity: q });
      }
    }
  }
  return instances;
}

/** Due time of a norm that holds once: its deadline, else the end of its window. */
function onceDue(deadline: Deadline | null, calendar: PeriodCalendar, until: number): number {
  if (deadline === null || deadline.kind === 'local_time') return until;
  if (deadline.kind === 'at') return Date.parse(deadline.at);
  // "No later than day 16": the end of the 16th period, if the term lasts that long.
  return deadline.day <= calendar.length ? calendar.end(deadline.day - 1) : Infinity;
}

/** The periods a punctual norm falls on, each with what it owes (null: the norm's quantity). */
function occasionQuantities(
  norm: Extract<Norm, { kind: 'punctual' }>,
  calendar: PeriodCalendar,
  zone: string,
): Map<number, Quantity | null> {
  const on = new Map<number, Quantity | null>();
  const o = norm.occasions;
  if (o.kind === 'every') {
    for (let day = o.first; day <= calendar.length; day += o.every) on.set(day - 1, null);
    return on;
  }
  const dates = new Map<string, number>();
  for (let p = 0; p < calendar.length; p++) {
    const date = localDate(calendar.start(p), zone);
    if (!dates.has(date)) dates.set(date, p);
  }
  for (const item of o.items) {
    const p = item.on.kind === 'day' ? item.on.day - 1 : dates.get(item.on.date);
    if (p !== undefined && p < calendar.length) on.set(p, item.quantity);
  }
  return on;
}
