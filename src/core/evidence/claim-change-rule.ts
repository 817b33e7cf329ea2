import type { Claim } from './claim.js';

/** The changes that act on a recorded claim's review state or content. */
export type ClaimChangeType = 'claim.reviewed' | 'claim.edited' | 'claim.retracted';

const VERB: Readonly<Record<ClaimChangeType, string>> = {
  'claim.reviewed': 'reviewed',
  'claim.edited': 'edited',
  'claim.retracted': 'retracted again',
};

/**
 * Why a change may not be made to a claim as it stands, or undefined when it may: a retracted
 * claim stays retracted. The one statement of the rule; the store applies it inside the write
 * transaction, so no change slips in between a check and its write.
 */
export function claimChangeRefusal(claim: Claim, change: ClaimChangeType): string | undefined {
  if (claim.status !== 'retracted') return undefined;
  return `claim ${claim.id} was retracted and cannot be ${VERB[change]}`;
}
