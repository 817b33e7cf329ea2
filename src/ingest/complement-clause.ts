import type { Token } from './token.js';

/** Words read between a verb and the "that" of its clause: "announced on state television that". */
const LEAD_REACH = 10;

/** Parts of speech of a phrase between the verb and "that": "in a televised address on Sunday". */
const LEAD_WORDS = new Set(['ADV', 'ADJ', 'ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'PART', 'PUNCT']);

/**
 * The words of the that-clause a verb's object is, or null where it has none: in "announced on
 * Sunday that it had taken the town", "it had taken the town". `after` are the words after the
 * verb, to its clause's end; `inTime` tells the words of a time ("last Thursday"). "That" opens
 * a clause only where the verb reaches it over adverbs and phrases of time, place or manner (no
 * verb of their own, no noun before a preposition, which would be the verb's object), and a
 * verb follows it: "announced that decision" names a decision. A relative "that" follows a
 * noun, not the verb, and is never read here.
 */
export function complementClause(
  after: readonly Token[],
  inTime: (t: Token) => boolean,
): readonly Token[] | null {
  let phrase = false;
  for (const [i, t] of after.slice(0, LEAD_REACH + 1).entries()) {
    if (inTime(t)) continue;
    if (t.lemma === 'that' && t.pos === 'SCONJ') {
      const clause = after.slice(i + 1);
      return clause.some((w) => w.pos === 'VERB' || w.pos === 'AUX') ? clause : null;
    }
    // A noun straight after the verb is its object ("declared a truce that …"); after a
    // preposition it is that phrase's ("declared on the occasion that").
    if (t.pos === 'ADP') phrase = true;
    else if (
      !LEAD_WORDS.has(t.pos) ||
      (!phrase && t.pos !== 'ADV' && t.pos !== 'ADJ' && t.pos !== 'PUNCT')
    )
      return null;
  }
  return null;
}
