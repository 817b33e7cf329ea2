import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { api } from '../api/api-client';
import type { ClaimDraft, DocumentRecord } from '../api/api-types';
import { formatInterval } from '../format/format-time';
import { ClaimAccount } from '../shared/claim-account';
import { DocumentText, marksOf } from '../shared/document-text';
import { RemovedFurniture } from '../shared/removed-furniture';
import { ResourceStatus } from '../shared/resource-status';
import {
  nextWordEnd,
  previousWordEnd,
  selectedSpan,
  selectSpan,
  wordAt,
} from '../shared/text-selection';
import type { TextSpan } from '../shared/text-selection';
import { useShortcuts } from '../shared/use-shortcuts';
import { ClaimEditor } from '../review/claim-editor';
import { useAgreement } from '../state/agreement-context';
import { useRecord } from '../state/record-context';
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

/** The words selected in the text, and where to offer "New claim" beside them. */
interface Selected {
  readonly span: TextSpan;
  readonly top: number;
  readonly left: number;
}

/**
 * Follows the reader's selection inside `container`: its span in the text, and a point just
 * below its end, relative to `frame`, for the button beside it.
 */
function useSelectedWords(
  container: RefObject<HTMLElement | null>,
  frame: RefObject<HTMLElement | null>,
  enabled: boolean,
): Selected | null {
  const [selected, setSelected] = useState<Selected | null>(null);
  useEffect(() => {
    if (!enabled) {
      setSelected(null);
      return;
    }
    const onChange = () => {
      const text = container.current;
      const span = text === null ? null : selectedSpan(text);
      const selection = window.getSelection();
      if (span === null || selection === null || frame.current === null) {
        setSelected(null);
        return;
      }
      const rects = selection.getRangeAt(0).getClientRects();
      const last = rects[rects.length - 1];
      const box = frame.current.getBoundingClientRect();
      setSelected({
        span,
        top: (last?.bottom ?? box.top) - box.top + 4,
        left: Math.max(0, (last?.right ?? box.left) - box.left - 90),
      });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container, frame, enabled]);
  return selected;
}

/**
 * One document: its clean text with the claims read from it marked, the claims beside it, and
 * what was taken out as page furniture. The text as received is a switch away. Words selected
 * in the clean text become a new claim ("New claim", or `n`), read by the server's ingest
 * stages and opened in the claim editor; `]` and `[` grow and shrink the selection by a word.
 */
export function DocumentReader(props: { readonly id: string }) {
  const [location, go] = useViewLocation();
  const { recordChanged, asOf } = useRecord();
  const { id: agreement } = useAgreement();
  const document = useResource(
    (at) => api.document(props.id, agreement, at),
    [props.id, agreement],
  );
  const [raw, setRaw] = useState(false);
  const [draft, setDraft] = useState<ClaimDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const textRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLElement>(null);
  // Spans point into the clean text: words selected in the text as received would not match.
  const codable =
    document.data !== undefined && (!raw || document.data.document.cleanText === null);
  const selected = useSelectedWords(textRef, frameRef, codable && draft === null);

  const quotable = document.data
    ? (document.data.document.cleanText ?? document.data.document.rawText)
    : '';

  const newClaim = () => {
    const span = textRef.current === null || !codable ? null : selectedSpan(textRef.current);
    if (span === null) {
      setProblem('Select the words of the claim in the text first.');
      return;
    }
    setProblem(null);
    api
      .draftClaim(props.id, span, agreement)
      .then(setDraft, (error: Error) => setProblem(error.message));
  };

  /** Grows or shrinks the selection by one word; with none, selects the first word in view. */
  const resize = (grow: boolean) => {
    const text = textRef.current;
    if (text === null || !codable) return;
    const active = document.data?.claims.find((c) => c.id === location.claim)?.content.span;
    // Read from the page, not from state: keys pressed quickly come before the next render.
    const span = selectedSpan(text);
    if (span === null) {
      selectSpan(text, wordAt(quotable, active?.[0] ?? 0));
      return;
    }
    const end = grow
      ? nextWordEnd(quotable, span[1])
      : Math.max(previousWordEnd(quotable, span[1], span[0]), nextWordEnd(quotable, span[0]));
    selectSpan(text, [span[0], end]);
  };

  useShortcuts({ n: newClaim, ']': () => resize(true), '[': () => resize(false) }, draft === null);

  if (document.data === undefined)
    return <ResourceStatus resource={document} what="the document" />;
  const { document: doc, claims, readings } = document.data;
  const text = raw || doc.cleanText === null ? doc.rawText : doc.cleanText;

  return (
    <div className="document-reader">
      <section aria-labelledby="document-heading" className="reader-text" ref={frameRef}>
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
        <p className="hint coding-hint">
          {codable
            ? 'Select words, then New claim (n); ] and [ grow and shrink the selection by a word.'
            : 'Claims are made from the clean text: switch back to it to select words.'}
        </p>
        {problem && (
          <p role="alert" className="problem">
            {problem}
          </p>
        )}
        <p role="status" className="review-message">
          {message}
        </p>
        <div ref={textRef} className="selectable-text">
          <DocumentText
            text={text}
            marks={raw ? [] : marksOf(claims)}
            active={location.claim}
            onSelectClaim={(claim) => go({ claim })}
          />
        </div>
        {selected && draft === null && (
          <button
            type="button"
            className="new-claim-button primary"
            style={{ top: selected.top, left: selected.left }}
            aria-keyshortcuts="n"
            // Keep the selection: a mouse press on the button would otherwise clear it first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={newClaim}
          >
            New claim <kbd>n</kbd>
          </button>
        )}
        <RemovedFurniture pieces={doc.removed} />
      </section>
      <section aria-labelledby="document-claims-heading" className="reader-claims">
        {draft && (
          <section aria-labelledby="new-claim-heading" className="new-claim">
            <h2 id="new-claim-heading">New claim</h2>
            <ClaimEditor
              key={`${draft.content.span?.[0]}-${draft.content.span?.[1]}`}
              draft={draft}
              onCancel={() => setDraft(null)}
              onSaved={(saved) => {
                setDraft(null);
                window.getSelection()?.removeAllRanges();
                setMessage(
                  asOf === null
                    ? 'Saved: the new claim waits in the review queue.'
                    : 'Saved: the new claim waits in the review queue; it is known from now, after the moment shown.',
                );
                recordChanged();
                go({ claim: saved.id });
              }}
            />
          </section>
        )}
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
