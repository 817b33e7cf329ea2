import type { SearchHit, SearchQuery, SearchResults } from '../core/api/search-api.js';
import { badInput } from '../core/errors.js';
import type { Claim } from '../core/evidence/claim.js';
import type { Document } from '../core/evidence/document.js';
import { documentKnownBy } from '../core/evidence/known-from.js';
import { findTerms, searchTerms, snippetsOf } from '../core/search/text-search.js';
import type { Store } from '../store/store.js';
import { agreementScope } from './assignments.js';
import type { ParsedAgreements } from './parsed-agreements.js';

type DocumentHit = Extract<SearchHit, { kind: 'document' }>;
type ClaimHit = Extract<SearchHit, { kind: 'claim' }>;

/**
 * Documents and claims holding every word of the query, with the words in context: the store
 * narrows the candidates, core's text-search decides and cuts the snippets. With an agreement,
 * only what it reads; with `asOf`, only what was known then.
 */
export async function searchRecord(
  store: Store,
  query: Omit<SearchQuery, 'limit'> & { readonly limit: number },
  parsed?: ParsedAgreements,
): Promise<SearchResults> {
  const terms = searchTerms(query.q);
  if (terms.length === 0) throw badInput('give a word to search for: letters or digits');
  const { agreement, asOf, limit } = query;
  const scope =
    agreement === undefined ? undefined : await agreementScope(store, agreement, parsed);
  const [candidates, claims] = await Promise.all([
    store.listDocuments(scope, terms),
    store.listClaims({ scope, knownBy: asOf, containing: terms }),
  ]);
  const documents =
    asOf === undefined ? candidates : candidates.filter((d) => documentKnownBy(d, asOf));

  const documentHits = documents
    .flatMap((d) => documentHit(d, terms) ?? [])
    .sort((a, b) => b.titleMarks.length - a.titleMarks.length || b.matches - a.matches);
  const claimHits = (await Promise.all(claims.map((c) => claimHit(store, c, terms, documents))))
    .flatMap((hit) => hit ?? [])
    .sort((a, b) => b.matches - a.matches);

  const shown = documentHits.slice(0, limit);
  // A document's snippet names the claim whose words hold it, so a hit opens at that claim.
  const withClaims = await Promise.all(
    shown.map(async (hit) => {
      const own = await store.listClaims({ document: hit.document, knownBy: asOf });
      return {
        ...hit,
        snippets: hit.snippets.map((s) => ({
          ...s,
          claim: claimAt(own, s.start + (s.marks[0]?.[0] ?? 0)),
        })),
      };
    }),
  );
  return {
    terms,
    hits: [...withClaims, ...claimHits.slice(0, limit)],
    truncated: documentHits.length > limit || claimHits.length > limit,
  };
}

const textOf = (d: Document) => d.cleanText ?? d.rawText;

function documentHit(d: Document, terms: readonly string[]): DocumentHit | null {
  const inText = findTerms(textOf(d), terms);
  const titleMarks = d.title === null ? null : findTerms(d.title, terms);
  if (inText === null && titleMarks === null) return null;
  return {
    kind: 'document',
    document: d.id,
    title: d.title,
    published: d.published?.earliest ?? null,
    titleMarks: titleMarks ?? [],
    matches: inText?.length ?? 0,
    snippets: snippetsOf(textOf(d), inText ?? []).map((s) => ({ ...s, claim: null })),
  };
}

async function claimHit(
  store: Store,
  c: Claim,
  terms: readonly string[],
  documents: readonly Document[],
): Promise<ClaimHit | null> {
  const found = findTerms(c.content.text, terms);
  if (found === null) return null;
  const document =
    documents.find((d) => d.id === c.document) ?? (await store.getDocument(c.document));
  return {
    kind: 'claim',
    claim: c.id,
    document: c.document,
    title: document?.title ?? null,
    type: c.content.type,
    matches: found.length,
    snippets: snippetsOf(c.content.text, found, 1).map((s) => ({ ...s, claim: c.id })),
  };
}

/** The claim whose span holds an offset of its document's clean text, if any. */
const claimAt = (claims: readonly Claim[], at: number) =>
  claims.find(({ content: { span } }) => span !== null && span[0] <= at && at < span[1])?.id ??
  null;
