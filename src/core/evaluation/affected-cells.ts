import type { Agreement, Norm } from '../agreement/agreement.js';
import { actOf } from '../agreement/agreement.js';
import type { Expression } from '../agreement/quantity-expression.js';
import type { Claim } from '../evidence/claim.js';
import { instantMs } from '../time/instant-ms.js';
import type { EventType } from '../vocabulary/event-types.js';
import { negatedTypesOf } from '../vocabulary/negated-event-types.js';
import type { CellAddress } from './explain-cell.js';

/** A claim as it was before an append (null: new) and after it (null: gone from the inputs). */
export interface ClaimChange {
  readonly before: Claim | null;
  readonly after: Claim | null;
}

/** Why a change may reach any cell: what it feeds besides the cells of the norms reading it. */
export type EverythingBecause =
  /** Its type tells the term's life (reported ends, extensions) or a rule extends the term by it. */
  | 'term'
  /** Its type exercises a power, or a power is triggered by a norm reading it. */
  | 'power'
  /** The agreement has exceptions, which read the whole evaluation. */
  | 'exception'
  /** The agreement has bound groups or handovers, which read claims before the index does. */
  | 'reading'
  /** Its type revises a total (`total(id)`), or it is an accusation, listed beside every cell. */
  | 'total_or_accusation'
  /** Accepted and not a plan: it may set aside, or be set aside by, a report of the same act. */
  | 'supersession'
  /** It counts toward another period's quota, as its source says. */
  | 'counted_elsewhere';

/** A norm's cells an append can change: periods `from` through `through` (1-based), or its one cell. */
export type NormCells =
  | {
      readonly kind: 'periods';
      readonly norm: string;
      readonly from: number;
      readonly through: number;
    }
  | { readonly kind: 'once'; readonly norm: string };

/**
 * What an append can change: every cell; only these cells (and the tallies of their types);
 * or nothing the evaluation shows but its count of claims, when no part of it reads the type.
 */
export type AffectedCells =
  | { readonly kind: 'everything'; readonly because: EverythingBecause }
  | { readonly kind: 'cells'; readonly cells: readonly NormCells[] }
  | { readonly kind: 'nothing' };

/** The periods of an evaluation, as its grid shows them: ISO instants, [start, end). */
export interface ShownPeriod {
  readonly start: string;
  readonly end: string;
}

/**
 * The cells (norm, period) of an agreement's evaluation that a changed claim can change,
 * given the periods the evaluation before the change had. Conservative: a change that may
 * move the term, a power, an exception, a total, a reading of claims before the index, or
 * another claim (by superseding it) reaches every cell; otherwise only the cells of the norms
 * reading its type (or counting such a norm's acts) in the periods it lies in, before or after.
 * Pure: a function of the agreement, the periods and the claim's two states.
 */
export function cellsAffectedBy(
  agreement: Agreement,
  periods: readonly ShownPeriod[],
  change: ClaimChange,
): AffectedCells {
  const states = [change.before, change.after].filter((c): c is Claim => c !== null);
  for (const claim of states) {
    const because = everythingBecause(agreement, claim);
    if (because !== null) return { kind: 'everything', because };
  }
  const cells: NormCells[] = [];
  let read = false;
  for (const claim of states) {
    const span = periodsOf(periods, claim);
    for (const norm of normsReading(agreement, claim.content.type)) {
      read = true;
      if (norm.kind !== 'punctual' && norm.per === 'once')
        cells.push({ kind: 'once', norm: norm.id });
      else if (span !== null) cells.push({ kind: 'periods', norm: norm.id, ...span });
    }
  }
  return read ? { kind: 'cells', cells } : { kind: 'nothing' };
}

/** Whether a cell is among those affected. */
export function cellIsAffected(affected: AffectedCells, cell: CellAddress): boolean {
  if (affected.kind !== 'cells') return affected.kind === 'everything';
  return affected.cells.some((c) =>
    c.kind === 'once'
      ? cell.period === 'once' && c.norm === cell.norm
      : c.norm === cell.norm &&
        cell.period !== 'once' &&
        c.from <= cell.period &&
        cell.period <= c.through,
  );
}

/**
 * The norms a change reaches when a re-assessment of their cells tests for itself what
 * `cellsAffectedBy` must assume: that a count an extension rule makes moved the term (it
 * compares the rule's allowances before and after), that the claim set another aside, or
 * was set aside (it compares which claims of the types it reads are superseded, by whom), and
 * that a power's trigger moved (it compares what the power reads of the trigger norms' cells).
 * `everything` for every other reason `cellsAffectedBy` gives.
 */
export type NormsReached =
  | { readonly kind: 'everything'; readonly because: EverythingBecause }
  | {
      readonly kind: 'norms';
      readonly norms: ReadonlySet<string>;
      /** An extension rule counts one of them: its allowance must come out the same. */
      readonly countedByRule: boolean;
      /** Some of them trigger a power: what the power reads of their cells must come out the same. */
      readonly triggering: ReadonlySet<string>;
      /** Some change is an accusation: the breaches listed after every instance's are made again. */
      readonly accusations: boolean;
    }
  | { readonly kind: 'nothing' };

/** The norms some changes reach, for a re-assessment that tests the term and supersession. */
export function normsReachedBy(
  agreement: Agreement,
  changes: readonly ClaimChange[],
): NormsReached {
  const norms = new Set<string>();
  let accusations = false;
  for (const { before, after } of changes) {
    for (const claim of [before, after]) {
      if (claim === null) continue;
      const because = everythingBecause(agreement, claim, 'tested');
      if (because !== null) return { kind: 'everything', because };
      if (claim.content.type === ACCUSATION) accusations = true;
      for (const id of readers(agreement, claim.content.type)) norms.add(id);
    }
  }
  if (norms.size === 0 && !accusations) return { kind: 'nothing' };
  const countedByRule = agreement.term.extensionRules.some((r) => norms.has(r.counts));
  const triggering = new Set(
    agreement.powers.flatMap((p) => p.trigger.violated).filter((n) => norms.has(n)),
  );
  return { kind: 'norms', norms, countedByRule, triggering, accusations };
}

/** The type of the claims listed as breaches though they name no clause (`collectBreaches`). */
export const ACCUSATION: EventType = 'accusation';

/**
 * The event types whose claims the cells of these norms are assessed from: each norm's acts
 * and their negations, for the norms and every norm their quantities count, and the totals';
 * with the accusations' when they are listed again.
 */
export function typesAssessedFor(
  agreement: Agreement,
  norms: ReadonlySet<string>,
  accusations = false,
): Set<EventType> {
  const all = new Set(norms);
  for (let grown = true; grown;) {
    grown = false;
    for (const norm of agreement.norms) {
      if (!all.has(norm.id)) continue;
      for (const counted of quantitiesOf(norm).flatMap(countedNorms)) {
        if (all.has(counted)) continue;
        all.add(counted);
        grown = true;
      }
    }
  }
  const types = new Set<EventType>(agreement.totals.flatMap((t) => t.reported?.event ?? []));
  if (accusations) types.add(ACCUSATION);
  for (const norm of agreement.norms)
    if (all.has(norm.id)) for (const t of typesReadBy(norm)) types.add(t);
  return types;
}

/**
 * Whether a change may reach every cell. `assumed` takes the worst of a count an extension
 * rule makes, of supersession and of a power's trigger; `tested` leaves them to a
 * re-assessment that checks them. A power's exercise is never tested: it moves the term's end.
 */
function everythingBecause(
  agreement: Agreement,
  claim: Claim,
  rulesAndSupersession: 'assumed' | 'tested' = 'assumed',
): EverythingBecause | null {
  const type = claim.content.type;
  const term = agreement.term;
  const reading = readers(agreement, type);
  const assumed = rulesAndSupersession === 'assumed';
  if (
    term.reportedEnd?.event === type ||
    term.reportedExtensions?.event === type ||
    (assumed && term.extensionRules.some((r) => reading.has(r.counts)))
  )
    return 'term';
  if (
    agreement.powers.some(
      (p) =>
        p.exercisedBy.events.includes(type) ||
        (assumed && p.trigger.violated.some((n) => reading.has(n))),
    )
  )
    return 'power';
  if (agreement.exceptions.length > 0) return 'exception';
  if (
    agreement.handovers.length > 0 ||
    agreement.parties.some((p) => (p.answersFor ?? []).length > 0)
  )
    return 'reading';
  // Tested, an accusation's listing is made again (`NormsReached.accusations`).
  if ((assumed && type === ACCUSATION) || agreement.totals.some((t) => t.reported?.event === type))
    return 'total_or_accusation';
  if (claim.content.countsToward !== undefined) return 'counted_elsewhere';
  // Only claims that count take part in supersession (`ClaimIndex.markSuperseded`); whether it
  // was known by asOf or is about others is not known here, so any accepted report may.
  if (
    assumed &&
    claim.status === 'accepted' &&
    claim.content.modality !== 'planned' &&
    reading.size > 0
  )
    return 'supersession';
  return null;
}

/** The event types a norm's act is read from: its own and those saying it did not happen. */
function typesReadBy(norm: Norm): EventType[] {
  const events = actOf(norm).events;
  return [...events, ...negatedTypesOf(events)];
}

/** The ids of the norms whose cells read a type: directly, or by counting such a norm's acts. */
function readers(agreement: Agreement, type: EventType): Set<string> {
  const ids = new Set(
    agreement.norms.filter((n) => typesReadBy(n).includes(type)).map((n) => n.id),
  );
  for (let grown = true; grown;) {
    grown = false;
    for (const norm of agreement.norms) {
      if (ids.has(norm.id)) continue;
      if (quantitiesOf(norm).some((e) => countsAny(e, ids))) {
        ids.add(norm.id);
        grown = true;
      }
    }
  }
  return ids;
}

function normsReading(agreement: Agreement, type: EventType): Norm[] {
  const ids = readers(agreement, type);
  return agreement.norms.filter((n) => ids.has(n.id));
}

function quantitiesOf(norm: Norm): Expression[] {
  if (norm.kind === 'achievement') return norm.quantity === null ? [] : [norm.quantity.min];
  if (norm.kind !== 'punctual') return [];
  const own = norm.quantity === null ? [] : [norm.quantity.min];
  if (norm.occasions.kind === 'every') return own;
  return [
    ...own,
    ...norm.occasions.items.flatMap((o) => (o.quantity === null ? [] : [o.quantity.min])),
  ];
}

/** The norms an expression counts (`count(norm)`). */
function countedNorms(e: Expression): string[] {
  switch (e.kind) {
    case 'count':
      return [e.norm];
    case 'add':
    case 'subtract':
    case 'multiply':
      return [...countedNorms(e.left), ...countedNorms(e.right)];
    default:
      return [];
  }
}

function countsAny(e: Expression, norms: ReadonlySet<string>): boolean {
  switch (e.kind) {
    case 'count':
      return norms.has(e.norm);
    case 'add':
    case 'subtract':
    case 'multiply':
      return countsAny(e.left, norms) || countsAny(e.right, norms);
    default:
      return false;
  }
}

/** The shown periods (1-based, inclusive) a claim's time overlaps; null when none. */
function periodsOf(
  periods: readonly ShownPeriod[],
  claim: Claim,
): { from: number; through: number } | null {
  const { earliest, latest } = claim.content.when;
  const lo = earliest === null ? -Infinity : instantMs(earliest);
  const hi = latest === null ? Infinity : instantMs(latest);
  let from = 0;
  let through = 0;
  for (let p = 0; p < periods.length; p++) {
    const period = periods[p] as ShownPeriod;
    if (hi < instantMs(period.start) || lo >= instantMs(period.end)) continue;
    if (from === 0) from = p + 1;
    through = p + 1;
  }
  return from === 0 ? null : { from, through };
}
