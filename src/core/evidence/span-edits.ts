import { badInput } from '../errors.js';
import type { Span } from './claim.js';

const isSpace = (text: string) => /^\s*$/u.test(text);

/** A span with the blanks at either end left out, so a quote never starts or ends in spaces. */
export function trimSpan(text: string, [start, end]: Span): Span {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  return [from, to];
}

/**
 * The two spans a claim's span splits into at `at`, an offset of the document's text: each
 * must hold words, or the split is refused with a sentence saying where to cut instead.
 */
export function splitSpan(text: string, span: Span, at: number): readonly [Span, Span] {
  const [start, end] = span;
  if (at <= start || at >= end)
    throw badInput(
      `cut at ${at} is not inside the claim's span [${start}, ${end}]: cut between its first and last character`,
    );
  const first = trimSpan(text, [start, at]);
  const second = trimSpan(text, [at, end]);
  if (first[0] === first[1] || second[0] === second[1])
    throw badInput(
      `cutting at ${at} leaves one part without words: cut between two words of the quote`,
    );
  return [first, second];
}

/**
 * The one span covering several spans of the same text, when they touch, overlap or are
 * separated only by blanks; otherwise the merge is refused, naming the words in between.
 */
export function unionSpan(text: string, spans: readonly Span[]): Span {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const first = sorted[0];
  if (first === undefined) throw badInput('give the claims to merge');
  let [start, end] = first;
  for (const [from, to] of sorted.slice(1)) {
    if (from > end && !isSpace(text.slice(end, from))) {
      const between = text.slice(end, from);
      const shown = between.length > 60 ? `${between.slice(0, 60)}…` : between;
      throw badInput(
        `the quotes are not contiguous: ${JSON.stringify(shown)} lies between [${start}, ${end}] and [${from}, ${to}]; merge only claims whose words follow one another`,
      );
    }
    start = Math.min(start, from);
    end = Math.max(end, to);
  }
  return [start, end];
}
