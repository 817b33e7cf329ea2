import type { Claim, ReviewStatus } from '../core/evidence/claim.js';
import type { ClaimId, DocumentId } from '../core/ids.js';
import type { EventType } from '../core/vocabulary/event-types.js';
import type { Store } from '../store/store.js';

export interface ClaimPageQuery {
  readonly document?: DocumentId;
  readonly type?: EventType;
  readonly status?: ReviewStatus;
  /** Only claims known at or before this instant (their `knownAt`). */
  readonly asOf?: string;
  readonly limit: number;
  /** Continue after this claim: the previous page's `nextCursor`. */
  readonly cursor?: ClaimId;
}

/** One page of claims in id order; `nextCursor` is null on the last page. */
export interface ClaimPage {
  readonly items: readonly Claim[];
  readonly nextCursor: ClaimId | null;
}

/**
 * The store filters by `knownAt` nowhere, so `asOf` is applied while scanning; this bounds the
 * scan of one request. A page may then hold fewer than `limit` claims and still have a cursor.
 */
const MAX_SCANNED = 5000;

/** Was the claim known at `asOf` (always, without one)? "What was known" goes by `knownAt`. */
export function knownBy(asOf: string | undefined): (claim: Claim) => boolean {
  const asOfMs = asOf === undefined ? Infinity : Date.parse(asOf);
  return (claim) => Date.parse(claim.knownAt) <= asOfMs;
}

/** A page of claims matching the query, read with the store's `after` cursor. */
export async function claimPage(store: Store, query: ClaimPageQuery): Promise<ClaimPage> {
  const { asOf, limit, cursor, ...filter } = query;
  const known = knownBy(asOf);
  const items: Claim[] = [];
  let after = cursor;
  let scanned = 0;
  for (;;) {
    // One more than asked, so a full page knows whether another follows.
    const batch = await store.listClaims({ ...filter, after, limit: limit + 1 });
    for (const claim of batch) {
      after = claim.id;
      scanned += 1;
      if (!known(claim)) continue;
      if (items.length === limit) return { items, nextCursor: items[limit - 1]?.id ?? null };
      items.push(claim);
    }
    if (batch.length <= limit) return { items, nextCursor: null };
    if (scanned >= MAX_SCANNED) return { items, nextCursor: after ?? null };
  }
}
