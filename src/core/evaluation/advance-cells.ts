import type { Claim } from '../evidence/claim.js';
import { actOf } from '../agreement/agreement.js';
import { instantMs } from '../time/instant-ms.js';
import type { EventType } from '../vocabulary/event-types.js';
import type { ClaimChange } from './affected-cells.js';
import { normsReachedBy, typesAssessedFor } from './affected-cells.js';
import { movedClaimCounts } from './advance-verdicts.js';
import type { Validity } from './as-of-window.js';
import { AsOfWindow } from './as-of-window.js';
import { breachRunsOf, breachesWith, instanceKey } from './breach-runs.js';
import { ClaimIndex } from './claim-index.js';
import { collectBreaches } from './collect-breaches.js';
import { advancedTallies, talliesWith } from './compute-tallies.js';
import type { CellFrame } from './evaluate.js';
import { accusationsUntil, suspended } from './evaluate.js';
import { evaluateInstance } from './evaluate-instance.js';
import type { InstanceOutcome } from './evaluate-instance.js';
import { triggerReading } from './evaluate-powers.js';
import { EvaluationContext } from './evaluation-context.js';
import type { RuleAllowance } from './extension-rules.js';
import { ruleAllowances, ruleResults } from './extension-rules.js';
import type { NormInstance } from './norm-instances.js';
import { normInstances } from './norm-instances.js';
import type { PeriodCalendar } from './period-calendar.js';
import { positionOfId } from './position-of-id.js';
import { phaseSpans } from './term-end.js';
import type { JudgedInstance, JudgedPeriod, Verdicts } from './verdicts.js';

/** An evaluation advanced cell by cell, and the frame it now rests on. */
export interface AdvancedCells {
  readonly verdicts: Verdicts;
  readonly frame: CellFrame;
}

/**
 * An evaluation of one agreement version brought up to changed claims by assessing again only
 * the cells they reach: the instances of the norms reading their types (`normsReachedBy`)
 * whose windows meet the changed claims' times, or the times of claims of those types that
 * came to be set aside, or no longer, by supersession; the tallies of those types; their
 * breaches; the count of claims. Everything else is kept from `previous`. The claims of the
 * types those cells read are indexed afresh, before and after, which costs in proportion to
 * them, not to all claims (the frame holds them by type, and is advanced with them). Null when
 * a change may reach more than cells, or when a count an extension rule makes allows another
 * number of steps than before: the caller evaluates afresh.
 */
export function advancedCells(
  previous: Verdicts,
  made: CellFrame,
  changes: readonly ClaimChange[],
  validity?: Validity,
): AdvancedCells | null {
  const { agreement, calendar, frame, end, asOfMs, sources } = made;
  const reached = normsReachedBy(agreement, changes);
  if (reached.kind === 'everything') return null;
  const window = new AsOfWindow(asOfMs);
  const claims = movedClaimCounts(previous.claims, changes, window);
  if (reached.kind === 'nothing') {
    if (validity !== undefined) window.narrow(validity);
    return { verdicts: { ...previous, claims }, frame: made };
  }
  // No bound groups or handovers here (`normsReachedBy` says everything): claims read as they are.
  const types = typesAssessedFor(agreement, reached.norms, reached.accusations);
  const claimsOfType = claimsOfTypeAfter(made.claimsOfType, types, changes);
  const ofTypes = (byType: ReadonlyMap<EventType, readonly Claim[]>) =>
    mergedInIdOrder([...types].map((t) => byType.get(t) ?? []));
  const typesName = [...types].sort().join(',');
  // Read only for supersession and times: an index of these types an advance made will do, or
  // the whole pass's while no change has reached them since (both placed on this calendar);
  // else their claims are read again.
  const kept = made.typesIndexed.get(typesName);
  const pass = made.passIndex;
  const placed = kept ?? ([...types].some((t) => pass.moved.has(t)) ? undefined : pass.index);
  const indexBefore =
    placed ?? new ClaimIndex(agreement, ofTypes(made.claimsOfType), asOfMs, sources);
  // Only the changed claims are read; the rest of the index before is copied.
  const index = ClaimIndex.advanced(indexBefore, changes, types, window);
  index.place(calendar);
  const ctx = new EvaluationContext(agreement, index, calendar, window);

  const times = changedTimes(changes, indexBefore, index);
  let allowances: readonly RuleAllowance[] = made.allowances;
  if (reached.countedByRule) {
    allowances = ruleAllowances(ctx, frame, made.countUntil, {
      allowances: made.allowances,
      spans: times,
    });
    const same = allowances.every((a, k) => {
      const held = made.allowances[k];
      return held !== undefined && a.steps.min === held.steps.min && a.steps.max === held.steps.max;
    });
    // Another number of steps may move the term's end, the calendar and every window.
    if (!same) return null;
  }

  const phases = phaseSpans(agreement, frame.start, end.range);
  const instances = normInstances(agreement, calendar, phases, frame.start, end.range);
  const keyOf = (i: NormInstance) => instanceKey(i.norm.id, i.period);
  const reassessed = new Set<string>();
  for (const inst of instances) {
    if (reached.norms.has(inst.norm.id) && times.some((t) => t.hi >= inst.start && t.lo < inst.end))
      reassessed.add(keyOf(inst));
  }
  const outcomes = instances
    .filter((i) => reassessed.has(keyOf(i)))
    .map((i) => evaluateInstance(ctx, i, end.range));
  if (reached.triggering.size > 0) {
    // The powers read the trigger norms' cells against the end before a power moved it.
    if (made.endMovedByPower) return null;
    // The index before was placed on this calendar when an advance made it, not otherwise.
    if (placed === undefined) indexBefore.place(calendar);
    const ctxBefore = new EvaluationContext(
      agreement,
      indexBefore,
      calendar,
      new AsOfWindow(asOfMs),
    );
    if (!triggersHeld(ctx, ctxBefore, outcomes, reached.triggering, end.range)) return null;
  }
  const results = new Map<NormInstance, JudgedInstance>(
    outcomes.map((o) => [o.instance, suspended(o, made.suspensions).result]),
  );

  // Each period's results are its instances' in order; those not reassessed are kept.
  const resultsOf = (
    ofPeriod: readonly NormInstance[],
    held: readonly JudgedInstance[],
  ): JudgedInstance[] | null => {
    if (ofPeriod.length !== held.length) return null;
    return ofPeriod.map((inst, k) => results.get(inst) ?? (held[k] as JudgedInstance));
  };
  const byPeriod = new Map<number | null, NormInstance[]>();
  for (const i of instances) {
    const list = byPeriod.get(i.period);
    if (list === undefined) byPeriod.set(i.period, [i]);
    else list.push(i);
  }
  const periods: JudgedPeriod[] = [];
  for (const p of previous.periods) {
    const norms = resultsOf(byPeriod.get(p.index - 1) ?? [], p.norms);
    if (norms === null) return null;
    periods.push(norms.every((r, k) => r === p.norms[k]) ? p : { ...p, norms });
  }
  const once = resultsOf(byPeriod.get(null) ?? [], previous.once);
  if (once === null) return null;

  const tallied = new Set<EventType>(
    agreement.norms
      .filter((n) => reached.norms.has(n.id))
      .flatMap((n) => actOf(n).events)
      .filter((t) => types.has(t)),
  );
  const advanced = advancedTallies(
    ctx,
    made.tallies,
    tallied,
    periodsMet(times, calendar, made.shown),
  );
  const remade = advanced.tallies;
  // A unit is named by its first spelling among all claims; among fewer it may be another.
  const heldUnits = new Map(previous.tallies.map((t) => [rowKey(t), t.unit]));
  if (remade.some((t) => t.unit !== null && (heldUnits.get(rowKey(t)) ?? t.unit) !== t.unit))
    return null;
  const tallies = talliesWith(agreement, previous.tallies, remade, tallied);

  const until = accusationsUntil(agreement, end.range, calendar);
  const collected = collectBreaches(index, outcomes, frame.start, until);
  const remadeBreaches = collected.filter((b) => b.norm !== null);
  // The accusations are listed again from the index when one changed, else kept.
  const accusations = reached.accusations ? collected.filter((b) => b.norm === null) : null;
  // The runs the last advance left, or those of a whole pass's breaches, found once.
  const heldRuns =
    made.breachRuns?.breaches === previous.breaches
      ? made.breachRuns
      : breachRunsOf(previous.breaches);
  if (heldRuns === null) return null;
  const breachRuns = breachesWith(instances, heldRuns, remadeBreaches, reassessed, accusations);

  const term = reached.countedByRule
    ? { ...previous.term, rules: ruleResults(allowances) }
    : previous.term;
  if (validity !== undefined) window.narrow(validity);
  return {
    verdicts: { ...previous, term, periods, once, tallies, breaches: breachRuns.breaches, claims },
    frame: {
      ...made,
      allowances,
      claimsOfType,
      tallies: advanced.byPeriod,
      typesIndexed: indexesKept(made.typesIndexed, changes, typesName, index),
      passIndex: { index: pass.index, moved: new Set([...pass.moved, ...typesOf(changes)]) },
      breachRuns,
    },
  };
}

/**
 * Whether the reassessed cells of the norms triggering a power read, for the powers, as they
 * did before the changes: then every power, the term's end and the suspensions stand. Only
 * those cells are assessed again on the index before, so the test costs what they cost.
 */
function triggersHeld(
  ctx: EvaluationContext,
  ctxBefore: EvaluationContext,
  outcomes: readonly InstanceOutcome[],
  triggering: ReadonlySet<string>,
  termEnd: CellFrame['end']['range'],
): boolean {
  for (const o of outcomes) {
    if (!triggering.has(o.instance.norm.id)) continue;
    const now = triggerReading(ctx, o);
    const was = triggerReading(ctxBefore, evaluateInstance(ctxBefore, o.instance, termEnd));
    if (now.verdict !== was.verdict || !Object.is(now.at, was.at)) return false;
  }
  return true;
}

/**
 * The indexes of types held after changes: those of types no change reached, and the one of
 * `typesName` just advanced. Each of the others read claims the changes have moved.
 */
function indexesKept(
  held: ReadonlyMap<string, ClaimIndex>,
  changes: readonly ClaimChange[],
  typesName: string,
  index: ClaimIndex,
): Map<string, ClaimIndex> {
  const moved = typesOf(changes);
  const out = new Map<string, ClaimIndex>();
  for (const [name, kept] of held)
    if (!name.split(',').some((t) => moved.has(t as EventType))) out.set(name, kept);
  out.set(typesName, index);
  return out;
}

/** The types of the changed claims, before and after. */
function typesOf(changes: readonly ClaimChange[]): Set<EventType> {
  const types = new Set<EventType>();
  for (const { before, after } of changes) {
    if (before !== null) types.add(before.content.type);
    if (after !== null) types.add(after.content.type);
  }
  return types;
}

/** The claims of each of `types` after the changes, still in id order; other types as held. */
function claimsOfTypeAfter(
  held: ReadonlyMap<EventType, readonly Claim[]>,
  types: ReadonlySet<EventType>,
  changes: readonly ClaimChange[],
): Map<EventType, readonly Claim[]> {
  const out = new Map(held);
  for (const type of types) {
    const gone = changes.flatMap((c) => (c.before?.content.type === type ? [c.before.id] : []));
    const added = changes.flatMap((c) => (c.after?.content.type === type ? [c.after] : []));
    if (added.length === 0 && gone.length === 0) continue;
    // A few claims out and in by binary search: the held list is copied once, not walked.
    const list = [...(held.get(type) ?? [])];
    for (const id of gone) {
      const at = positionOfId(list, id);
      if (list[at]?.id === id) list.splice(at, 1);
    }
    for (const claim of added) list.splice(positionOfId(list, claim.id), 0, claim);
    out.set(type, list);
  }
  return out;
}

/**
 * Lists each in id order merged into one in id order: one pass per list, where sorting their
 * concatenation was a tenth of an advance by one release.
 */
export function mergedInIdOrder<T extends { readonly id: string }>(
  lists: readonly (readonly T[])[],
): readonly T[] {
  return lists.reduce<readonly T[]>((merged, list) => {
    if (list.length === 0) return merged;
    if (merged.length === 0) return list;
    const out: T[] = [];
    let i = 0;
    let j = 0;
    while (i < merged.length && j < list.length) {
      const a = merged[i] as T;
      const b = list[j] as T;
      if (a.id < b.id) {
        out.push(a);
        i++;
      } else {
        out.push(b);
        j++;
      }
    }
    for (; i < merged.length; i++) out.push(merged[i] as T);
    for (; j < list.length; j++) out.push(list[j] as T);
    return out;
  }, []);
}

/** A claim's time as the index holds it: [lo, hi]. */
export interface Span {
  readonly lo: number;
  readonly hi: number;
}

/**
 * The times of the changed claims, before and after, and of every claim of the types read
 * whose supersession changed: set aside or no longer, or by another claim.
 */
export function changedTimes(
  changes: readonly ClaimChange[],
  before: ClaimIndex,
  after: ClaimIndex,
): Span[] {
  const spans: Span[] = [];
  for (const change of changes) {
    for (const claim of [change.before, change.after]) {
      if (claim === null) continue;
      const { earliest, latest } = claim.content.when;
      spans.push({
        lo: earliest === null ? -Infinity : instantMs(earliest),
        hi: latest === null ? Infinity : instantMs(latest),
      });
    }
  }
  const from = positionsBefore(before, after);
  for (let i = 0; i < after.ids.length; i++) {
    const j = from[i] as number;
    if (j === -1) continue;
    const by = after.supersededBy[i] as number;
    const was = before.supersededBy[j] as number;
    // The same superseding claim: at the same place, or read afresh under the same id.
    const sameBy =
      by === -1
        ? was === -1
        : was !== -1 && (from[by] === was || after.ids[by] === before.ids[was]);
    if (before.setAside[j] !== after.setAside[i] || !sameBy) {
      spans.push({ lo: after.lo[i] as number, hi: after.hi[i] as number });
      spans.push({ lo: before.lo[j] as number, hi: before.hi[j] as number });
    }
  }
  return spans;
}

/**
 * Each claim of `after`'s position in `before` (-1: not held there): as `after` was advanced
 * from `before`, or by one walk of both in id order.
 */
function positionsBefore(before: ClaimIndex, after: ClaimIndex): Int32Array {
  if (after.copiedFrom?.index === before) return after.copiedFrom.from;
  const from = new Int32Array(after.ids.length).fill(-1);
  let j = 0;
  for (let i = 0; i < after.ids.length; i++) {
    const id = after.ids[i] as string;
    while (j < before.ids.length && (before.ids[j] as string) < id) j++;
    if (before.ids[j] === id) from[i] = j;
  }
  return from;
}

/**
 * The shown periods whose windows any of the spans meets: a period's tally moves only with
 * the claims in it, as `gatherEvidence` finds them there.
 */
export function periodsMet(
  spans: readonly Span[],
  calendar: PeriodCalendar,
  shown: number,
): number[] {
  const met: number[] = [];
  for (let p = 0; p < shown; p++) {
    const start = calendar.start(p);
    const end = calendar.end(p);
    if (spans.some((t) => t.hi >= start && t.lo < end)) met.push(p);
  }
  return met;
}

/** A tally row's name: act, party, category and role. */
const rowKey = (t: Verdicts['tallies'][number]): string =>
  `${t.act}|${t.by ?? ''}|${t.category ?? ''}|${t.role}`;
