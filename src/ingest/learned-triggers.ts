import type { EventType } from '../core/vocabulary/event-types.js';
import type { DocumentFormat } from '../core/evidence/document.js';
import { cleanText } from './clean-text.js';
import { structureText } from './structure.js';
import type { Token } from './token.js';
import type { TriggerRule } from './tables/triggers.js';
import { UNTAUGHT_NOUNS, UNTAUGHT_VERBS } from './tables/untaught-words.js';
import { triggersOfToken } from './trigger-lexicon.js';

/**
 * A word a store's hand-coded claims taught: an analyst selected words the rules found no act
 * in, and coded them as an act of `type`. `truce model train` keeps these beside the weights,
 * and extraction with that store's model reads the word as a trigger of that type.
 */
export interface LearnedTrigger {
  readonly lemma: string;
  readonly pos: 'verb' | 'noun';
  readonly type: EventType;
  /** How many hand-coded claims taught it this type. */
  readonly taught: number;
}

/** A claim an analyst coded from a report's words: where in the clean text, and its type. */
export interface HandCoding {
  readonly span: readonly [number, number];
  readonly type: EventType;
}

const TAG_POS: Readonly<Record<string, LearnedTrigger['pos']>> = { VERB: 'verb', NOUN: 'noun' };
const untaught = new Set([
  ...UNTAUGHT_VERBS.map((w) => `verb:${w}`),
  ...UNTAUGHT_NOUNS.map((w) => `noun:${w}`),
]);
const LETTERS = /^\p{Ll}[\p{Ll}-]+$/u;

/** Rule ids of learned triggers start so: `--explain` and the classifier tell them apart. */
const TAUGHT = 'reviewed.';
export const isTaughtRule = (ruleId: string): boolean => ruleId.startsWith(TAUGHT);

/**
 * The act's own word in words an analyst coded: the first verb of the span that no trigger
 * table knows; else the head of the first run of nouns after the span's last verb (the
 * "sweep" of "carried out a sweep of the hills", the "barrage" of "artillery barrages"). Null
 * when the span holds a word the rules already read as an act (what they missed was their
 * decision, which the reviewed examples teach), or only words that go with any act.
 */
export function wordTaught(
  text: string,
  tokens: readonly Token[],
  span: readonly [number, number],
): Pick<LearnedTrigger, 'lemma' | 'pos'> | null {
  const inside = tokens.filter((t) => t.start >= span[0] && t.end <= span[1]);
  if (inside.some((t) => triggersOfToken(text.slice(t.start, t.end), t.lemma, t.pos).length > 0))
    return null;
  const teaches = (t: Token, pos: LearnedTrigger['pos']): boolean => {
    const lemma = t.lemma.toLowerCase();
    return TAG_POS[t.pos] === pos && LETTERS.test(lemma) && !untaught.has(`${pos}:${lemma}`);
  };
  const verb = inside.find((t) => teaches(t, 'verb'));
  if (verb !== undefined) return { lemma: verb.lemma.toLowerCase(), pos: 'verb' };
  const lastVerb = inside.findLastIndex((t) => t.pos === 'VERB');
  const from = inside.findIndex((t, i) => i > lastVerb && t.pos === 'NOUN');
  if (from < 0) return null;
  let head = from;
  while (inside[head + 1]?.pos === 'NOUN') head++;
  const noun = inside[head]!;
  return teaches(noun, 'noun') ? { lemma: noun.lemma.toLowerCase(), pos: 'noun' } : null;
}

/** Words taught, and uses of words in sentences that hold no claim: what learning weighs. */
export interface ReadCodings {
  readonly taught: readonly { lemma: string; pos: LearnedTrigger['pos']; type: EventType }[];
  /** By "pos:lemma": sentences of the reviewed report that use the word and hold no claim. */
  readonly idle: ReadonlyMap<string, number>;
}

/**
 * Reads one reviewed report as extraction does: the words each hand-coded claim teaches, and
 * how often each word is used in a sentence no claim of the report (`claims`: the spans of
 * every claim it holds, coded or accepted) overlaps, which is how often a trigger of that word
 * would have been wrong here. `cleanText`, where given, is the text the spans point into: a
 * report whose cleaning has since changed teaches nothing, rather than words at wrong offsets.
 */
export function readCodings(
  report: {
    readonly text: string;
    readonly format: DocumentFormat;
    readonly cleanText?: string | null;
  },
  codings: readonly HandCoding[],
  claims: readonly (readonly [number, number])[],
): ReadCodings {
  const structure = structureText(cleanText(report.text, report.format));
  if (report.cleanText != null && report.cleanText !== structure.text) {
    return { taught: [], idle: new Map() };
  }
  const taught = codings.flatMap((c) => {
    const word = wordTaught(structure.text, structure.tokens, c.span);
    return word === null ? [] : [{ ...word, type: c.type }];
  });
  const idle = new Map<string, number>();
  let t = 0;
  for (const s of structure.sentences) {
    const used = new Set<string>();
    for (; t < structure.tokens.length && structure.tokens[t]!.start < s.end; t++) {
      const token = structure.tokens[t]!;
      const pos = TAG_POS[token.pos];
      if (pos !== undefined && token.start >= s.start)
        used.add(`${pos}:${token.lemma.toLowerCase()}`);
    }
    if (claims.some(([a, b]) => a < s.end && s.start < b)) continue;
    for (const key of used) idle.set(key, (idle.get(key) ?? 0) + 1);
  }
  return { taught, idle };
}

/**
 * The triggers a store's codings teach: each word with the type most of its codings gave it
 * (ties to the type named first alphabetically), where its codings outnumber the reviewed
 * sentences that use it and hold no claim (a trigger of it would be right more often than
 * wrong), and reviewers rejected fewer of the claims it suggested than analysts coded with it.
 * Sorted, so the same reviews give the same list.
 */
export function learnTriggers(
  read: readonly ReadCodings[],
  rejected: ReadonlyMap<string, number> = new Map(),
): LearnedTrigger[] {
  const byWord = new Map<string, Map<EventType, number>>();
  const idle = new Map<string, number>();
  for (const r of read) {
    for (const t of r.taught) {
      const key = `${t.pos}:${t.lemma}`;
      const types = byWord.get(key) ?? byWord.set(key, new Map()).get(key)!;
      types.set(t.type, (types.get(t.type) ?? 0) + 1);
    }
    for (const [key, n] of r.idle) idle.set(key, (idle.get(key) ?? 0) + n);
  }
  const learned: LearnedTrigger[] = [];
  for (const [key, types] of byWord) {
    const [pos, lemma] = key.split(':') as [LearnedTrigger['pos'], string];
    const [type, count] = [...types].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    const total = [...types.values()].reduce((a, b) => a + b, 0);
    if (total <= (idle.get(key) ?? 0)) continue;
    if ((rejected.get(taughtRuleId({ lemma, pos })) ?? 0) >= total) continue;
    learned.push({ lemma, pos, type, taught: count });
  }
  return learned.sort((a, b) => (a.pos + a.lemma < b.pos + b.lemma ? -1 : 1));
}

/** "reviewed.shell.verb": the id a learned trigger's claims carry as their rule. */
export const taughtRuleId = (t: Pick<LearnedTrigger, 'lemma' | 'pos'>): string =>
  `${TAUGHT}${t.lemma}.${t.pos}`;

/** Learned triggers as rules, by "pos:lemma" as wink-nlp tags and lemmatises a token. */
export function taughtRules(
  learned: readonly LearnedTrigger[] | undefined,
): ReadonlyMap<string, TriggerRule> {
  return new Map(
    (learned ?? []).map((t) => [
      `${t.pos}:${t.lemma}`,
      { id: taughtRuleId(t), type: t.type, pattern: '', cues: [] } satisfies TriggerRule,
    ]),
  );
}

/** The learned rule a token stands for, when the tables know none. */
export function taughtRuleOf(
  rules: ReadonlyMap<string, TriggerRule>,
  token: Token,
): TriggerRule | undefined {
  const pos = TAG_POS[token.pos];
  return pos === undefined ? undefined : rules.get(`${pos}:${token.lemma.toLowerCase()}`);
}
