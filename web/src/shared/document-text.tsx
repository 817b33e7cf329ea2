import { useEffect, useMemo, useRef } from 'react';
import type { Claim } from '../api/api-types';

/** Where a claim was read from: character offsets [start, end) into the text. */
export interface SpanMark {
  readonly id: string;
  readonly span: readonly [number, number] | null;
}

interface Segment {
  readonly start: number;
  readonly end: number;
  /** The claims whose span covers this piece of text. */
  readonly claims: readonly string[];
}

/** Cuts the text at every span boundary, so overlapping spans mark their common part once. */
function segmentsOf(length: number, marks: readonly SpanMark[]): Segment[] {
  const spans = marks.flatMap(({ id, span }) => {
    if (span === null) return [];
    const start = Math.max(0, Math.min(span[0], length));
    const end = Math.max(start, Math.min(span[1], length));
    return end > start ? [{ id, start, end }] : [];
  });
  const cuts = [...new Set([0, length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  return cuts.slice(0, -1).map((start, i) => {
    const end = cuts[i + 1] as number;
    const covering = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    return { start, end, claims: covering };
  });
}

/** The spans of recorded claims. */
export const marksOf = (claims: readonly Claim[]): SpanMark[] =>
  claims.map((c) => ({ id: c.id, span: c.content.span }));

/**
 * A document's text with its claims' spans marked. The text is rendered as text, never as
 * markup: a report that contains `<script>` shows those characters.
 */
export function DocumentText(props: {
  readonly text: string;
  readonly marks: readonly SpanMark[];
  /** The claim whose span is emphasised and scrolled into view. */
  readonly active: string | null;
  readonly onSelectClaim?: (id: string) => void;
}) {
  const { text, marks, active, onSelectClaim } = props;
  const segments = useMemo(() => segmentsOf(text.length, marks), [text, marks]);
  const activeRef = useRef<HTMLElement>(null);

  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [active, text]);

  let firstActive = true;
  return (
    <div className="document-text">
      {segments.map((segment) => {
        const piece = text.slice(segment.start, segment.end);
        if (segment.claims.length === 0) return piece;
        const isActive = active !== null && segment.claims.includes(active);
        const ref = isActive && firstActive ? activeRef : undefined;
        if (isActive) firstActive = false;
        const target = isActive ? active : segment.claims[0];
        return (
          <mark
            key={segment.start}
            ref={ref}
            className={isActive ? 'span active' : 'span'}
            title={`Claim ${segment.claims.join(', ')}`}
            onClick={onSelectClaim && target ? () => onSelectClaim(target) : undefined}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
}
