import type { ClaimPage } from '../core/api/claim-api.js';
import type { Claim, ReviewStatus } from '../core/evidence/claim.js';
import type { AgreementId, ClaimId, DocumentId } from '../core/ids.js';
import type { EventType } from '../core/vocabulary/event-types.js';
import type { JsonText } from '../core/api/json-text.js';
import type { Store, StoredClaimText } from '../store/store.js';
import { readClaim } from '../core/evaluation/origin-affiliation.js';
import type { ClaimReading } from '../core/evaluation/origin-affiliation.js';
import { AgreementReaders } from './agreement-readers.js';
import type { AgreementReader } from './agreement-readers.js';

export interface ClaimPageQuery {
  readonly document?: DocumentId;
  readonly type?: EventType;
  readonly status?: ReviewStatus;
  /** Only claims known at or before this instant (their `knownAt`). */
  readonly asOf?: string;
  /** Only what this agreement reads: its claims, and unassigned ones naming its parties. */
  readonly agreement?: AgreementId;
  /** Read each claim's attribution as this agreement does, without narrowing the page. */
  readonly readAs?: AgreementId;
  readonly limit: number;
  /** Continue after this claim: the previous page's `nextCursor`. */
  readonly cursor?: ClaimId;
}

/**
 * A page of claims matching the query in id order, read with the store's `after` cursor;
 * `nextCursor` is null on the last page.
 */
export async function claimPage(
  store: Store,
  query: ClaimPageQuery,
  readers = new AgreementReaders(store),
): Promise<ClaimPage> {
  const { rows, nextCursor, read } = await pageRows(store, query, readers);
  const items = rows.map((row) => JSON.parse(row.json) as Claim);
  if (read === undefined) return { items, nextCursor };
  const readings = readingsOf(items, (claim) => readClaim(claim, read.affiliations));
  return { items, readings, nextCursor };
}

/**
 * The same page as JSON text, each claim's stored canonical JSON put in as it is: parsing a
 * page's claims only to serialise them again was most of what a page cost (decision 0057).
 * A claims row is written from the parsed claim, so it already is the answer's shape.
 */
export async function claimPageText(
  store: Store,
  query: ClaimPageQuery,
  readers = new AgreementReaders(store),
): Promise<JsonText<ClaimPage>> {
  const { rows, nextCursor, read } = await pageRows(store, query, readers);
  const items = `"items":[${rows.map((row) => row.json).join(',')}]`;
  const readings = read === undefined ? '' : `,"readings":${readingsText(rows, read)}`;
  return `{${items}${readings},"nextCursor":${JSON.stringify(nextCursor)}}` as JsonText<ClaimPage>;
}

/**
 * The readings of a page's rows by claim id, as `JSON.stringify` of that object writes them.
 * Readings parse only the fields they read, stored beside each claim, and the reader reads
 * each distinct text of them once (decisions 0093, 0095).
 */
function readingsText(rows: readonly StoredClaimText[], read: AgreementReader): string {
  // Claim ids are never array indices, so the object keeps the rows' order.
  const entries = rows.map((row) => `${JSON.stringify(row.id)}:${read.readingText(row.reading)}`);
  return `{${entries.join(',')}}`;
}

/** The page's rows, one more asked for than shown, and how its agreement reads them, if any. */
async function pageRows(store: Store, query: ClaimPageQuery, readers: AgreementReaders) {
  const { asOf, limit, cursor, agreement, readAs, ...filter } = query;
  const reader = agreement ?? readAs;
  const read = reader === undefined ? undefined : await readers.get(reader);
  // One more than asked, so a full page knows whether another follows.
  const batch = await store.listClaimTexts({
    ...filter,
    scope: agreement === undefined ? undefined : read?.scope,
    knownBy: asOf,
    after: cursor,
    limit: limit + 1,
  });
  const rows = batch.slice(0, limit);
  const nextCursor = batch.length > limit ? (rows[limit - 1]?.id ?? null) : null;
  return { rows, nextCursor, read };
}

/**
 * How an agreement reads claims' attributions (origin keys, sides, self-reports), or undefined
 * without an agreement: the one rule the dashboard shows, never recomputed there.
 */
export async function claimReaderOf(
  store: Store,
  agreement: AgreementId | undefined,
  readers = new AgreementReaders(store),
): Promise<((claim: Pick<Claim, 'content'>) => ClaimReading) | undefined> {
  if (agreement === undefined) return undefined;
  const { affiliations } = await readers.get(agreement);
  return (claim) => readClaim(claim, affiliations);
}

/** Each claim's reading by claim id, or undefined without a reader. */
export const readingsOf = (
  claims: readonly Claim[],
  read: ((claim: Claim) => ClaimReading) | undefined,
): Record<string, ClaimReading> | undefined =>
  read === undefined ? undefined : Object.fromEntries(claims.map((c) => [c.id, read(c)]));

/** The claims of one document known at `asOf` (all of them, without one). */
export const documentClaims = (
  store: Store,
  document: DocumentId,
  asOf?: string,
): Promise<readonly Claim[]> => store.listClaims({ document, knownBy: asOf });
