import { useState } from 'react';
import { api } from '../api/api-client';
import type { DocumentRecord } from '../api/api-types';
import { formatInterval } from '../format/format-time';
import { ClaimAccount } from '../shared/claim-account';
import { DocumentText, marksOf } from '../shared/document-text';
import { RemovedFurniture } from '../shared/removed-furniture';
import { ResourceStatus } from '../shared/resource-status';
import { useAgreement } from '../state/agreement-context';
import { useResource } from '../state/use-resource';
import { useViewLocation } from '../state/view-location';

/** Only web addresses become links; anything else a document names is shown as text. */
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

function DocumentMeta(props: { readonly doc: DocumentRecord }) {
  const { doc } = props;
  const { credit } = doc;
  const { timeZone } = useAgreement();
  return (
    <dl className="facts">
      <dt>Words</dt>
      <dd className="document-credit">
        {credit.summary ? credit.line : (credit.by ?? 'publisher unknown')}
      </dd>
      <dt>{credit.summary ? 'Report published' : 'Published'}</dt>
      <dd>{doc.published ? formatInterval(doc.published, timeZone) : 'unknown'}</dd>
      <dt>{credit.summary ? 'Report' : 'Address'}</dt>
      <dd>
        {credit.link === null ? (
          'none given'
        ) : isWebAddress(credit.link) ? (
          <a href={credit.link} rel="noopener noreferrer nofollow" target="_blank">
            {credit.link}
          </a>
        ) : (
          credit.link
        )}
      </dd>
      <dt>Format</dt>
      <dd>{doc.format}</dd>
    </dl>
  );
}

/**
 * One document: its clean text with the claims read from it marked, the claims beside it, and
 * what was taken out as page furniture. The text as received is a switch away.
 */
export function DocumentReader(props: { readonly id: string }) {
  const [location, go] = useViewLocation();
  const { id: agreement } = useAgreement();
  const document = useResource(
    (at) => api.document(props.id, agreement, at),
    [props.id, agreement],
  );
  const [raw, setRaw] = useState(false);
  if (document.data === undefined)
    return <ResourceStatus resource={document} what="the document" />;
  const { document: doc, claims, readings } = document.data;
  const text = raw || doc.cleanText === null ? doc.rawText : doc.cleanText;

  return (
    <div className="document-reader">
      <section aria-labelledby="document-heading" className="reader-text">
        <h2 id="document-heading">{doc.title ?? 'Untitled document'}</h2>
        <DocumentMeta doc={doc} />
        <label className="raw-switch">
          <input
            type="checkbox"
            checked={raw}
            disabled={doc.cleanText === null}
            onChange={(e) => setRaw(e.currentTarget.checked)}
          />{' '}
          Show the text as received (claims are marked on the clean text)
        </label>
        <DocumentText
          text={text}
          marks={raw ? [] : marksOf(claims)}
          active={location.claim}
          onSelectClaim={(claim) => go({ claim })}
        />
        <RemovedFurniture pieces={doc.removed} />
      </section>
      <section aria-labelledby="document-claims-heading" className="reader-claims">
        <h2 id="document-claims-heading">Claims read from it ({claims.length})</h2>
        {claims.length === 0 && <p className="empty">No claims.</p>}
        <ul className="plain-list">
          {claims.map((claim) => (
            <li key={claim.id} className={claim.id === location.claim ? 'selected' : undefined}>
              <ClaimAccount claim={claim} reading={readings?.[claim.id]} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
