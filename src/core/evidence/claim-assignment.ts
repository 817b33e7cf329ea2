import { z } from 'zod';
import type { PartyId } from '../ids.js';
import { AgreementId, ClaimId } from '../ids.js';
import type { ClaimContent } from './claim.js';

/** A claim recorded for an agreement: it counts in that agreement's evaluation. */
export const ClaimAssignment = z.object({ claim: ClaimId, agreement: AgreementId }).readonly();
export type ClaimAssignment = z.infer<typeof ClaimAssignment>;

/** What assigning a claim or a document did: the claims it changed, and those already so. */
export const AssignmentResult = z
  .object({
    agreement: AgreementId,
    changed: z.array(ClaimId).readonly(),
    unchanged: z.array(ClaimId).readonly(),
  })
  .readonly();
export type AssignmentResult = z.infer<typeof AssignmentResult>;

/**
 * What an agreement reads: the claims assigned to it, and the claims assigned to no agreement
 * whose actors name one of its parties (by party id, as ingest or the analyst resolved them).
 */
export interface AgreementScope {
  readonly agreement: AgreementId;
  readonly parties: readonly PartyId[];
}

/**
 * The party ids a claim names, whatever their role, each once and sorted: what matches an
 * unassigned claim to an agreement's parties.
 */
export function partiesNamedBy(content: Pick<ClaimContent, 'actors'>): PartyId[] {
  // A loop rather than a set and a spread: this runs for every claim a write projects, and a
  // claim names a party or two.
  const parties: PartyId[] = [];
  for (const { party } of content.actors) {
    if (party !== null && !parties.includes(party)) parties.push(party);
  }
  return parties.length > 1 ? parties.sort() : parties;
}

/**
 * Whether a claim is in an agreement's scope, given the agreements it is assigned to: the one
 * rule the store's query implements in SQL, written here for replays and tests.
 */
export function isInScope(
  content: Pick<ClaimContent, 'actors'>,
  assignedTo: ReadonlySet<AgreementId> | readonly AgreementId[],
  scope: AgreementScope,
): boolean {
  const assigned = [...assignedTo];
  if (assigned.length > 0) return assigned.includes(scope.agreement);
  return partiesNamedBy(content).some((party) => scope.parties.includes(party));
}
