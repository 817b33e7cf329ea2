import { useEffect, useState } from 'react';
import { api } from '../api/api-client';
import type { Claim } from '../api/api-types';
import { ClaimAccount, claimSummary } from '../shared/claim-account';
import { VirtualList } from '../shared/virtual-list';
import { useAgreement } from '../state/agreement-context';
import { useRecord } from '../state/record-context';
import { useClaimPages } from '../state/use-claim-pages';
import { hrefOf, useViewLocation } from '../state/view-location';
import { ClaimEditor } from './claim-editor';
import { ReviewDocument } from './review-document';

const ROW_HEIGHT = 68;

/** Keys typed into a field are the field's, not shortcuts. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]');

/**
 * Suggested claims, least confident first, one at a time beside their document's words: accept (a), reject (r),
 * edit (e), next (j), previous (k). A review is recorded now and every view reloads.
 */
export function ReviewQueue() {
  // `#/review/doc_…` reviews one document's claims; `#/review` all of them.
  const [location] = useViewLocation();
  const document = location.item;
  const { partyName, id: agreement } = useAgreement();
  // The queue is the whole record's; the chosen agreement only reads the attributions.
  const pages = useClaimPages({
    status: 'suggested',
    document: document ?? undefined,
    readAs: agreement ?? undefined,
  });
  const { recordChanged, asOf } = useRecord();
  const [index, setIndex] = useState(0);
  const [reviewed, setReviewed] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  // Claims reviewed here leave the queue at once, before the reloaded queue arrives. The least
  // sure suggestions come first: they are where a reviewer's eye counts most.
  const items = pages.items
    .filter((c) => !reviewed.has(c.id))
    .sort((a, b) => (a.content.confidence ?? 1) - (b.content.confidence ?? 1));
  const at = Math.min(index, items.length - 1);
  const selected: Claim | undefined = items[at];

  const move = (step: number) => {
    setEditing(false);
    setIndex(Math.max(0, Math.min(items.length - 1, at + step)));
  };

  const review = (status: 'accepted' | 'rejected') => {
    if (selected === undefined || busy) return;
    setBusy(true);
    api.review(selected.id, status).then(
      () => {
        setBusy(false);
        setReviewed((set) => new Set(set).add(selected.id));
        setMessage(
          `${status === 'accepted' ? 'Accepted' : 'Rejected'}: ${claimSummary(selected.content, partyName)}`,
        );
        recordChanged();
      },
      (error: Error) => {
        setBusy(false);
        setMessage(`Could not record the review: ${error.message}`);
      },
    );
  };

  const shortcuts: Readonly<Record<string, () => void>> = {
    a: () => review('accepted'),
    r: () => review('rejected'),
    e: () => setEditing(true),
    j: () => move(1),
    k: () => move(-1),
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (editing || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target))
        return;
      const action = shortcuts[event.key];
      if (action === undefined) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="review-queue">
      <section aria-labelledby="queue-heading" className="queue-list">
        <h2 id="queue-heading">Suggested claims</h2>
        {document && (
          <p className="queue-count">
            From one document only ·{' '}
            <a href={hrefOf({ ...location, item: null, claim: null })}>Review all documents</a>
          </p>
        )}
        <p className="queue-count">
          {items.length} loaded{pages.hasMore ? ', more as you scroll' : ''}
        </p>
        <p role="status" className="review-message">
          {message}
        </p>
        {asOf && (
          <p className="hint">
            Listing the claims known at the chosen moment; a review is recorded now.
          </p>
        )}
        {pages.error && (
          <p role="alert" className="problem">
            {pages.error.message}
          </p>
        )}
        {items.length === 0 && !pages.loading ? (
          <p className="empty">No claims await review.</p>
        ) : (
          <VirtualList
            items={items}
            rowHeight={ROW_HEIGHT}
            label="Suggested claims"
            keyOf={(c) => c.id}
            activeIndex={at}
            onNearEnd={pages.hasMore ? pages.loadMore : undefined}
            renderRow={(claim, i) => (
              <button
                type="button"
                className="queue-row"
                aria-current={i === at ? 'true' : undefined}
                onClick={() => {
                  setEditing(false);
                  setIndex(i);
                }}
              >
                <span className="queue-summary">{claimSummary(claim.content, partyName)}</span>
                <span className="queue-text">{claim.content.text || 'No quote'}</span>
              </button>
            )}
          />
        )}
      </section>
      {selected && (
        <>
          <section aria-label="The document" className="queue-document">
            <ReviewDocument document={selected.document} claim={selected.id} />
          </section>
          <section aria-labelledby="claim-heading" className="queue-claim">
            <h2 id="claim-heading">
              Claim {at + 1} of {items.length}
            </h2>
            <ClaimAccount claim={selected} reading={pages.readings.get(selected.id)} />
            <div className="review-actions" role="toolbar" aria-label="Review">
              <button
                type="button"
                className="primary"
                disabled={busy}
                aria-keyshortcuts="a"
                onClick={() => review('accepted')}
              >
                Accept <kbd>a</kbd>
              </button>
              <button
                type="button"
                disabled={busy}
                aria-keyshortcuts="r"
                onClick={() => review('rejected')}
              >
                Reject <kbd>r</kbd>
              </button>
              <button type="button" aria-keyshortcuts="e" onClick={() => setEditing(true)}>
                Edit <kbd>e</kbd>
              </button>
              <button type="button" aria-keyshortcuts="k" onClick={() => move(-1)}>
                Previous <kbd>k</kbd>
              </button>
              <button type="button" aria-keyshortcuts="j" onClick={() => move(1)}>
                Next <kbd>j</kbd>
              </button>
            </div>
            {editing && (
              <ClaimEditor
                key={`${selected.id}:${selected.revision}`}
                claim={selected}
                onCancel={() => setEditing(false)}
                onSaved={(edited) => {
                  setEditing(false);
                  setMessage(`Edited: ${claimSummary(edited.content, partyName)}`);
                  recordChanged();
                }}
              />
            )}
          </section>
        </>
      )}
    </div>
  );
}
