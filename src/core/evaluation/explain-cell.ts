import { notFound } from '../errors.js';
import type { CellExplanation, Evaluation, NormResult } from './evaluation.js';
import type { JudgedInstance, Verdicts } from './verdicts.js';
import { explainedResult } from './verdicts.js';

/** A cell of the grid: a norm in a period (1 for the first), or a once-only norm (`once`). */
export type CellAddress = { readonly norm: string; readonly period: number | 'once' };

/**
 * The whole explanation of one cell of an evaluation, for every bearer of the norm there:
 * verdict, accounts by origin, claims counted and set aside with the reasons, and the breaches
 * alleged in it.
 */
export function explainCell(evaluation: Evaluation, cell: CellAddress): CellExplanation {
  return explanationOf(evaluation, cell, cellResults(evaluation, cell));
}

/**
 * The same, from verdicts: only this cell's explanation is made, from the assessment its
 * verdict came from, so it is the one `evaluate` would hold.
 */
export function explainVerdictsCell(verdicts: Verdicts, cell: CellAddress): CellExplanation {
  return explanationOf(verdicts, cell, cellResults(verdicts, cell).map(explainedResult));
}

function cellResults<R extends NormResult | JudgedInstance>(
  evaluation: {
    readonly periods: readonly { readonly index: number; readonly norms: readonly R[] }[];
    readonly once: readonly R[];
  },
  cell: CellAddress,
): R[] {
  return cell.period === 'once'
    ? evaluation.once.filter((r) => r.norm === cell.norm)
    : (evaluation.periods.find((p) => p.index === cell.period)?.norms ?? []).filter(
        (r) => r.norm === cell.norm,
      );
}

function explanationOf(
  evaluation: Pick<Evaluation, 'agreement' | 'asOf' | 'breaches'>,
  cell: CellAddress,
  results: readonly NormResult[],
): CellExplanation {
  const period = cell.period === 'once' ? null : cell.period;
  if (results.length === 0)
    throw notFound(
      period === null
        ? `${evaluation.agreement} has no once-only clause ${cell.norm} as of ${evaluation.asOf}`
        : `${evaluation.agreement} has no cell for clause ${cell.norm} in period ${period} as of ${evaluation.asOf}`,
    );
  return {
    agreement: evaluation.agreement,
    asOf: evaluation.asOf,
    norm: cell.norm,
    period,
    results,
    breaches: evaluation.breaches.filter((b) => b.norm === cell.norm && b.period === period),
  };
}
