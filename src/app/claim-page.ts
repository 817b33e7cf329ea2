import type { Claim, ReviewStatus } from '../core/evidence/claim.js';
import type { AgreementId, ClaimId, DocumentId } from '../core/ids.js';
import type { EventType } from '../core/vocabulary/event-types.js';
import type { Store } from '../store/store.js';
import { agreementScope } from './assignments.js';

export interface ClaimPageQuery {
  readonly document?: DocumentId;
  readonly type?: EventType;
  readonly status?: ReviewStatus;
  /** Only claims known at or before this instant (their `knownAt`). */
  readonly asOf?: string;
  /** Only what this agreement reads: its claims, and unassigned ones naming its parties. */
  readonly agreement?: AgreementId;
  readonly limit: number;
  /** Continue after this claim: the previous page's `nextCursor`. */
  readonly cursor?: ClaimId;
}

/** One page of claims in id order; `nextCursor` is null on the last page. */
export interface ClaimPage {
  readonly items: readonly Claim[];
  readonly nextCursor: ClaimId | null;
}

/** A page of claims matching the query, read with the store's `after` cursor. */
export async function claimPage(store: Store, query: ClaimPageQuery): Promise<ClaimPage> {
  const { asOf, limit, cursor, agreement, ...filter } = query;
  const scope = agreement === undefined ? undefined : await agreementScope(store, agreement);
  // One more than asked, so a full page knows whether another follows.
  const batch = await store.listClaims({
    ...filter,
    scope,
    knownBy: asOf,
    after: cursor,
    limit: limit + 1,
  });
  const items = batch.slice(0, limit);
  return { items, nextCursor: batch.length > limit ? (items[limit - 1]?.id ?? null) : null };
}

/** The claims of one document known at `asOf` (all of them, without one). */
export const documentClaims = (
  store: Store,
  document: DocumentId,
  asOf?: string,
): Promise<readonly Claim[]> => store.listClaims({ document, knownBy: asOf });
