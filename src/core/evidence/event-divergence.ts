import { z } from 'zod';
import { Quantity } from '../quantity/quantity.js';
import type { Claim } from './claim.js';

/**
 * How the accounts of one occurrence disagree: one denies what another reports, or two give
 * figures for the same categories that cannot both be right. Null when they agree.
 */
export const Divergence = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('denial') }),
    z.object({ kind: z.literal('figures'), figures: z.tuple([Quantity, Quantity]) }),
  ])
  .nullable();
export type Divergence = z.infer<typeof Divergence>;

const disjoint = (a: Quantity, b: Quantity) =>
  (a.max !== null && a.max < b.min) || (b.max !== null && b.max < a.min);

/** Claims count the same persons or things when they name the same categories. */
const sameCategories = (a: Claim, b: Claim) =>
  [...a.content.categories].sort().join() === [...b.content.categories].sort().join();

export function divergenceOf(claims: readonly Claim[]): Divergence {
  const denies = claims.some((c) => c.content.modality === 'denied');
  const affirms = claims.some((c) => c.content.modality !== 'denied');
  if (denies && affirms) return { kind: 'denial' };
  for (const [i, a] of claims.entries()) {
    for (const b of claims.slice(i + 1)) {
      if (!sameCategories(a, b)) continue;
      for (const qa of a.content.quantities) {
        const qb = b.content.quantities.find((q) => q.unit === qa.unit && disjoint(qa, q));
        if (qb) return { kind: 'figures', figures: [qa, qb] };
      }
    }
  }
  return null;
}
