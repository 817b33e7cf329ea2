import { notFound } from '../errors.js';
import type { CellExplanation, Evaluation } from './evaluation.js';

/** A cell of the grid: a norm in a period (1 for the first), or a once-only norm (`once`). */
export type CellAddress = { readonly norm: string; readonly period: number | 'once' };

/**
 * The whole explanation of one cell of an evaluation, for every bearer of the norm there:
 * verdict, accounts by origin, claims counted and set aside with the reasons, and the breaches
 * alleged in it. The same evaluation the grid comes from, so the explanation asked for later is
 * the one an eager evaluation holds.
 */
export function explainCell(evaluation: Evaluation, cell: CellAddress): CellExplanation {
  const period = cell.period === 'once' ? null : cell.period;
  const results =
    period === null
      ? evaluation.once.filter((r) => r.norm === cell.norm)
      : (evaluation.periods.find((p) => p.index === period)?.norms ?? []).filter(
          (r) => r.norm === cell.norm,
        );
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
