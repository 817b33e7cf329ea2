import type { ReviewStatus } from '../evidence/claim.js';
import type { IgnoreReason } from './evaluation.js';

/** Whether a claim was accepted in review and known by asOf (`ClaimIndex.exclusion`). */
export const USABLE = 0;
export const NOT_ACCEPTED = 1;
export const KNOWN_AFTER_AS_OF = 2;

/** The one rule for it: a claim not accepted, else one known only after asOf, is excluded. */
export const exclusionOf = (status: ReviewStatus, knownAfterAsOf: boolean): number =>
  status !== 'accepted' ? NOT_ACCEPTED : knownAfterAsOf ? KNOWN_AFTER_AS_OF : USABLE;

/** How the claim puts it, as the evaluation reads it (`ClaimIndex.modality`). */
export const ASSERTED = 0;
export const DENIED = 1;
export const PLANNED = 2;

/** A reason for which a claim counts for nothing, before any clause looks at it. */
export type SetAsideReason = Extract<
  IgnoreReason,
  'not_accepted' | 'known_after_as_of' | 'outside_agreement' | 'planned' | 'superseded'
>;

/** What the rule reads of each claim, as the claim index holds it (index i: claim i). */
export interface CountingFacts {
  readonly exclusion: ArrayLike<number>;
  readonly outside: ArrayLike<number>;
  readonly modality: ArrayLike<number>;
  /** The claim superseding this one, or -1. */
  readonly supersededBy: ArrayLike<number>;
}

/**
 * Which claims count: the one rule, read by every clause, count rule, tally, power, report of
 * the term's life and accusation. A claim counts when it was accepted, was known at asOf, is
 * about this agreement's parties (or names none), reports that something happened or did not
 * (not a plan), and no later report of the same act from its origin corrected it. A denial
 * counts: as evidence against the act.
 *
 * Returns why claim `i` counts for nothing, or null when it counts; the first reason in that
 * order is the one given.
 */
export function setAsideReason(facts: CountingFacts, i: number): SetAsideReason | null {
  const excluded = facts.exclusion[i];
  if (excluded === NOT_ACCEPTED) return 'not_accepted';
  if (excluded === KNOWN_AFTER_AS_OF) return 'known_after_as_of';
  if (facts.outside[i] !== 0) return 'outside_agreement';
  if (facts.modality[i] === PLANNED) return 'planned';
  if (facts.supersededBy[i] !== -1) return 'superseded';
  return null;
}

/** Claim `i` counts (see `setAsideReason`). */
export const claimCounts = (facts: CountingFacts, i: number): boolean =>
  setAsideReason(facts, i) === null;

/** Claim `i` counts and says the act happened (asserted or alleged, not denied). */
export const claimAffirms = (facts: CountingFacts, i: number): boolean =>
  claimCounts(facts, i) && facts.modality[i] !== DENIED;
