import type { Expression } from '../agreement/quantity-expression.js';
import type { CountRange } from '../quantity/count-range.js';
import { addRanges, maxOf } from '../quantity/count-range.js';

/** Counts another norm's acts (optionally of one category) in the window being evaluated. */
export type NormCounter = (norm: string, category: string | null) => CountRange;

/** Reads a total (`total(id)`) as of the window being evaluated. */
export type TotalReader = (total: string) => CountRange;

const ANY: CountRange = { min: 0, max: null };

/**
 * The quantity owed, as a range: counts are ranges, so "3 × count(hamas-releases)" with a
 * count of 12–13 owes 36–39. Subtraction never goes below zero.
 */
export function requiredQuantity(
  e: Expression,
  count: NormCounter,
  total: TotalReader = () => ANY,
): CountRange {
  switch (e.kind) {
    case 'number':
      return { min: e.value, max: e.value };
    case 'count':
      return count(e.norm, e.category);
    case 'total':
      return total(e.total);
    case 'add':
      return addRanges(
        requiredQuantity(e.left, count, total),
        requiredQuantity(e.right, count, total),
      );
    case 'subtract': {
      const a = requiredQuantity(e.left, count, total);
      const b = requiredQuantity(e.right, count, total);
      const max = maxOf(a) - b.min;
      return {
        min: Math.max(0, a.min - maxOf(b)),
        max: Number.isFinite(max) ? Math.max(0, max) : null,
      };
    }
    case 'multiply': {
      const a = requiredQuantity(e.left, count, total);
      const b = requiredQuantity(e.right, count, total);
      const max = maxOf(a) * maxOf(b);
      // 0 × ∞ is 0 here: nothing owed times any count is nothing.
      return { min: a.min * b.min, max: Number.isNaN(max) ? 0 : Number.isFinite(max) ? max : null };
    }
  }
}
