import { describe, expect, it } from 'vitest';
import { movementType } from '../../src/ingest/movement-type.js';
import type { Token } from '../../src/ingest/token.js';
import { countedReads } from '../support/counted-reads.js';

/** One clause of `count` times "troops moved in", tagged as the tagger tags it. */
function manyMoves(count: number): { text: string; tokens: Token[]; verbs: Token[] } {
  let text = '';
  const tokens: Token[] = [];
  for (let i = 0; i < count; i++) {
    for (const [word, lemma, pos] of [
      ['troops', 'troop', 'NOUN'],
      ['moved', 'move', 'VERB'],
      ['in', 'in', 'ADP'],
    ] as const) {
      const start = text.length;
      text += `${word} `;
      tokens.push({ start, end: start + word.length, lemma, pos });
    }
  }
  return { text, tokens, verbs: tokens.filter((t) => t.pos === 'VERB') };
}

describe('the act a verb of moving tells', () => {
  it('reads a clause of many verbs of moving once, not once for each verb', () => {
    const { text, tokens, verbs } = manyMoves(2000);
    // Each read of a word of the sentence, or of one of its fields, counts once.
    const { items: counted, reads } = countedReads(tokens);
    const clause = { start: 0, end: text.length };
    const types = verbs.map((v) => movementType(v, clause, counted, text));
    expect(types.every((t) => t === 'ground_operation')).toBe(true);
    // Read whole for each verb, the 6,000 words would be read 2,000 times over.
    expect(reads()).toBeLessThan(60 * tokens.length);
  });
});

describe('the object of a verb of moving', () => {
  it('is read past a long run of "of" without running out of stack', () => {
    let text = 'landed ';
    const tokens: Token[] = [{ start: 0, end: 6, lemma: 'land', pos: 'VERB' }];
    for (let i = 0; i < 50_000; i++) {
      for (const [word, pos] of [
        ['town', 'NOUN'],
        ['of', 'ADP'],
      ] as const) {
        const start = text.length;
        text += `${word} `;
        tokens.push({ start, end: start + word.length, lemma: word, pos });
      }
    }
    const start = text.length;
    text += 'troops';
    tokens.push({ start, end: start + 6, lemma: 'troop', pos: 'NOUN' });
    // The force at the end of the run is what landed.
    expect(movementType(tokens[0]!, { start: 0, end: text.length }, tokens, text)).toBe(
      'ground_operation',
    );
  });
});
