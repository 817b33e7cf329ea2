import type { ClaimsSuperseded } from '../core/api/claim-api.js';
import { badInput, conflict } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { AgreementId, ClaimId } from '../core/ids.js';
import { Claim, originKey } from '../core/evidence/claim.js';
import type { AttributionLink, ClaimContent } from '../core/evidence/claim.js';
import { quotableText } from '../core/evidence/claim-quote.js';
import { splitSpan, unionSpan } from '../core/evidence/span-edits.js';
import type { LedgerChange } from '../core/ledger/ledger-entry.js';
import type { Store } from '../store/store.js';
import { agreementsField, getClaim } from './claims.js';
import { getDocument } from './documents.js';
import { parseInput } from './parse-input.js';

/** Only suggestions are recut: a reviewed claim is edited or retracted, so its review stands. */
function requireSuggested(claim: Claim, verb: string): void {
  if (claim.status !== 'suggested')
    throw conflict(
      `claim ${claim.id} is ${claim.status}: only suggested claims can be ${verb}; edit or retract it instead`,
    );
}

/**
 * Replaces claims by new ones in one ledger append: the new claims are added as suggestions
 * under the author, for the agreements the old ones were assigned to and known from when the
 * first of them was, and each old claim is retracted with a note naming the new ones. Nothing
 * is lost: the old claims stay on record, marked retracted.
 */
export async function supersedeClaims(
  store: Store,
  old: readonly Claim[],
  contents: readonly ClaimContent[],
  verb: string,
  note: string | null,
  author: string,
): Promise<ClaimsSuperseded> {
  const first = old[0];
  if (first === undefined) throw badInput('give the claims to replace');
  const assigned = new Set<AgreementId>();
  for (const claim of old) for (const a of await store.agreementsOf(claim.id)) assigned.add(a);
  const knownAt = old.map((c) => c.knownAt).sort()[0] ?? first.knownAt;
  const now = new Date().toISOString();
  const added = contents.map((content) =>
    parseInput(
      Claim,
      {
        id: newId('clm'),
        document: first.document,
        content,
        provenance: { kind: 'analyst', analyst: author },
        status: 'suggested',
        revision: 1,
        reviewNote: null,
        recordedAt: now,
        knownAt,
        updatedAt: now,
      },
      'claim',
    ),
  );
  const reason = `${verb} ${added.map((c) => c.id).join(' and ')}${note ? `: ${note}` : ''}`;
  const agreements = agreementsField([...assigned].sort());
  await store.append(
    [
      ...added.map((claim): LedgerChange => ({ type: 'claim.added', claim, ...agreements })),
      ...old.map((c): LedgerChange => ({ type: 'claim.retracted', claim: c.id, note: reason })),
    ],
    author,
  );
  return { retracted: await Promise.all(old.map((c) => getClaim(store, c.id))), added };
}

/** Splits a suggested claim in two at an offset inside its quote: each part quotes its words. */
export async function splitClaim(
  store: Store,
  id: ClaimId,
  at: number,
  note: string | null,
  author: string,
): Promise<ClaimsSuperseded> {
  const claim = await getClaim(store, id);
  requireSuggested(claim, 'split');
  const { span } = claim.content;
  if (span === null) throw badInput(`claim ${id} quotes nothing, so there is nothing to split`);
  const text = quotableText(await getDocument(store, claim.document));
  const parts = splitSpan(text, span, at).map((part): ClaimContent => ({
    ...claim.content,
    span: part,
    text: text.slice(...part),
  }));
  return supersedeClaims(store, [claim], parts, 'split into', note, author);
}

/**
 * Merges suggested claims of one document whose quotes follow one another into one claim
 * quoting all their words; it reads as the claim quoted first, to be corrected in review.
 */
export async function mergeClaims(
  store: Store,
  ids: readonly ClaimId[],
  note: string | null,
  author: string,
): Promise<ClaimsSuperseded> {
  const claims = await Promise.all(ids.map((id) => getClaim(store, id)));
  for (const claim of claims) {
    requireSuggested(claim, 'merged');
    if (claim.content.span === null)
      throw badInput(`claim ${claim.id} quotes nothing: merge only claims that quote the document`);
  }
  const documents = new Set(claims.map((c) => c.document));
  if (documents.size > 1)
    throw badInput(
      `the claims come from ${documents.size} documents (${[...documents].join(', ')}): merge only claims of one document`,
    );
  const text = quotableText(await getDocument(store, claims[0]!.document));
  const span = unionSpan(
    text,
    claims.map((c) => c.content.span!),
  );
  const lead = [...claims].sort((a, b) => a.content.span![0] - b.content.span![0])[0]!;
  const merged: ClaimContent = { ...lead.content, span, text: text.slice(...span) };
  return supersedeClaims(store, claims, [merged], 'merged into', note, author);
}

/**
 * Gives a suggested claim another origin (who the words are from), keeping the links before
 * it: the publisher and any agency the words came through. A recorded source with that name
 * or alias is linked by id.
 */
export async function reattributeClaim(
  store: Store,
  id: ClaimId,
  origin: string,
  note: string | null,
  author: string,
): Promise<ClaimsSuperseded> {
  const claim = await getClaim(store, id);
  requireSuggested(claim, 're-attributed');
  const known = await store.findSource(origin);
  const link: AttributionLink = known
    ? { name: known.name, kind: known.kind, source: known.id }
    : { name: origin, kind: 'person', source: null };
  const chain = claim.content.attribution;
  const kept = chain.length > 1 ? chain.slice(0, -1) : chain;
  const last = kept[kept.length - 1];
  const attribution =
    last !== undefined && originKey(last) === originKey(link) ? kept : [...kept, link];
  if (
    originKey(attribution[attribution.length - 1]!) === originKey(chain[chain.length - 1]!) &&
    attribution.length === chain.length
  )
    throw badInput(`claim ${id} is already attributed to ${link.name}`);
  return supersedeClaims(
    store,
    [claim],
    [{ ...claim.content, attribution }],
    're-attributed as',
    note,
    author,
  );
}
