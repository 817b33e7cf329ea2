import { firstTokenEndingAfter, firstTokenFrom, isNominal, lemma } from './token.js';
import type { Token } from './token.js';
import { PAUSED_FIGHTING, PAUSES_OF_ANYTHING, PAUSE_NOUNS } from './tables/pause-nouns.js';

const pauseNouns = new Set(PAUSE_NOUNS);
const pausesOfAnything = new Set(PAUSES_OF_ANYTHING);
const pausedFighting = new Set(PAUSED_FIGHTING);
/**
 * Words read before the trigger for its subject: far enough to pass a participle's phrase ("a
 * truce called by Russia and Turkey had begun", "the suspension of the fire and of the military
 * operations will begin"), not so far as the sentence's other acts. A relative clause is passed
 * whatever its length (`RELATIVES`).
 */
const SUBJECT_REACH = 12;
/** Words read after the trigger for its object ("began a three-day truce"). */
const OBJECT_REACH = 4;
/** Words opening a relative clause: the noun before one is the subject of the verb after it. */
const RELATIVES = new Set(['that', 'which', 'who']);
/** Tags of the words of the verb's own group, read past before its subject ("will not begin"). */
const VERB_GROUP = new Set(['AUX', 'PART', 'ADV']);
/** Tags of the words of a noun phrase, which the object read forward keeps within. */
const NOUN_PHRASE = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
/** Words after a pause of `PAUSES_OF_ANYTHING` that open what it stops. */
const OF_WHAT = new Set(['of', 'in', 'on']);

/**
 * Whether the pause of anything at `k` stops something other than fighting: "the suspension of
 * the minister", "a moratorium on executions", read by the last noun of what follows.
 */
function pausesSomethingElse(words: readonly Token[], k: number): boolean {
  const next = words[k + 1];
  if (!pausesOfAnything.has(lemma(words[k]!)) || next === undefined || !OF_WHAT.has(lemma(next)))
    return false;
  let j = k + 2;
  while (j < words.length && !isNominal(words[j])) j++;
  while (isNominal(words[j + 1])) j++;
  return j >= words.length || !pausedFighting.has(lemma(words[j]!));
}

/** A pause noun heading its run of nouns: "the truce", not "the ceasefire committees" or "calm". */
const headsAPause = (words: readonly Token[], k: number): boolean =>
  isNominal(words[k]) &&
  pauseNouns.has(lemma(words[k]!)) &&
  !isNominal(words[k + 1]) &&
  !pausesSomethingElse(words, k);

/**
 * Whether the word at `k` belongs to the trigger's own verb group, read past before its subject:
 * "will not begin", "had begun", "was meant to begin", "is due to begin".
 */
const inVerbGroup = (words: readonly Token[], k: number): boolean =>
  VERB_GROUP.has(words[k]!.pos) ||
  ((words[k]!.pos === 'VERB' || words[k]!.pos === 'ADJ') && lemma(words[k + 1]!) === 'to');

/**
 * Whether the word at `k`, read back from the trigger, opens another clause than the
 * trigger's: a subordinator, an auxiliary of another verb, or a conjunction not joining nouns
 * ("the calm ended and fighting began", not "a truce called by Russia and Turkey had begun").
 */
const closesTheSubject = (words: readonly Token[], k: number): boolean =>
  words[k]!.pos === 'SCONJ' ||
  words[k]!.pos === 'AUX' ||
  (words[k]!.pos === 'CCONJ' && !isNominal(words[k - 1]));

/**
 * Whether a pause (`PAUSE_NOUNS`) is named as what starts or what is started: before the
 * trigger, among its last `SUBJECT_REACH` words back to another clause, or as many before a
 * relative clause that runs up to it; after it, in the noun phrase of its first `OBJECT_REACH`
 * words. `words` are the sentence's words, letters only, in text order.
 */
export function namesAPause(
  trigger: { readonly start: number; readonly end: number },
  words: readonly Token[],
): boolean {
  const before = firstTokenEndingAfter(words, trigger.start);
  let k = before - 1;
  while (k >= 0 && inVerbGroup(words, k)) k--;
  let reach = before - SUBJECT_REACH;
  for (; k >= 0; k--) {
    // The relative clause ran up to the trigger: its noun, read back from here, is the subject.
    if (RELATIVES.has(lemma(words[k]!))) reach = k - SUBJECT_REACH;
    else if (closesTheSubject(words, k)) break;
    else if (k >= reach && headsAPause(words, k)) return true;
  }
  const after = firstTokenFrom(words, trigger.end);
  for (let j = after; j < Math.min(words.length, after + OBJECT_REACH); j++) {
    if (!NOUN_PHRASE.has(words[j]!.pos)) break;
    if (headsAPause(words, j)) return true;
  }
  return false;
}
