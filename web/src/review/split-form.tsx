import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Claim } from '../api/api-types';

/** Where a quote may be cut: before each of its words but the first, as offsets of the document. */
export function cutsOf(claim: Claim): number[] {
  const { text, span } = claim.content;
  if (span === null) return [];
  const cuts: number[] = [];
  for (let i = 1; i < text.length; i++)
    if (/\s/u.test(text[i - 1]!) && !/\s/u.test(text[i]!)) cuts.push(span[0] + i);
  return cuts;
}

/**
 * Chooses where to split a claim's quote in two, from the keyboard: ← and → move the cut a word,
 * Enter splits, Escape cancels. The server checks the cut and retracts the claim, naming the two.
 */
export function SplitForm(props: {
  readonly claim: Claim;
  readonly busy: boolean;
  readonly onSplit: (at: number) => void;
  readonly onCancel: () => void;
}) {
  const { claim, busy, onSplit, onCancel } = props;
  const cuts = cutsOf(claim);
  const [choice, setChoice] = useState(Math.floor((cuts.length - 1) / 2));
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const span = claim.content.span;
  const at = cuts[choice];
  if (span === null || at === undefined)
    return (
      <p className="problem" role="alert">
        This claim quotes one word or none: there is nothing to split.{' '}
        <button type="button" onClick={onCancel}>
          Close
        </button>
      </p>
    );
  const local = at - span[0];
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowLeft: () => setChoice((c) => Math.max(0, c - 1)),
      ArrowRight: () => setChoice((c) => Math.min(cuts.length - 1, c + 1)),
      Enter: () => onSplit(at),
      Escape: onCancel,
    };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    move();
  };
  return (
    <div
      ref={ref}
      tabIndex={0}
      role="group"
      aria-label="Split the claim"
      className="split-form"
      onKeyDown={onKeyDown}
    >
      <p className="hint">← → move the cut by a word · Enter splits · Escape cancels</p>
      <p className="split-quote" aria-live="polite">
        <span className="split-first">{claim.content.text.slice(0, local)}</span>
        <span className="split-cut" aria-label="cut" />
        <span className="split-second">{claim.content.text.slice(local)}</span>
      </p>
      <div className="field-row">
        <button type="button" className="primary" disabled={busy} onClick={() => onSplit(at)}>
          Split here <kbd>Enter</kbd>
        </button>
        <button type="button" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );
}
