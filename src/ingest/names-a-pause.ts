import { firstTokenEndingAfter, firstTokenFrom, isNominal, lemma } from './token.js';
import type { Token } from './token.js';
import { PAUSE_NOUNS } from './tables/pause-nouns.js';

const pauseNouns = new Set(PAUSE_NOUNS);
/**
 * Words read before the trigger for its subject: far enough to pass a relative clause or a
 * participle's phrase ("a truce called by Russia and Turkey had begun", "the suspension of the
 * fire and of the military operations will begin"), not so far as the sentence's other acts.
 */
const SUBJECT_REACH = 12;
/** Words read after the trigger for its object ("began a three-day truce"). */
const OBJECT_REACH = 4;

/** A pause noun heading its run of nouns: "the truce", not "the ceasefire committees". */
const headsAPause = (words: readonly Token[], k: number): boolean =>
  words[k]!.pos !== 'VERB' && pauseNouns.has(lemma(words[k]!)) && !isNominal(words[k + 1]);

/**
 * Whether a pause (`PAUSE_NOUNS`) is named near the trigger, as what starts or what is started:
 * among the sentence's last `SUBJECT_REACH` words before it, or its first `OBJECT_REACH` after.
 * `words` are the sentence's words, letters only, in text order.
 */
export function namesAPause(
  trigger: { readonly start: number; readonly end: number },
  words: readonly Token[],
): boolean {
  const before = firstTokenEndingAfter(words, trigger.start);
  for (let k = Math.max(0, before - SUBJECT_REACH); k < before; k++)
    if (headsAPause(words, k)) return true;
  const after = firstTokenFrom(words, trigger.end);
  for (let k = after; k < Math.min(words.length, after + OBJECT_REACH); k++)
    if (headsAPause(words, k)) return true;
  return false;
}
