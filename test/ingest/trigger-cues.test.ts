import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/core/text/fold-name.js';
import { compilePattern, matchText } from '../../src/ingest/compile-pattern.js';
import { NOT_EVENTS, TRIGGERS } from '../../src/ingest/tables/triggers.js';
import { wordsOf } from '../../src/ingest/word-index.js';

const CORPUS = fileURLToPath(new URL('../corpus/train/', import.meta.url));
const SEED = fileURLToPath(new URL('../../../shared/seed/', import.meta.url));
const read = (dir: string, files: string[]): string[] =>
  files.map((f) => matchText(readFileSync(join(dir, f), 'utf8')));
const texts = [
  ...read(
    CORPUS,
    readdirSync(CORPUS).filter((f) => !f.endsWith('.json')),
  ),
  // The seed report when it is there; its own test fails loudly when it is not.
  ...(existsSync(SEED)
    ? read(
        SEED,
        readdirSync(SEED).filter((f) => f.endsWith('.txt')),
      )
    : []),
];

describe('trigger cues', () => {
  it('every match of a trigger or non-event pattern contains one of its cues, so skipping sentences loses nothing', () => {
    for (const rule of [
      ...TRIGGERS,
      ...NOT_EVENTS.map((n, i) => ({ ...n, id: `not-event ${i}` })),
    ]) {
      const prefixes = rule.cues.map((c) => foldName(c.split(' ')[0] ?? c));
      for (const text of texts) {
        for (const m of text.matchAll(compilePattern(rule.pattern))) {
          const words = wordsOf(m[0]).map((w) => w.folded);
          expect(
            words.some((w) => prefixes.some((p) => w.startsWith(p))),
            `${rule.id}: “${m[0]}” has none of its cues`,
          ).toBe(true);
        }
      }
    }
  });
});
