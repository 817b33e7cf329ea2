/**
 * A token of the clean text, and finding one by offset: kept apart from the sentence reader so
 * that modules which only read tokens (the gazetteer, which the server and exports load) do not
 * load the language model with it.
 */
/** A token as wink-nlp reads it: where, its lemma (lower case) and its universal POS tag. */
export interface Token {
  /** [start, end) into the clean text. */
  readonly start: number;
  readonly end: number;
  readonly lemma: string;
  readonly pos: string;
}

/** A token's lemma in lower case, as the word tables are written. */
export const lemma = (t: Token): string => t.lemma.toLowerCase();

/** Is `t` a noun or a name, a word that can head what a verb acts on. */
export const isNominal = (t: Token | undefined): boolean => t?.pos === 'NOUN' || t?.pos === 'PROPN';

/** The index of the first token starting at or after `offset` (tokens are in text order). */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first token ending after `offset`: those before it end by `offset`. */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid]?.end ?? Infinity) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
