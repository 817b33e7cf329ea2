import { expect } from 'vitest';
import { foldName } from '../../src/core/text/fold-name.js';
import { compilePattern, matchText } from '../../src/ingest/compile-pattern.js';
import { NOT_EVENTS, TRIGGERS } from '../../src/ingest/tables/triggers.js';
import { wordsOf } from '../../src/ingest/word-index.js';

/**
 * Every match of a trigger or non-event pattern in these texts contains one of its cues, so
 * skipping sentences without a cue loses nothing.
 */
export function expectEveryMatchHasACue(rawTexts: readonly string[]): void {
  const texts = rawTexts.map(matchText);
  for (const rule of [...TRIGGERS, ...NOT_EVENTS.map((n, i) => ({ ...n, id: `not-event ${i}` }))]) {
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
}
