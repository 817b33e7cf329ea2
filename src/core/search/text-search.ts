/**
 * Word search over a record's texts, as one rule for every backend: the store only narrows the
 * candidates (any text holding each term), and these functions decide what matches and show it
 * in context. Pure: no I/O.
 */

/** At most this many words in a query: more narrows nothing a reader would notice. */
export const MAX_TERMS = 8;

/** Characters either side of a match shown in its snippet. */
const RADIUS = 60;

/** One stretch of a text around its matches, with the matching words as offsets into `text`. */
export interface Snippet {
  /** The words shown, taken from the text between `start` and `end`. */
  readonly text: string;
  /** Where the snippet begins and ends in the searched text (UTF-16 offsets). */
  readonly start: number;
  readonly end: number;
  /** The matching words, as [start, end) offsets into the snippet's `text`. */
  readonly marks: readonly [number, number][];
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of a query, in lower case and without repeats: "Rafah  crossing, RAFAH" is
 * ["rafah", "crossing"]. Punctuation separates words and never matches.
 */
export function searchTerms(query: string): string[] {
  const words = query.toLowerCase().match(WORD) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/**
 * Where the terms occur in a text, as [start, end) offsets in order: each term matches at the
 * start of a word ("releas" finds "released", "lease" does not), regardless of case. Null when
 * some term does not occur: every term must.
 */
export function findTerms(text: string, terms: readonly string[]): [number, number][] | null {
  if (terms.length === 0) return null;
  const words = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    word: m[0].toLowerCase(),
    length: m[0].length,
  }));
  const found: [number, number][] = [];
  for (const term of terms) {
    const before = found.length;
    for (const w of words) {
      // toLowerCase keeps the length of the words searched for in practice; where it does not
      // (a dotted capital I), the whole word is marked.
      if (w.word.startsWith(term))
        found.push([w.start, w.start + (w.word.length === w.length ? term.length : w.length)]);
    }
    if (found.length === before) return null;
  }
  return mergeRanges(found);
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** A boundary moved to the nearest whitespace within a few characters, so words stay whole. */
function snap(text: string, at: number, direction: -1 | 1): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  for (let i = 0; i < 20; i++) {
    const j = at + direction * i;
    if (j <= 0 || j >= text.length) break;
    if (/\s/u.test(text[j]!)) return direction < 0 ? j + 1 : j;
  }
  return at;
}

/**
 * The matches in context: one snippet per cluster of nearby matches, at most `max`, each with
 * about `RADIUS` characters of the text either side.
 */
export function snippetsOf(
  text: string,
  matches: readonly (readonly [number, number])[],
  max = 3,
): Snippet[] {
  const snippets: { start: number; end: number; marks: [number, number][] }[] = [];
  for (const [from, to] of matches) {
    const last = snippets.at(-1);
    if (last !== undefined && from - RADIUS <= last.end) {
      last.end = Math.max(last.end, snap(text, to + RADIUS, 1));
      last.marks.push([from, to]);
      continue;
    }
    if (snippets.length === max) break;
    snippets.push({
      start: snap(text, from - RADIUS, -1),
      end: snap(text, to + RADIUS, 1),
      marks: [[from, to]],
    });
  }
  return snippets.map(({ start, end, marks }) => ({
    text: text.slice(start, end),
    start,
    end,
    marks: marks.map(([a, b]): [number, number] => [a - start, b - start]),
  }));
}
