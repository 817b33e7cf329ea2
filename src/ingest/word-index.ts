import { foldName } from '../core/text/fold-name.js';

/** A word of the text with its folded form, for looking names up by runs of words. */
export interface Word {
  /** [start, end) into the text given. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly folded: string;
  readonly capital: boolean;
}

/** Only ASCII letters and digits: lower-casing is then all that folding does. */
function isPlain(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 0x20; // ASCII upper case to lower case
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

const isAsciiAlnum = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** Joiners a word may hold but not end with: "U.S", "al-Balah", "Israel’s". */
const isJoiner = (c: number): boolean => c === 46 || c === 39 || c === 45 || c === 0x2019;
const WORD_START = /^[\p{L}\p{N}]/u;
const WORD_INNER = /^[\p{L}\p{N}\p{M}]/u;

/** Length in code units of the code point at i when it matches, else 0. */
function codePointMatching(text: string, i: number, re: RegExp): number {
  const length = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  return re.test(text.slice(i, i + length)) ? length : 0;
}

/** Folded form and capital of the words seen: words recur from report to report. Bounded. */
const seen = new Map<string, { readonly folded: string; readonly capital: boolean }>();
const MAX_REMEMBERED_WORDS = 50_000;

/**
 * The words of a text; "al-Balah" and "U.S." stay one word each, folded as foldName folds them.
 * A word starts with a letter or digit and runs on through letters, digits, marks and joiners,
 * but does not end with a joiner. Scanned by hand: a Unicode regex costs twice as much.
 */
export function wordsOf(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const first = c < 128 ? (isAsciiAlnum(c) ? 1 : 0) : codePointMatching(text, i, WORD_START);
    if (first === 0) {
      i += 1;
      continue;
    }
    let j = i + first;
    let end = j;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 128 && isAsciiAlnum(d)) {
        end = j += 1;
      } else if (isJoiner(d)) {
        j += 1;
      } else {
        const inner = d < 128 ? 0 : codePointMatching(text, j, WORD_INNER);
        if (inner === 0) break;
        end = j += inner;
      }
    }
    const raw = text.slice(i, end);
    let info = seen.get(raw);
    if (info === undefined) {
      const c0 = raw.charCodeAt(0);
      info = {
        folded: isPlain(raw) ? raw.toLowerCase() : foldName(raw),
        capital: c0 < 128 ? c0 >= 65 && c0 <= 90 : /^\p{Lu}/u.test(raw),
      };
      if (seen.size >= MAX_REMEMBERED_WORDS) seen.clear();
      seen.set(raw, info);
    }
    words.push({
      start: offset + i,
      end: offset + end,
      text: raw,
      folded: info.folded,
      capital: info.capital,
    });
    i = j;
  }
  return words;
}

/** Names by their folded form, with every word-prefix of them, so a lookup stops early. */
export interface NameIndex<T> {
  readonly names: ReadonlyMap<string, T>;
  /** "khan", "khan younis" for "khan younis": a run not in here leads to no name. */
  readonly prefixes: ReadonlySet<string>;
}

export function nameIndex<T>(names: ReadonlyMap<string, T>): NameIndex<T> {
  const prefixes = new Set<string>();
  for (const name of names.keys()) {
    const words = name.split(' ');
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  return { names, prefixes };
}

/** The longest run of words starting at `i` that is a name of the index, if any. */
export function longestNameAt<T>(
  words: readonly Word[],
  i: number,
  index: NameIndex<T>,
  accept: (run: readonly Word[], value: T) => boolean = () => true,
): { value: T; length: number } | null {
  const keys: string[] = [];
  let key = '';
  for (let n = 0; i + n < words.length; n++) {
    key = n === 0 ? (words[i]?.folded ?? '') : `${key} ${words[i + n]?.folded ?? ''}`;
    if (!index.prefixes.has(key)) break;
    keys.push(key);
  }
  for (let n = keys.length; n >= 1; n--) {
    const value = index.names.get(keys[n - 1] ?? '');
    if (value !== undefined && accept(words.slice(i, i + n), value)) return { value, length: n };
  }
  return null;
}
