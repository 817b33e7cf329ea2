import { readFileSync } from 'node:fs';
import type { TriggerLemma } from './tables/trigger-lemmas.js';
import { TRIGGER_LEMMAS } from './tables/trigger-lemmas.js';
import type { TriggerRule } from './tables/triggers.js';

/**
 * What `npm run train` writes to `models/trigger-lexicon.json`: for each part of speech, the
 * WordNet words that stand for a lemma entry of `tables/trigger-lemmas.ts` (its synonyms in
 * the senses it names, and their hyponyms where it asks), by the entry's key.
 */
export interface TriggerLexiconFile {
  readonly source: string;
  readonly words: Readonly<Record<'verb' | 'noun', Readonly<Record<string, readonly string[]>>>>;
}

/** "release.verb": how an entry of the lemma table is named in the lexicon and in rule ids. */
export const lemmaKey = (entry: Pick<TriggerLemma, 'lemma' | 'pos'>): string =>
  `${entry.lemma}.${entry.pos}`;

export const LEXICON_URL = new URL('./models/trigger-lexicon.json', import.meta.url);

let byWord: Map<string, TriggerRule[]> | undefined;

/**
 * The trigger rules a token's lemma stands for, by "pos:lemma": each entry's own lemma, and the
 * WordNet words the lexicon gives it. Read on first use; an entry the lexicon does not know yet
 * (added since the last `npm run train`) matches its own lemma only.
 */
export function lemmaTriggers(): ReadonlyMap<string, readonly TriggerRule[]> {
  if (byWord !== undefined) return byWord;
  const lexicon = JSON.parse(readFileSync(LEXICON_URL, 'utf8')) as TriggerLexiconFile;
  const rules = new Map(
    TRIGGER_LEMMAS.map((entry) => [
      lemmaKey(entry),
      {
        id: `lemma.${lemmaKey(entry)}`,
        type: entry.type,
        pattern: '',
        cues: [],
        ...(entry.negatedType === undefined ? {} : { negatedType: entry.negatedType }),
        ...(entry.placeType === undefined ? {} : { placeType: entry.placeType }),
        ...(entry.aimedType === undefined ? {} : { aimedType: entry.aimedType }),
        ...(entry.peopleType === undefined ? {} : { peopleType: entry.peopleType }),
        ...(entry.peopleOnly === undefined ? {} : { peopleOnly: entry.peopleOnly }),
        ...(entry.pauseOnly === undefined ? {} : { pauseOnly: entry.pauseOnly }),
        ...(entry.armedMenType === undefined ? {} : { armedMenType: entry.armedMenType }),
        ...(entry.byMeans === undefined ? {} : { byMeans: entry.byMeans }),
        ...(entry.byMover === undefined ? {} : { byMover: entry.byMover }),
        ...(entry.stateBeforeNoun === undefined ? {} : { stateBeforeNoun: entry.stateBeforeNoun }),
      } satisfies TriggerRule,
    ]),
  );
  const found = new Map<string, TriggerRule[]>();
  const add = (pos: string, word: string, key: string): void => {
    const rule = rules.get(key);
    if (rule === undefined) return; // an entry since removed from the table
    const at = `${pos}:${word}`;
    const list = found.get(at) ?? found.set(at, []).get(at)!;
    if (!list.includes(rule)) list.push(rule);
  };
  for (const entry of TRIGGER_LEMMAS) add(entry.pos, entry.lemma, lemmaKey(entry));
  for (const pos of ['verb', 'noun'] as const) {
    for (const [word, keys] of Object.entries(lexicon.words[pos])) {
      for (const key of keys) add(pos, word, key);
    }
  }
  byWord = found;
  return found;
}

/**
 * WordNet's own detachment rules (morphy), for words the tagger leaves unlemmatised: the light
 * model reads an unfamiliar "liberated" as an adjective. Each [ending, replacement].
 */
const DETACH: Readonly<Record<TriggerLemma['pos'], readonly (readonly [string, string])[]>> = {
  verb: [
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['s', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  noun: [
    ['ies', 'y'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['ses', 's'],
    ['xes', 'x'],
    ['s', ''],
  ],
};

/** Tags whose words may be a verb or a noun of the table, before and after detaching endings. */
const READ_AS: Readonly<Record<string, readonly TriggerLemma['pos'][]>> = {
  VERB: ['verb'],
  AUX: [],
  ADJ: ['verb'],
  NOUN: ['noun'],
};

const PAST_TENSE = /\p{L}{3}ed$/u;
const NOUN_OR_PAST: readonly TriggerLemma['pos'][] = ['noun', 'verb'];

/**
 * The rules a token stands for, given its text, its lemma and its wink-nlp tag: the lemma first,
 * else the word with an ending detached ("kidnapped" → kidnap, doubled consonant and all).
 * `afterHave` says the word follows a form of "have", where it is a participle whatever its tag.
 */
export function triggersOfToken(
  word: string,
  lemma: string,
  tag: string,
  afterHave = false,
): readonly TriggerRule[] {
  const lower = word.toLowerCase();
  // The light model tags an unfamiliar past tense after a name as a noun ("Police rescued …"),
  // and an irregular participle after "had" too ("had overrun", "had fought").
  const as = tag === 'NOUN' && (afterHave || PAST_TENSE.test(lower)) ? NOUN_OR_PAST : READ_AS[tag];
  if (as === undefined || as.length === 0) return [];
  const table = lemmaTriggers();
  for (const pos of as) {
    // An adjective counts only as a verb's participle: "free" in "a free hand" is no release.
    const direct = tag === 'ADJ' ? undefined : table.get(`${pos}:${lemma}`);
    if (direct !== undefined) return direct;
    for (const [ending, replacement] of DETACH[pos]) {
      if (tag === 'ADJ' && !ending.startsWith('e') && !ending.startsWith('i')) continue;
      if (!lower.endsWith(ending) || lower.length <= ending.length + 2) continue;
      const stem = lower.slice(0, lower.length - ending.length);
      const found =
        table.get(`${pos}:${stem}${replacement}`) ??
        (replacement === '' && stem.at(-1) === stem.at(-2)
          ? table.get(`${pos}:${stem.slice(0, -1)}`)
          : undefined);
      if (found !== undefined) return found;
    }
  }
  return [];
}
