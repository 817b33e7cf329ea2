import type { CountRange } from '../quantity/count-range.js';
import { addRanges, ZERO } from '../quantity/count-range.js';
import type { PartyId } from '../ids.js';
import type { RunningTotal } from './evaluation.js';

/** The fields of a cell the running totals read: the grid's cells and the full result's alike. */
interface QuantityCell {
  readonly norm: string;
  readonly bearer: PartyId;
  readonly explanation: { readonly required: CountRange | null; readonly count: CountRange | null };
}

/**
 * Each obligation with a required quantity, per clause and bearer, followed period by period:
 * the running totals of what was counted and what was required, a period with no count adding
 * nothing to the first. Clauses keep the order they are first met in.
 */
export function runningTotals(
  periods: readonly { readonly index: number; readonly norms: readonly QuantityCell[] }[],
): RunningTotal[] {
  const totals = new Map<string, RunningTotal & { periods: RunningTotal['periods'][number][] }>();
  for (const period of periods) {
    for (const cell of period.norms) {
      const { required, count } = cell.explanation;
      if (required === null) continue;
      const key = `${cell.norm}\u0000${cell.bearer}`;
      let total = totals.get(key);
      if (total === undefined) {
        total = { norm: cell.norm, bearer: cell.bearer, periods: [] };
        totals.set(key, total);
      }
      const last = total.periods.at(-1);
      total.periods.push({
        period: period.index,
        counted: addRanges(last?.counted ?? ZERO, count ?? ZERO),
        required: addRanges(last?.required ?? ZERO, required),
      });
    }
  }
  return [...totals.values()];
}
