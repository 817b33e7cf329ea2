import { firstTokenFrom } from './token.js';
import type { Token } from './token.js';

/**
 * What makes a token one of a clause's words, by its lemma: a letter ("troops", not "15" or
 * ","), or a letter or a digit ("troops" and "15").
 */
export type WordMark = 'letter' | 'letter-or-digit';

const MARKS: Readonly<Record<WordMark, RegExp>> = {
  letter: /\p{L}/u,
  'letter-or-digit': /[\p{L}\p{N}]/u,
};

const read = new WeakMap<readonly Token[], Map<string, readonly Token[]>>();

/**
 * The words of `clause` among a sentence's `tokens` (in text order), those `mark` admits: made
 * once per sentence, clause and mark, so that a clause of many acts is not read from its start
 * again for each one. Tokens are in text order and do not overlap, and a word is never empty, so
 * the clause's words are those from the first starting in it to the first starting at its end.
 */
export function wordsOfClause(
  tokens: readonly Token[],
  clause: { readonly start: number; readonly end: number },
  mark: WordMark,
): readonly Token[] {
  let byClause = read.get(tokens);
  if (byClause === undefined) read.set(tokens, (byClause = new Map()));
  const key = `${mark}:${clause.start}:${clause.end}`;
  let words = byClause.get(key);
  if (words === undefined) {
    const test = MARKS[mark];
    words = tokens
      .slice(firstTokenFrom(tokens, clause.start), firstTokenFrom(tokens, clause.end))
      .filter((t) => t.end <= clause.end && test.test(t.lemma));
    byClause.set(key, words);
  }
  return words;
}
