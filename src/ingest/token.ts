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
