import { TruceError } from '../errors.js';
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
 * claim stays retracted, and a change made from an older revision than the claim's own (when
 * the writer names the revision it saw) would overwrite a change its writer never saw. The one
 * statement of these rules; the store applies them inside the write transaction, so no change
 * slips in between a check and its write.
 */
export function claimChangeRefusal(
  claim: Claim,
  change: ClaimChangeType,
  seenRevision?: number,
): string | undefined {
  if (claim.status === 'retracted') {
    return `claim ${claim.id} was retracted and cannot be ${VERB[change]}`;
  }
  if (seenRevision !== undefined && seenRevision !== claim.revision) {
    return `claim ${claim.id} is at revision ${claim.revision}, not ${seenRevision}: it was changed meanwhile; reload it and try again`;
  }
  return undefined;
}

/** Who made a claim's latest change, and when: read from the ledger. */
export type LastChange = { readonly author: string; readonly recordedAt: string };

/**
 * A change refused by `claimChangeRefusal`, with the claim as it now stands and who changed it
 * last, so a client can show what happened meanwhile.
 */
export class ClaimConflict extends TruceError {
  readonly refusal: string;
  readonly current: Claim;
  readonly lastChange: LastChange | undefined;

  constructor(refusal: string, current: Claim, lastChange: LastChange | undefined) {
    const by =
      lastChange === undefined
        ? ''
        : ` (last changed by ${lastChange.author} at ${lastChange.recordedAt})`;
    super('Conflict', `${refusal}${by}`);
    this.refusal = refusal;
    this.current = current;
    this.lastChange = lastChange;
  }
}
