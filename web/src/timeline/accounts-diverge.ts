import type { Claim, Quantity } from '../api/api-types';
import { formatQuantity } from '../format/format-count';

const disjoint = (a: Quantity, b: Quantity) =>
  (a.max !== null && a.max < b.min) || (b.max !== null && b.max < a.min);

/** Claims count the same persons or things when they name the same categories. */
const sameCategories = (a: Claim, b: Claim) =>
  [...a.content.categories].sort().join() === [...b.content.categories].sort().join();

/**
 * How the accounts of one occurrence disagree, in words, or null when they do not: one denies
 * what another reports, or two give figures for the same categories that cannot both be right.
 */
export function divergenceOf(claims: readonly Claim[]): string | null {
  const denies = claims.some((c) => c.content.modality === 'denied');
  const affirms = claims.some((c) => c.content.modality !== 'denied');
  if (denies && affirms) return 'one account denies what another reports';
  for (const [i, a] of claims.entries()) {
    for (const b of claims.slice(i + 1)) {
      if (!sameCategories(a, b)) continue;
      for (const qa of a.content.quantities) {
        const qb = b.content.quantities.find((q) => q.unit === qa.unit && disjoint(qa, q));
        if (qb) return `the figures differ: ${formatQuantity(qa)} against ${formatQuantity(qb)}`;
      }
    }
  }
  return null;
}
