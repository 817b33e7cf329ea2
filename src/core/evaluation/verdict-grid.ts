import type {
  Breach,
  BreachGroup,
  Evaluation,
  EvaluationGrid,
  GridNormResult,
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

/** The same grid made from the verdicts, no cell explained: `verdictGrid` of `evaluate`. */
export function gridOfVerdicts(verdicts: Verdicts): EvaluationGrid {
  const { periods, once, ...rest } = verdicts;
  return gridWith(rest, {
    periods: periods.map(({ norms, ...period }) => ({ ...period, norms: norms.map(gridResult) })),
    once: once.map(gridResult),
  });
}

function gridWith(
  rest: Omit<Evaluation | Verdicts, 'periods' | 'once'>,
  cells: Pick<EvaluationGrid, 'periods' | 'once'>,
): EvaluationGrid {
  const { breaches, tallies, ...fields } = rest;
  const rows = tallies.map(({ from: _from, ...row }) => row);
  return {
    ...fields,
    tallies: rows,
    releases: releasedPersons(rows),
    runningTotals: runningTotals(cells.periods),
    ...cells,
    breaches: breachGroups(breaches),
    span: termSpan(fields.term, fields.asOf),
  };
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
function breachGroups(breaches: readonly Breach[]): BreachGroup[] {
  const groups = new Map<string, GroupSoFar>();
  for (const b of breaches) {
    const key = [b.norm, b.period, b.by, b.basis, b.certainty].join('\u0000');
    let found = groups.get(key);
    if (found === undefined) {
      found = { first: b, claims: 0, origins: new Set(), selfReports: new Set() };
      groups.set(key, found);
    }
    found.claims++;
    if (b.originKey !== null) {
      found.origins.add(b.originKey);
      if (b.selfReport) found.selfReports.add(b.originKey);
    }
  }
  return [...groups.values()].map(({ first, claims, origins, selfReports }) => ({
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
