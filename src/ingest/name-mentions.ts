import { escapeRegExp } from './compile-pattern.js';

/**
 * Where a text names a name, from one index of its words: each name asked for costs its own
 * mentions, not a scan of the whole text, so a long report's many tellers stay linear.
 */
export interface NameMentions {
  /**
   * Where `name` stands with no letter or digit either side, left to right, none overlapping:
   * the starts `(?<![\p{L}\p{N}])name(?![\p{L}\p{N}])` finds with the flags `gu`.
   */
  mentionsOf(name: string): number[];
  /**
   * "Volodymyr Zelensky" for "Zelensky": each match, trimmed, in order, of one to three
   * capitalised words before the name, `(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}name(?![\p{L}\p{N}])`.
   */
  fullNamesOf(surname: string): string[];
}

/** A maximal run of letters and digits: a mention starts one (its first character is either). */
const WORD = /[\p{L}\p{N}]+/gu;
const LEADING_WORD = /^[\p{L}\p{N}]+/u;
/** What a full name's words, the spaces between them and the surname hold; anything else parts them. */
const FULL_NAME_PART = /^[\p{L}'’.\s-]*$/u;
const NOT_FULL_NAME_PART = /[^\p{L}'’.\s-]/gu;

/** The words of `text`, indexed on first use, and the mentions of names read from them. */
export function nameMentions(text: string): NameMentions {
  let words: Map<string, number[]> | undefined;
  const startsOf = (word: string): readonly number[] => {
    if (words === undefined) {
      words = new Map();
      for (const m of text.matchAll(WORD)) {
        const at = words.get(m[0]);
        if (at === undefined) words.set(m[0], [m.index]);
        else at.push(m.index);
      }
    }
    return words.get(word) ?? [];
  };
  // Where the characters no full name holds stand: [start, end) of each, in order.
  let breaks: number[] | undefined;
  const segmentAround = (at: number): readonly [number, number] => {
    if (breaks === undefined) {
      breaks = [];
      for (const m of text.matchAll(NOT_FULL_NAME_PART))
        breaks.push(m.index, m.index + m[0].length);
    }
    // The first break starting after `at` (breaks hold start, end pairs).
    let lo = 0;
    let hi = breaks.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[2 * mid]! > at) hi = mid;
      else lo = mid + 1;
    }
    const start = lo === 0 ? 0 : breaks[2 * lo - 1]!;
    // The break itself is kept: the lookahead after the surname reads it.
    const end = lo === breaks.length / 2 ? text.length : breaks[2 * lo + 1]!;
    return [start, end];
  };
  return {
    mentionsOf(name) {
      const mention = new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`,
        'gu',
      );
      const first = LEADING_WORD.exec(name)?.[0];
      // A name that starts with neither a letter nor a digit may start anywhere: scan for it.
      if (first === undefined) return [...text.matchAll(mention)].map((m) => m.index);
      // A mention starts a word of the text, and that word is the name's first: the character
      // after it is the name's next, which is neither letter nor digit, or none is.
      const sticky = new RegExp(mention.source, 'uy');
      const found: number[] = [];
      let end = 0;
      for (const at of startsOf(first)) {
        if (at < end) continue;
        sticky.lastIndex = at;
        if (!sticky.test(text)) continue;
        found.push(at);
        end = at + name.length;
      }
      return found;
    },
    fullNamesOf(surname) {
      const full = new RegExp(
        `(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}${escapeRegExp(surname)}(?![\\p{L}\\p{N}])`,
        'gu',
      );
      const first = LEADING_WORD.exec(surname)?.[0];
      if (first === undefined || !FULL_NAME_PART.test(surname)) {
        return [...text.matchAll(full)].map((m) => m[0].trim());
      }
      // A match holds only letters, spaces, points, hyphens and apostrophes, so it lies within
      // one run of them, and the surname in it starts a word of the text after a space: only
      // the runs around the surname's first word need reading.
      const found: string[] = [];
      let readTo = -1;
      for (const at of startsOf(first)) {
        if (at < readTo) continue;
        const [start, end] = segmentAround(at);
        for (const m of text.slice(start, end).matchAll(full)) found.push(m[0].trim());
        readTo = end;
      }
      return found;
    },
  };
}
