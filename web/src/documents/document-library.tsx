import { useMemo } from 'react';
import { api } from '../api/api-client';
import { useAgreement } from '../state/agreement-context';
import type { DocumentSummary } from '../api/api-types';
import { ResourceStatus } from '../shared/resource-status';
import { VirtualList } from '../shared/virtual-list';
import { useResource } from '../state/use-resource';
import { hrefOf, useViewLocation } from '../state/view-location';
import { DocumentReader } from './document-reader';

const publishedMs = (d: DocumentSummary) =>
  d.published?.earliest ? Date.parse(d.published.earliest) : Infinity;

/** The recorded documents, and the one chosen open in the reader. */
export function DocumentLibrary() {
  const [location] = useViewLocation();
  const { id: agreement } = useAgreement();
  const documents = useResource((at) => api.documents(agreement, at), [agreement]);
  // In the order they were published, as the story unfolded; undated ones last.
  const list = useMemo(
    () =>
      [...(documents.data ?? [])].sort(
        (a, b) => publishedMs(a) - publishedMs(b) || a.id.localeCompare(b.id),
      ),
    [documents.data],
  );
  return (
    <div className="document-library">
      <section aria-labelledby="documents-heading" className="document-list">
        <h2 id="documents-heading">Documents ({list.length})</h2>
        <ResourceStatus resource={documents} what="the documents" />
        <VirtualList
          items={list}
          rowHeight={56}
          label="Documents"
          keyOf={(d) => d.id}
          activeIndex={list.findIndex((d) => d.id === location.item)}
          renderRow={(d) => (
            <a
              className="document-row"
              href={hrefOf({ ...location, item: d.id, claim: null })}
              aria-current={d.id === location.item ? 'page' : undefined}
            >
              <span className="document-title" title={d.title ?? undefined}>
                {d.title ?? 'Untitled document'}
              </span>
              <span className="document-meta">{d.credit.by ?? 'publisher unknown'}</span>
            </a>
          )}
        />
      </section>
      {location.item ? (
        <DocumentReader id={location.item} />
      ) : (
        <p className="empty">Choose a document to read it with its claims marked.</p>
      )}
    </div>
  );
}
