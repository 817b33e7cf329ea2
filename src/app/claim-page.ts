import type { Claim, ReviewStatus } from '../core/evidence/claim.js';
import type { AgreementId, ClaimId, DocumentId } from '../core/ids.js';
import type { EventType } from '../core/vocabulary/event-types.js';
import type { Store } from '../store/store.js';
import { OriginAffiliations, readClaim } from '../core/evaluation/origin-affiliation.js';
import type { ClaimReading } from '../core/evaluation/origin-affiliation.js';
import { getAgreement } from './agreements.js';
import { scopeOf } from './assignments.js';

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
  /** With an agreement: each claim's attribution as it reads it, by claim id. */
  readonly readings?: Readonly<Record<string, ClaimReading>>;
  readonly nextCursor: ClaimId | null;
}

/** A page of claims matching the query, read with the store's `after` cursor. */
export async function claimPage(store: Store, query: ClaimPageQuery): Promise<ClaimPage> {
  const { asOf, limit, cursor, agreement, ...filter } = query;
  const read = agreement === undefined ? undefined : await agreementReader(store, agreement);
  // One more than asked, so a full page knows whether another follows.
  const batch = await store.listClaims({
    ...filter,
    scope: read?.scope,
    knownBy: asOf,
    after: cursor,
    limit: limit + 1,
  });
  const items = batch.slice(0, limit);
  const nextCursor = batch.length > limit ? (items[limit - 1]?.id ?? null) : null;
  if (read === undefined) return { items, nextCursor };
  const readings = Object.fromEntries(items.map((c) => [c.id, readClaim(c, read.affiliations)]));
  return { items, readings, nextCursor };
}

/** The agreement's scope, and its parties', mediators' and monitors' reading of origins. */
async function agreementReader(store: Store, id: AgreementId) {
  const [{ agreement }, sources] = await Promise.all([
    getAgreement(store, id),
    store.listSources(),
  ]);
  return { scope: scopeOf(agreement), affiliations: new OriginAffiliations(agreement, sources) };
}

/** The claims of one document known at `asOf` (all of them, without one). */
export const documentClaims = (
  store: Store,
  document: DocumentId,
  asOf?: string,
): Promise<readonly Claim[]> => store.listClaims({ document, knownBy: asOf });
