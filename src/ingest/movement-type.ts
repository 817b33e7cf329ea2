import type { EventType } from '../core/vocabulary/event-types.js';
import { wordsOfClause } from './clause-words.js';
import { firstTokenFrom, isNominal, lemma } from './token.js';
import type { Token } from './token.js';
import {
  ARRIVING_VERBS,
  CARRYING_VERBS,
  ENCLOSING_VERBS,
  FREED_NOUNS,
  FREEING_VERBS,
  HELD_PARTICIPLES,
  HOLDING_PLACES,
  INWARD_WORDS,
  LEAVING_VERBS,
  ORIGIN_WORDS,
  OUTWARD_WORDS,
  RETURN_WORDS,
  TAKEN_FROM_WORDS,
  TAKEN_TO_WORDS,
  UNARMED_NOUNS,
} from './tables/moving-forces.js';
import { MOVING_FORCE_NOUNS } from './tables/force-nouns.js';

const forceNouns = new Set(MOVING_FORCE_NOUNS);
const freedNouns = new Set(FREED_NOUNS);
const heldParticiples = new Set(HELD_PARTICIPLES);
const arriving = new Set(ARRIVING_VERBS);
const leaving = new Set(LEAVING_VERBS);
const carrying = new Set(CARRYING_VERBS);
const freeing = new Set(FREEING_VERBS);
const enclosing = new Set(ENCLOSING_VERBS);
const outward = new Set(OUTWARD_WORDS);
const inward = new Set(INWARD_WORDS);
const origin = new Set(ORIGIN_WORDS);
const returning = new Set(RETURN_WORDS);
const holdingPlaces = new Set(HOLDING_PLACES);
const takenTo = new Set(TAKEN_TO_WORDS);
const takenFrom = new Set(TAKEN_FROM_WORDS);
const unarmed = new Set(UNARMED_NOUNS);
/** Words that open a relative clause between a subject and its verb ("guerrillas who had …"). */
const RELATIVES = new Set(['who', 'which', 'that']);
/** Pronouns that stand before an object as a determiner does ("moved its forces"). */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
/** Words read after the verb for its direction ("crossed back", "moved a contingent … out of"). */
const DIRECTION_REACH = 6;

type Mover = 'force' | 'freed';

/** What a run of nouns names by its head, its last noun: a force, people held, or neither. */
function moverOf(head: Token, next: Token | undefined): Mover | null {
  const noun = lemma(head);
  if (forceNouns.has(noun)) return 'force';
  if (freedNouns.has(noun)) return 'freed';
  // People a participle says were held or freed: "Five Americans held for years in Iran".
  if (next?.pos === 'VERB' && heldParticiples.has(lemma(next))) return 'freed';
  return null;
}

/** A clause's words, punctuation left out, and where its first run of nouns starts and ends (-1: none). */
interface ClauseWords {
  readonly words: readonly Token[];
  readonly firstRun: number;
  readonly firstRunEnd: number;
}

const firstRuns = new WeakMap<readonly Token[], ClauseWords>();

/**
 * The words of `clause` among a sentence's `tokens`, letters or digits, with its first run of
 * nouns found once per clause: a clause of many verbs of moving is not read from its start again
 * for each one.
 */
function readClause(
  tokens: readonly Token[],
  clause: { readonly start: number; readonly end: number },
): ClauseWords {
  const words = wordsOfClause(tokens, clause, 'letter-or-digit');
  let read = firstRuns.get(words);
  if (read === undefined) {
    const firstRun = words.findIndex(isNominal);
    let firstRunEnd = firstRun;
    if (firstRun >= 0) while (isNominal(words[firstRunEnd + 1])) firstRunEnd += 1;
    read = { words, firstRun, firstRunEnd };
    firstRuns.set(words, read);
  }
  return read;
}

/**
 * The subject of the verb at `at` among a clause's words: the nearest run of nouns before it
 * with nothing but auxiliaries, adverbs and particles between ("19 hostages have been brought
 * out"), or the clause's first run where what stands between is a relative clause or a
 * participle's phrase after it ("guerrillas who had occupied the hotel … slipped out", "Five
 * Americans held for years in Iran landed").
 */
function subjectOf({ words, firstRun, firstRunEnd }: ClauseWords, at: number): Mover | null {
  let k = at - 1;
  while (k >= 0 && (words[k]!.pos === 'AUX' || words[k]!.pos === 'ADV' || words[k]!.pos === 'PART'))
    k -= 1;
  if (isNominal(words[k])) {
    const nearest = moverOf(words[k]!, words[k + 1]);
    if (nearest !== null) return nearest;
  }
  if (firstRun < 0 || firstRun >= at) return null;
  const next = words[firstRunEnd + 1];
  // The clause's words hold no punctuation: "paratroopers, flown in by …" is read by its participle.
  const opensModifier = next !== undefined && (RELATIVES.has(lemma(next)) || next.pos === 'VERB');
  return opensModifier ? moverOf(words[firstRunEnd]!, next) : null;
}

/**
 * What the object of the verb at `at` names, past its determiners, counts and adjectives, and past
 * "of" after a noun of a part ("moved a contingent of its forces out"). A loop, not a recursion:
 * a long run of "of" must not run out of stack.
 */
function objectOf(words: readonly Token[], at: number): Mover | 'other' | null {
  for (let from = at; ;) {
    let k = from + 1;
    // The tagger reads a noun of a part as an adjective ("a contingent of"): "of" is read past.
    while (
      k < words.length &&
      (['DET', 'NUM', 'ADJ'].includes(words[k]!.pos) ||
        POSSESSIVES.has(lemma(words[k]!)) ||
        (lemma(words[k]!) === 'of' && k > from + 1))
    )
      k += 1;
    if (!isNominal(words[k])) return null;
    let end = k;
    while (isNominal(words[end + 1])) end += 1;
    const mover = moverOf(words[end]!, words[end + 1]);
    if (mover !== null) return mover;
    if (words[end + 1] === undefined || lemma(words[end + 1]!) !== 'of') return 'other';
    from = end + 1;
  }
}

/** Past the words before a noun that are not nouns: determiners, counts, adjectives, "its". */
function pastModifiers(words: readonly Token[], from: number): number {
  let k = from;
  while (
    k < words.length &&
    (['DET', 'NUM', 'ADJ'].includes(words[k]!.pos) || POSSESSIVES.has(lemma(words[k]!)))
  )
    k += 1;
  return k;
}

/**
 * What the agent of a passive verb of arriving at `at` names, where "by" follows it: "had been
 * surrounded by ISIL fighters" closed in, "surrounded by mountains" did not.
 */
function agentOf(words: readonly Token[], at: number): Mover | null {
  if (words[at + 1] === undefined || lemma(words[at + 1]!) !== 'by') return null;
  let end = pastModifiers(words, at + 2);
  if (!isNominal(words[end])) return null;
  while (isNominal(words[end + 1])) end += 1;
  return moverOf(words[end]!, words[end + 1]);
}

/**
 * Whether people held, moved by the verb at `at`, are taken to a place of holding ("moved to
 * another hideout", "flown to a prison in the north"): read in the run of nouns after the first
 * word that leads into a place, unless a word of where they came from stands first ("brought out
 * of prison", "flown from the camp to Doha").
 */
function takenToHold(words: readonly Token[], at: number): boolean {
  for (let k = at + 1; k < words.length && k <= at + DIRECTION_REACH; k++) {
    const word = lemma(words[k]!);
    if (takenFrom.has(word)) return false;
    if (!takenTo.has(word)) continue;
    for (let n = pastModifiers(words, k + 1); isNominal(words[n]); n++)
      if (holdingPlaces.has(lemma(words[n]!))) return true;
    return false;
  }
  return false;
}

/**
 * The act a verb of moving tells, by what moves and which way (`tables/moving-forces.ts`): a
 * force moving in is a `ground_operation`, moving away a `withdrawal`; people held or freed
 * moving at all are a `release`. Null where what moves is neither, or a force's way is not said:
 * civilians who crossed, a convoy of aid that rolled in, a spokesman who moved a motion.
 */
export function movementType(
  trigger: { readonly start: number; readonly end: number },
  clause: { readonly start: number; readonly end: number },
  tokens: readonly Token[],
  text: string,
): EventType | null {
  const clauseRead = readClause(tokens, clause);
  const { words } = clauseRead;
  // Words do not overlap: the first starting at the trigger's start is the only one inside it.
  const at = firstTokenFrom(words, trigger.start);
  if (at >= words.length || words[at]!.end > trigger.end) return null;
  // A capital inside the clause makes the word part of a name: "to the Red Cross".
  if (at > 0 && /^\p{Lu}/u.test(text.slice(words[at]!.start, words[at]!.end))) return null;
  const verb = lemma(words[at]!);
  // A passive's subject moved ("were brought out"); an active verb's object moved where it is a
  // force or people held ("moved troops into the valley"), else its subject did.
  const object = objectOf(words, at);
  // A verb that carries what it moves carried something else: "dropped leaflets", "moved a motion";
  // one of getting free got free of something else: "escaped injury".
  if (object === 'other' && (carrying.has(verb) || freeing.has(verb))) return null;
  // A place closed round in the passive: what "by" names closed round it, never its subject.
  const passive =
    enclosing.has(verb) && words[at + 1] !== undefined && lemma(words[at + 1]!) === 'by';
  const mover = passive
    ? agentOf(words, at)
    : object === 'force' || object === 'freed'
      ? object
      : (subjectOf(clauseRead, at) ?? (arriving.has(verb) ? agentOf(words, at) : null));
  // People held moved from one hold to another are not freed.
  if (mover === 'freed') return takenToHold(words, at) ? null : 'release';
  if (mover !== 'force' || freeing.has(verb)) return null;
  if (leaving.has(verb)) return 'withdrawal';
  const after = words.slice(at + 1, at + 1 + DIRECTION_REACH).map(lemma);
  // A verb of arriving goes away only by its particle ("crossed back"): "crossed the border from
  // Uganda" went in, and so did a force that "crossed from Tajikistan", which says whence.
  if (arriving.has(verb)) {
    const particle = after[0] ?? '';
    return outward.has(particle) && !origin.has(particle) ? 'withdrawal' : 'ground_operation';
  }
  const k = after.findIndex((w) => outward.has(w) || inward.has(w));
  if (k < 0) return null;
  // "Moved back into Crater" went in again: "back" leaves the way to the word after it.
  const next = after[k + 1] ?? '';
  const way = returning.has(after[k]!) && inward.has(next) ? next : after[k]!;
  return outward.has(way) ? 'withdrawal' : 'ground_operation';
}

/**
 * Whether the subject of the word the trigger starts at names people unarmed
 * (`tables/moving-forces.ts`), read where a verb of moving's subject is: the nearest run of nouns
 * before it, or the clause's first where a relative clause or a verb follows it ("residents said
 * they would not leave"). Armed men who surrender or will not leave a place tell a withdrawal,
 * and so do those a pronoun or a name stands for ("we will not leave Ambon", "Chavez himself had
 * surrendered"); a suspect who surrendered to police or residents who will not leave their homes
 * tell none.
 */
export function byUnarmed(
  trigger: { readonly start: number },
  clause: { readonly start: number; readonly end: number },
  tokens: readonly Token[],
): boolean {
  const { words, firstRun, firstRunEnd } = readClause(tokens, clause);
  const at = firstTokenFrom(words, trigger.start);
  let k = at - 1;
  while (k >= 0 && (words[k]!.pos === 'AUX' || words[k]!.pos === 'ADV' || words[k]!.pos === 'PART'))
    k -= 1;
  if (isNominal(words[k]) && unarmed.has(lemma(words[k]!))) return true;
  if (firstRun < 0 || firstRun >= at) return false;
  const next = words[firstRunEnd + 1];
  const opensModifier = next !== undefined && (RELATIVES.has(lemma(next)) || next.pos === 'VERB');
  return opensModifier && unarmed.has(lemma(words[firstRunEnd]!));
}
