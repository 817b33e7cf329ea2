import { useEffect, useState } from 'react';
import { api, ApiProblem, refusalMessage } from '../api/api-client';
import type { Claim, ClaimsSuperseded } from '../api/api-types';
import { ClaimAccount, claimSummary } from '../shared/claim-account';
import { useShortcuts } from '../shared/use-shortcuts';
import { VirtualList } from '../shared/virtual-list';
import { useAgreement } from '../state/agreement-context';
import { useRecord } from '../state/record-context';
import { useClaimPages } from '../state/use-claim-pages';
import { hrefOf, useViewLocation } from '../state/view-location';
import { ClaimEditor } from './claim-editor';
import { ReattributeForm } from './reattribute-form';
import { ReviewDocument } from './review-document';
import { SplitForm } from './split-form';

const ROW_HEIGHT = 68;

/** What opens under the claim: nothing, the editor, the cut to split at, the new origin. */
type Panel = 'none' | 'edit' | 'split' | 'reattribute';

/**
 * The suggested claim of the same document whose quote comes next after `claim`'s, to merge with.
 */
function nextQuoted(claim: Claim, items: readonly Claim[]): Claim | undefined {
  const span = claim.content.span;
  if (span === null) return undefined;
  return items
    .filter(
      (c) =>
        c.id !== claim.id &&
        c.document === claim.document &&
        c.content.span !== null &&
        c.content.span[0] >= span[0],
    )
    .sort((a, b) => a.content.span![0] - b.content.span![0])[0];
}

/**
 * Suggested claims, least confident first, one at a time beside their document's words: accept
 * (a), reject (r), edit (e), next (j), previous (k); split (s), merge with the next quote (m) and
 * re-attribute (o), which retract the claim and name the new ones. A review is recorded now and
 * every view reloads.
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
  const [panel, setPanel] = useState<Panel>('none');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  // A claim to show once the reloaded queue holds it: the first made by a split or merge.
  const [focus, setFocus] = useState<string | null>(null);

  // Claims reviewed here leave the queue at once, before the reloaded queue arrives. The least
  // sure suggestions come first: they are where a reviewer's eye counts most.
  const items = pages.items
    .filter((c) => !reviewed.has(c.id))
    .sort((a, b) => (a.content.confidence ?? 1) - (b.content.confidence ?? 1));
  const at = Math.min(index, items.length - 1);
  const selected: Claim | undefined = items[at];

  useEffect(() => {
    if (focus === null) return;
    const found = items.findIndex((c) => c.id === focus);
    if (found < 0) return;
    setIndex(found);
    setFocus(null);
  }, [focus, items]);

  const move = (step: number) => {
    setPanel('none');
    setIndex(Math.max(0, Math.min(items.length - 1, at + step)));
  };

  const review = (status: 'accepted' | 'rejected') => {
    if (selected === undefined || busy) return;
    setBusy(true);
    api.review(selected, status).then(
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
        setMessage(`Could not record the review: ${refusalMessage(error)}`);
        // Someone changed it meanwhile: show the claim as it now stands.
        if (error instanceof ApiProblem && error.status === 409) recordChanged();
      },
    );
  };

  /** Records a split, merge or re-attribution, then shows the first claim it made. */
  const supersede = (verb: string, change: () => Promise<ClaimsSuperseded>) => {
    if (busy) return;
    setBusy(true);
    change().then(
      ({ retracted, added }) => {
        setBusy(false);
        setPanel('none');
        setReviewed((set) => new Set([...set, ...retracted.map((c) => c.id)]));
        setFocus(added[0]?.id ?? null);
        setMessage(
          `${verb}: ${added.length === 1 ? 'one new claim' : `${added.length} new claims`}, the old one${retracted.length === 1 ? '' : 's'} retracted`,
        );
        recordChanged();
      },
      (error: Error) => {
        setBusy(false);
        setMessage(`Could not record it: ${error.message}`);
      },
    );
  };

  const next = selected && nextQuoted(selected, items);
  const merge = () => {
    if (selected === undefined) return;
    if (next === undefined) {
      setMessage('No suggested claim of this document is quoted after this one: nothing to merge.');
      return;
    }
    supersede('Merged', () => api.merge([selected.id, next.id]));
  };

  useShortcuts(
    {
      a: () => review('accepted'),
      r: () => review('rejected'),
      e: () => setPanel('edit'),
      s: () => setPanel('split'),
      m: merge,
      o: () => setPanel('reattribute'),
      j: () => move(1),
      k: () => move(-1),
    },
    panel === 'none',
  );

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
                  setPanel('none');
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
              <button type="button" aria-keyshortcuts="e" onClick={() => setPanel('edit')}>
                Edit <kbd>e</kbd>
              </button>
              <button type="button" aria-keyshortcuts="s" onClick={() => setPanel('split')}>
                Split <kbd>s</kbd>
              </button>
              <button
                type="button"
                disabled={busy || next === undefined}
                aria-keyshortcuts="m"
                title={
                  next === undefined
                    ? 'No suggested claim of this document is quoted after this one'
                    : `Merge with “${next.content.text}”`
                }
                onClick={merge}
              >
                Merge with next quote <kbd>m</kbd>
              </button>
              <button type="button" aria-keyshortcuts="o" onClick={() => setPanel('reattribute')}>
                Re-attribute <kbd>o</kbd>
              </button>
              <button type="button" aria-keyshortcuts="k" onClick={() => move(-1)}>
                Previous <kbd>k</kbd>
              </button>
              <button type="button" aria-keyshortcuts="j" onClick={() => move(1)}>
                Next <kbd>j</kbd>
              </button>
            </div>
            {panel === 'split' && (
              <SplitForm
                key={selected.id}
                claim={selected}
                busy={busy}
                onCancel={() => setPanel('none')}
                onSplit={(at) => supersede('Split', () => api.split(selected.id, at))}
              />
            )}
            {panel === 'reattribute' && (
              <ReattributeForm
                key={selected.id}
                claim={selected}
                busy={busy}
                onCancel={() => setPanel('none')}
                onReattribute={(origin) =>
                  supersede('Re-attributed', () => api.reattribute(selected.id, origin))
                }
              />
            )}
            {panel === 'edit' && (
              <ClaimEditor
                key={`${selected.id}:${selected.revision}`}
                claim={selected}
                onCancel={() => setPanel('none')}
                onSaved={(edited) => {
                  setPanel('none');
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
