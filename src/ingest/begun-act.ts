import type { EventType } from '../core/vocabulary/event-types.js';
import type { Token } from './structure.js';
import { BEGINNING_FORCES, BEGUN_ACTS } from './tables/triggers.js';

const actOfNoun = new Map(BEGUN_ACTS.flatMap((a) => a.nouns.map((n) => [n, a.type] as const)));
const actOfVerb = new Map(
  BEGUN_ACTS.flatMap((a) => (a.acts ?? []).map((v) => [v, a.type] as const)),
);
const forces = new Set(BEGINNING_FORCES);
/** Relative pronouns between a noun and its verb ("the truce, which began"). */
const RELATIVES = new Set(['which', 'that', 'who']);
/** Parts of speech that may stand between a beginning verb and the noun it begins. */
const BEFORE_OBJECT = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'PART']);
const isNoun = (t: Token | undefined): boolean => t?.pos === 'NOUN' || t?.pos === 'PROPN';

/**
 * The type of a beginning (`TriggerRule.begun`), or null where the rule's own type stands: the
 * act its subject or object names (`BEGUN_ACTS`: "the truce began" a truce start, "began
 * operations against the camps" a ground operation, "began withdrawing" a withdrawal), else a
 * ground operation where a force of `BEGINNING_FORCES` is named in its sentence ("the war
 * began when government troops surrounded …": the war's first act is the force's). A pronoun
 * for subject ("since it began") and a verb begun that `BEGUN_ACTS` does not name ("began to
 * shell", typed by its own trigger) leave the rule's type.
 * `verb` is the trigger's span, `tokens` its sentence's, both into `text`.
 */
export function begunType(
  verb: { readonly start: number; readonly end: number },
  tokens: readonly Token[],
  text: string,
): EventType | null {
  const word = (t: Token): string => text.slice(t.start, t.end).toLowerCase();
  const typeOf = (t: Token): EventType | undefined =>
    actOfNoun.get(word(t)) ?? actOfNoun.get(t.lemma.toLowerCase());
  const at = tokens.findIndex((t) => t.start >= verb.start);
  if (at < 0) return null;
  // The subject: the noun before the verb, over auxiliaries, adverbs, commas and a relative.
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV' || t.pos === 'PUNCT') continue;
    if (RELATIVES.has(word(t))) continue;
    if (t.pos === 'PRON') return null;
    if (isNoun(t)) {
      const act = typeOf(t);
      if (act !== undefined) return act;
    }
    break;
  }
  // The object: the last noun of the noun phrase after the verb, or a verb it begins.
  for (let i = at + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "began to shell", "began searching": the verb begun is the act, typed by its own
    // trigger where it has one; the beginning adds no type of its own.
    if (t.pos === 'VERB') return actOfVerb.get(t.lemma.toLowerCase()) ?? null;
    if (isNoun(t)) {
      if (isNoun(tokens[i + 1])) continue;
      const act = typeOf(t);
      if (act !== undefined) return act;
      break;
    }
    if (!BEFORE_OBJECT.has(t.pos)) break;
  }
  return tokens.some((t) => isNoun(t) && forces.has(word(t))) ? 'ground_operation' : null;
}
