import { api } from '../api/api-client';
import type { SearchHit, SearchSnippet } from '../api/api-types';
import { formatInstant } from '../format/format-time';
import { words } from '../format/labels';
import { ResourceStatus } from '../shared/resource-status';
import { useAgreement } from '../state/agreement-context';
import { useResource } from '../state/use-resource';
import { hrefOf, useViewLocation, viewAt } from '../state/view-location';

/** Words with the matching ones marked: built from text nodes, never from HTML. */
function MarkedText(props: { readonly text: string; readonly marks: SearchSnippet['marks'] }) {
  const { text, marks } = props;
  const parts: (string | { mark: string })[] = [];
  let at = 0;
  for (const [from, to] of marks) {
    parts.push(text.slice(at, from), { mark: text.slice(from, to) });
    at = to;
  }
  parts.push(text.slice(at));
  return parts.map((p, i) => (typeof p === 'string' ? p : <mark key={i}>{p.mark}</mark>));
}

function SnippetText(props: { readonly snippet: SearchSnippet; readonly whole: boolean }) {
  const { text, marks, start } = props.snippet;
  return (
    <q className="snippet">
      {start > 0 && !props.whole ? '…' : ''}
      <MarkedText text={text} marks={marks} />
      {props.whole ? '' : '…'}
    </q>
  );
}

function HitItem(props: { readonly hit: SearchHit }) {
  const { hit } = props;
  const [location] = useViewLocation();
  const { timeZone } = useAgreement();
  const title = hit.title ?? 'Untitled document';
  // A hit opens its document at the claim whose words hold it, highlighted.
  const at = (claim: string | null) => hrefOf(viewAt(location, 'documents', hit.document, claim));
  if (hit.kind === 'claim')
    return (
      <li className="search-hit">
        <a href={at(hit.claim)}>
          Claim: {words(hit.type)} <span className="hit-where">in “{title}”</span>
        </a>
        {hit.snippets.map((s) => (
          <p key={s.start}>
            <SnippetText snippet={s} whole />
          </p>
        ))}
      </li>
    );
  return (
    <li className="search-hit">
      <a href={at(hit.snippets[0]?.claim ?? null)}>
        {hit.title === null ? title : <MarkedText text={hit.title} marks={hit.titleMarks} />}
      </a>
      {hit.published && (
        <span className="hit-where"> — {formatInstant(hit.published, timeZone)}</span>
      )}
      <ul className="plain-list">
        {hit.snippets.map((s) => (
          <li key={s.start}>
            {s.claim ? (
              <a href={at(s.claim)} aria-label={`Read at the claim: ${s.text}`}>
                <SnippetText snippet={s} whole={false} />
              </a>
            ) : (
              <SnippetText snippet={s} whole={false} />
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** What the search box found: documents, then claims, each with its words in context. */
export function SearchResultsView() {
  const [location] = useViewLocation();
  const { id: agreement } = useAgreement();
  const q = location.filters.q ?? '';
  const results = useResource(
    (at) => (q === '' ? Promise.resolve(null) : api.search(q, agreement, at)),
    [q, agreement],
  );
  if (q === '')
    return (
      <section aria-labelledby="search-heading">
        <h2 id="search-heading">Search</h2>
        <p className="empty">
          Type words in the search box above: documents and claims holding every one are listed.
        </p>
      </section>
    );
  const data = results.data;
  const documents = data?.hits.filter((h) => h.kind === 'document') ?? [];
  const claims = data?.hits.filter((h) => h.kind === 'claim') ?? [];
  return (
    <section aria-labelledby="search-heading" className="search-results">
      <h2 id="search-heading">Search: “{q}”</h2>
      {data === undefined || data === null ? (
        <ResourceStatus resource={results} what="the search" />
      ) : (
        <>
          <p role="status">
            {documents.length} document{documents.length === 1 ? '' : 's'} and {claims.length} claim
            {claims.length === 1 ? '' : 's'} hold every word
            {agreement === null ? '' : ' in this agreement'}
            {data.truncated ? ' (more matched: add words to narrow it)' : ''}.
          </p>
          <h3>Documents</h3>
          {documents.length === 0 && <p className="empty">No document.</p>}
          <ul className="plain-list">
            {documents.map((h) => (
              <HitItem key={h.document} hit={h} />
            ))}
          </ul>
          <h3>Claims</h3>
          {claims.length === 0 && <p className="empty">No claim.</p>}
          <ul className="plain-list">
            {claims.map((h) => (
              <HitItem key={h.kind === 'claim' ? h.claim : h.document} hit={h} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
