import type {
  Breach,
  BreachGroup,
  Evaluation,
  EvaluationGrid,
  GridNormResult,
  GridPeriod,
  NormResult,
} from './evaluation.js';
import { releasedPersons } from './released-persons.js';
import { runningTotals } from './running-totals.js';
import { termSpan } from './term-span.js';
import type { Verdicts } from './verdicts.js';
import { gridResult, summaryOf } from './verdicts.js';

/**
 * What the grid needs of an evaluation: every cell's verdict, its count as a range, one
 * sentence, and the claims that decide it (the first of each account the verdict rests on),
 * with the term, tallies and powers as they are, the persons released and each required
 * quantity's running totals, alleged breaches grouped by clause, period, party and basis, the
 * origins behind each counted, and the span a time line over the term covers. Its size grows
 * with cells, not with claims or origins; `explainCell` gives the whole explanation of one cell.
 */
export function verdictGrid(evaluation: Evaluation): EvaluationGrid {
  const { periods, once, ...rest } = evaluation;
  return gridWith(rest, {
    periods: periods.map(({ norms, ...period }) => ({ ...period, norms: norms.map(gridCell) })),
    once: once.map(gridCell),
  });
}

/**
 * The same grid made from the verdicts, no cell explained: `verdictGrid` of `evaluate`. Given
 * the grid of earlier verdicts these were advanced from, each period, cell, tally row and the
 * breach groups the advance kept as they were are the very objects of that grid, so that its
 * text is made again only where the verdicts changed (`jsonByFields`).
 */
export function gridOfVerdicts(verdicts: Verdicts, earlier?: GridMade): EvaluationGrid {
  const { periods, once, ...rest } = verdicts;
  const keptPeriods = keptBy(earlier?.verdicts.periods, earlier?.grid.periods);
  const keptCells = keptBy(earlier?.verdicts.once, earlier?.grid.once);
  const keptRows = keptBy(earlier?.verdicts.tallies, earlier?.grid.tallies);
  const breaches =
    earlier !== undefined && earlier.verdicts.breaches === rest.breaches
      ? earlier.grid.breaches
      : undefined;
  return gridWith(
    rest,
    {
      periods: periods.map((period) => keptPeriods.get(period) ?? gridPeriod(period)),
      once: once.map((cell) => keptCells.get(cell) ?? gridResult(cell)),
    },
    { rows: keptRows, breaches },
  );
}

/** A grid and the verdicts it was made from. */
export interface GridMade {
  readonly verdicts: Verdicts;
  readonly grid: EvaluationGrid;
}

/** Each part of earlier verdicts with the grid's part made from it (the lists run in step). */
function keptBy<V extends object, G>(
  from: readonly V[] | undefined,
  made: readonly G[] | undefined,
): ReadonlyMap<V, G> {
  const kept = new Map<V, G>();
  if (from === undefined || made === undefined) return kept;
  from.forEach((part, k) => kept.set(part, made[k] as G));
  return kept;
}

function gridWith(
  rest: Omit<Evaluation | Verdicts, 'periods' | 'once'>,
  cells: Pick<EvaluationGrid, 'periods' | 'once'>,
  kept?: {
    readonly rows: ReadonlyMap<object, EvaluationGrid['tallies'][number]>;
    readonly breaches: readonly BreachGroup[] | undefined;
  },
): EvaluationGrid {
  const { breaches, tallies, ...fields } = rest;
  const rows = tallies.map((t) => kept?.rows.get(t) ?? gridRow(t));
  return {
    ...fields,
    tallies: rows,
    releases: releasedPersons(rows),
    runningTotals: runningTotals(cells.periods),
    ...cells,
    breaches: kept?.breaches ?? breachGroups(breaches),
    span: termSpan(fields.term, fields.asOf),
  };
}

function gridPeriod({ norms, ...period }: Verdicts['periods'][number]): GridPeriod {
  return { ...period, norms: norms.map(gridResult) };
}

/** A tally row without `from`: its sources grow with the claims, and the grid must not. */
function gridRow<T extends { readonly from: unknown }>({
  from: _from,
  ...row
}: T): Omit<T, 'from'> {
  return row;
}

function gridCell(result: NormResult): GridNormResult {
  const { explanation, ...verdict } = result;
  return { ...verdict, explanation: summaryOf(explanation) };
}

/**
 * Breaches alleged alike, by however many origins, as one row per clause, period, party,
 * basis and certainty: how many origins and claims, the first of each, and how many origins
 * are the accused party's own.
 */
export function breachGroups(breaches: readonly Breach[]): BreachGroup[] {
  const groups: GroupSoFar[] = [];
  // A clause's breaches in one period come together (instances are collected clause by
  // clause, period by period), and hold a few groups: each met again is found among those of
  // its clause and period, with no key made for every breach.
  const byClause = new Map<string | null, Map<number | null, GroupSoFar[]>>();
  let instance: GroupSoFar[] = [];
  let norm: string | null | undefined;
  let period: number | null | undefined;
  for (const b of breaches) {
    if (b.norm !== norm || b.period !== period) {
      norm = b.norm;
      period = b.period;
      let byPeriod = byClause.get(norm);
      if (byPeriod === undefined) byClause.set(norm, (byPeriod = new Map()));
      instance = byPeriod.get(period) ?? [];
      byPeriod.set(period, instance);
    }
    let found = instance.find(
      (g) => g.first.by === b.by && g.first.basis === b.basis && g.first.certainty === b.certainty,
    );
    if (found === undefined) {
      found = { first: b, claims: 0, origins: new Set(), selfReports: new Set() };
      instance.push(found);
      groups.push(found);
    }
    found.claims++;
    if (b.originKey !== null) {
      found.origins.add(b.originKey);
      if (b.selfReport) found.selfReports.add(b.originKey);
    }
  }
  return groups.map(({ first, claims, origins, selfReports }) => ({
    norm: first.norm,
    period: first.period,
    by: first.by,
    basis: first.basis,
    certainty: first.certainty,
    origins: origins.size,
    according_to: first.according_to,
    selfReports: selfReports.size,
    claim: first.claim,
    claims,
  }));
}

/** One group's breaches as they are met: the first, and the origins behind the rest. */
interface GroupSoFar {
  readonly first: Breach;
  claims: number;
  readonly origins: Set<string>;
  readonly selfReports: Set<string>;
}
