import { badInput, notFound } from '../core/errors.js';
import { DocumentId, newId } from '../core/ids.js';
import type { AgreementId, ClaimId } from '../core/ids.js';
import { Claim, ClaimContent } from '../core/evidence/claim.js';
import type { AttributionLink, Provenance } from '../core/evidence/claim.js';
import { ClaimImportLine, claimFromImportLine } from '../core/evidence/claim-import.js';
import { placeQuote, quotableText } from '../core/evidence/claim-quote.js';
import type { Document } from '../core/evidence/document.js';
import type { LedgerChange } from '../core/ledger/ledger-entry.js';
import type { ClaimFilter, Store, StoreReads } from '../store/store.js';
import { requireAgreements } from './assignments.js';
import { getDocument } from './documents.js';
import { inputParser, parseInput, parseJson } from './parse-input.js';
import { placeNeedsLookup, resolvePlace } from './resolve-place.js';

const withResolvedPlace = async (content: ClaimContent): Promise<ClaimContent> => ({
  ...content,
  where: await resolvePlace(content.where),
});

const analyst = (author: string): Provenance => ({ kind: 'analyst', analyst: author });

export interface NewClaim {
  readonly document: DocumentId;
  readonly content: unknown;
  readonly status?: 'suggested' | 'accepted';
  readonly knownAt?: string;
  /** The recorded agreements it is written down for. */
  readonly agreements?: readonly AgreementId[];
}

/** Records one claim an analyst writes down; it is accepted unless said otherwise. */
export async function addClaim(store: Store, input: NewClaim, author: string): Promise<Claim> {
  const document = await store.getDocument(input.document);
  if (!document) throw notFound(`no document ${input.document}`);
  const agreements = await requireAgreements(store, input.agreements ?? []);
  const now = new Date().toISOString();
  const content = parseInput(ClaimContent, input.content, 'claim');
  const claim = parseInput(
    Claim,
    {
      id: newId('clm'),
      document: input.document,
      content: await withResolvedPlace(placeQuote(content, quotableText(document))),
      provenance: analyst(author),
      status: input.status ?? 'accepted',
      revision: 1,
      reviewNote: null,
      recordedAt: now,
      knownAt: input.knownAt ?? now,
      updatedAt: now,
    },
    'claim',
  );
  await store.append([{ type: 'claim.added', claim, ...agreementsField(agreements) }], author);
  return claim;
}

export interface ImportOptions {
  /** The document of lines that name none. */
  readonly document?: DocumentId;
  /** Document keys a bundle uses in place of ids (examples name documents by key). */
  readonly documentKeys?: ReadonlyMap<string, DocumentId>;
  readonly defaultStatus?: 'suggested' | 'accepted';
  /** The recorded agreements every claim of the file is for. */
  readonly agreements?: readonly AgreementId[];
  /** Reports progress as lines are checked. */
  readonly onLine?: (line: number) => void;
}

/** An import line's check: the one shape, `ClaimImportLine`, parsed quickly where it can be. */
const parseImportLine = inputParser(ClaimImportLine, 'claim');

/**
 * Claims appended per batch of an import: one statement per table, and few enough that a
 * batch's objects die young (2,000 a batch spent a quarter of the import in garbage collection).
 */
const CLAIMS_PER_BATCH = 250;

/**
 * Imports a JSONL text of claims, all or nothing: see `importClaimLines`. Returns the claims.
 */
export async function importClaims(
  store: Store,
  jsonl: string,
  options: ImportOptions,
  author: string,
): Promise<readonly Claim[]> {
  const claims: Claim[] = [];
  await importClaimLines(store, jsonl.split(/\r?\n/), options, author, (claim) =>
    claims.push(claim),
  );
  return claims;
}

/**
 * Imports claims from JSONL lines, one claim a line, all or nothing: the lines are read,
 * checked and appended a batch at a time inside one transaction, so a file of any size
 * streams through, and a bad line anywhere (named by its number) or a crash leaves none of
 * them stored. Each line's quote must be its document's text at its span (or occur there
 * once, to be placed). Returns how many claims were imported; `onClaim` sees each one.
 */
export async function importClaimLines(
  store: Store,
  lines: AsyncIterable<string> | Iterable<string>,
  options: ImportOptions,
  author: string,
  onClaim?: (claim: Claim) => void,
): Promise<number> {
  const agreements = agreementsField(await requireAgreements(store, options.agreements ?? []));
  const now = new Date().toISOString();
  const documents = new Map<DocumentId, Document>();
  let count = 0;
  async function* batches(reads: StoreReads): AsyncGenerator<LedgerChange[]> {
    let batch: LedgerChange[] = [];
    let index = 0;
    for await (const raw of lines) {
      index += 1;
      const where = `line ${index}`;
      if (raw.trim() === '') continue;
      const parsed = parseImportLine(parseJson(raw, where), where);
      const document = resolveDocument(parsed.document, options, where);
      let recorded = documents.get(document);
      if (recorded === undefined) {
        recorded = await reads.getDocument(document);
        if (!recorded) throw notFound(`no document ${document}`, where);
        documents.set(document, recorded);
      }
      const placed = placeQuote(parsed, quotableText(recorded), where);
      // Most lines name no place to look up: no await and no copy for them.
      const line = placeNeedsLookup(placed.where)
        ? { ...placed, where: await resolvePlace(placed.where) }
        : placed;
      const claim = claimFromImportLine(line, {
        id: newId('clm'),
        document,
        recordedAt: now,
        defaultProvenance: analyst(author),
        defaultStatus: options.defaultStatus ?? 'suggested',
      });
      batch.push({ type: 'claim.added', claim, ...agreements });
      count += 1;
      onClaim?.(claim);
      options.onLine?.(index);
      if (batch.length === CLAIMS_PER_BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (count === 0) throw badInput('the file holds no claims');
    yield batch;
  }
  await store.appendAll(batches, author);
  return count;
}

/** The `agreements` field of `claim.added`, left out when there are none. */
export const agreementsField = (agreements: readonly AgreementId[]) =>
  agreements.length === 0 ? {} : { agreements };

function resolveDocument(
  named: string | undefined,
  options: ImportOptions,
  where: string,
): DocumentId {
  if (named === undefined) {
    if (options.document === undefined)
      throw badInput('the line names no document and no --doc was given', where);
    return options.document;
  }
  const keyed = options.documentKeys?.get(named);
  if (keyed !== undefined) return keyed;
  return parseInput(DocumentId, named, 'document id', where);
}

export async function getClaim(store: Store, id: ClaimId): Promise<Claim> {
  const claim = await store.getClaim(id);
  if (!claim) throw notFound(`no claim ${id}`);
  return claim;
}

export const listClaims = (store: Store, filter: ClaimFilter = {}): Promise<readonly Claim[]> =>
  store.listClaims(filter);

/**
 * The store's precondition for a change made from a revision the writer saw; none when the
 * writer named none (last writer wins).
 */
const seen = (id: ClaimId, revision: number | undefined) =>
  revision === undefined ? {} : { revisions: new Map([[id, revision]]) };

/**
 * Accepts or rejects a claim. A retracted claim stays retracted, and a review made from an
 * older revision than the claim's is refused.
 */
export async function reviewClaim(
  store: Store,
  id: ClaimId,
  status: 'accepted' | 'rejected',
  note: string | null,
  author: string,
  revision?: number,
): Promise<Claim> {
  // The store refuses a retracted or stale claim's review inside its write (claimChangeRefusal).
  await getClaim(store, id);
  await store.append(
    [{ type: 'claim.reviewed', claim: id, status, note }],
    author,
    seen(id, revision),
  );
  return getClaim(store, id);
}

/**
 * Replaces parts of a claim's content; the result is validated whole. A new quote is checked
 * against the document, and new words without a new span are looked for in it afresh.
 */
export async function editClaim(
  store: Store,
  id: ClaimId,
  changes: Record<string, unknown>,
  note: string | null,
  author: string,
  revision?: number,
): Promise<Claim> {
  const claim = await getClaim(store, id);
  // Checked in the store's write (claimChangeRefusal), which also says who changed it last. A
  // retracted or stale claim fails there, after the work below: a rare case, and one place for it.
  const respan = 'text' in changes && !('span' in changes) ? { span: null } : {};
  const edited = parseInput(
    ClaimContent,
    { ...claim.content, ...changes, ...respan },
    'claim edit',
  );
  const content = await withResolvedPlace(
    'text' in changes || 'span' in changes
      ? placeQuote(edited, quotableText(await getDocument(store, claim.document)), `claim ${id}`)
      : edited,
  );
  await store.append(
    [{ type: 'claim.edited', claim: id, content, note }],
    author,
    seen(id, revision),
  );
  return getClaim(store, id);
}

/** Withdraws a claim: it stays in the record, marked retracted, and counts for nothing. */
export async function retractClaim(
  store: Store,
  id: ClaimId,
  note: string | null,
  author: string,
  revision?: number,
): Promise<Claim> {
  await getClaim(store, id);
  await store.append([{ type: 'claim.retracted', claim: id, note }], author, seen(id, revision));
  return getClaim(store, id);
}

/**
 * An attribution chain for a claim an analyst writes down: the document's publisher first,
 * then each named origin in order, linked to a recorded source when one has that name or alias.
 */
export async function attributionFor(
  store: Store,
  document: DocumentId,
  origins: readonly string[],
): Promise<AttributionLink[]> {
  const doc = await store.getDocument(document);
  if (!doc) throw notFound(`no document ${document}`);
  const links: AttributionLink[] = doc.publisher
    ? [{ name: doc.publisher, kind: 'outlet', source: null }]
    : [];
  for (const name of origins) {
    const known = await store.findSource(name);
    links.push(
      known
        ? { name: known.name, kind: known.kind, source: known.id }
        : { name, kind: 'person', source: null },
    );
  }
  if (links.length === 0)
    throw badInput(
      'say who the claim is from: the document has no publisher and no --origin was given',
    );
  return links;
}
