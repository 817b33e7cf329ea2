import { firstTokenEndingAfter, lemma } from './token.js';
import type { Token } from './token.js';
import type { EventType } from '../core/vocabulary/event-types.js';
import { ATTACK_MEANS } from './tables/attack-means.js';

const meansType = new Map(ATTACK_MEANS.flatMap((m) => m.nouns.map((n) => [n, m.type] as const)));
/** Words that stand between a subject and its verb: "had been", "reported to have", "that". */
const BETWEEN = new Set(['AUX', 'PART', 'ADV']);
const RELATIVES = new Set(['that', 'which']);
/** Words of a noun phrase before its head: "the two Libyan jets". */
const MODIFIERS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);

/**
 * The type the means named as the subject of the act whose trigger spans [start, end) makes of it,
 * or null: the head of the noun phrase just before the trigger in its clause, over auxiliaries,
 * adverbs and a relative ("a Libyan bomber that attacked", "helicopters had fired on"), where it
 * is a noun of `ATTACK_MEANS`. A subject joined to another ("infantry and tanks attacked") is
 * not one means, a head that is no noun ("they fired") tells none, and the subject of a passive
 * ("a helicopter was attacked") is what the act struck.
 */
export function meansOfAttack(
  trigger: { readonly start: number; readonly end: number },
  clause: { readonly start: number; readonly end: number },
  tokens: readonly Token[],
  text: string,
): EventType | null {
  const before = wordsBefore(trigger.start, clause.start, tokens);
  let i = 0;
  let be = false;
  while (before(i) && (BETWEEN.has(before(i)!.pos) || RELATIVES.has(lemma(before(i)!)))) {
    if (lemma(before(i)!) === 'be') be = true;
    i += 1;
  }
  // "was attacked", "were fired on"; "were attacking" is the subject's own act.
  if (be && !/^\p{L}+ing\b/iu.test(text.slice(trigger.start, trigger.end))) return null;
  const head = before(i);
  if (head?.pos !== 'NOUN') return null;
  const type = meansType.get(lemma(head)) ?? null;
  // "infantry and tanks", "jets and artillery": over the phrase's modifiers, a conjunction.
  let j = i + 1;
  while (before(j) && MODIFIERS.has(before(j)!.pos)) j += 1;
  return before(j)?.pos === 'CCONJ' ? null : type;
}

/**
 * The n-th word of letters before `at` in the clause opening at `from`, nearest first, or
 * undefined. Read back from the trigger only as far as asked: a subject lies a few words back,
 * and filtering the whole sentence for each trigger made a sentence of many acts quadratic.
 */
function wordsBefore(
  at: number,
  from: number,
  tokens: readonly Token[],
): (n: number) => Token | undefined {
  // Tokens are in text order, so those ending by `at` are a prefix.
  const read: Token[] = [];
  let k = firstTokenEndingAfter(tokens, at) - 1;
  return (n) => {
    while (read.length <= n && k >= 0 && tokens[k]!.start >= from) {
      const t = tokens[k]!;
      k -= 1;
      if (/\p{L}/u.test(t.lemma)) read.push(t);
    }
    return read[n];
  };
}
