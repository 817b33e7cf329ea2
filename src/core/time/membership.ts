import { z } from 'zod';

/**
 * Three-valued membership: uncertainty is data, so "is this claim inside the period?"
 * has three answers, never a guess.
 */
export const Membership = z.enum(['definitely', 'possibly', 'not']);
export type Membership = z.infer<typeof Membership>;

/** Conjunction in the three-valued logic (Kleene): the weaker answer wins. */
export function bothMembership(a: Membership, b: Membership): Membership {
  if (a === 'not' || b === 'not') return 'not';
  if (a === 'possibly' || b === 'possibly') return 'possibly';
  return 'definitely';
}
