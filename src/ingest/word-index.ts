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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}’'.-]*/gu;
const TRAILING = /[.’'-]+$/u;

/** Only ASCII letters and digits: lower-casing is then all that folding does. */
function isPlain(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 0x20; // ASCII upper case to lower case
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** The words of a text; "al-Balah" and "U.S." stay one word each, folded as foldName folds them. */
export function wordsOf(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = TRAILING.test(m[0]) ? m[0].replace(TRAILING, '') : m[0];
    const first = raw.charCodeAt(0);
    words.push({
      start: offset + m.index,
      end: offset + m.index + raw.length,
      text: raw,
      folded: isPlain(raw) ? raw.toLowerCase() : foldName(raw),
      capital: first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(raw),
    });
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
