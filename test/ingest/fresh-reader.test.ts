import { describe, expect, it } from 'vitest';
import { FreshReader } from '../../src/ingest/fresh-reader.js';

const tokensOf = (reader: FreshReader, text: string): string[] =>
  reader.readDoc(text).tokens().out() as string[];

const SENTENCE = "Shelling hit Marjayoun's outskirts and Khiam's market overnight.";
// Each ends a sentence with a possessive, which wink-nlp then keeps whole and remembers.
const OTHERS = [
  "The mayor said the damage was worse than in Marjayoun's.",
  "No market was busier than Khiam's.",
  'Residents of Ebel el-Saqi returned after the truce.',
];

describe('a fresh reader', () => {
  it('reads a text the same after others, whether or not it has started afresh', () => {
    for (const rebuildAfter of [1, 200_000]) {
      const reader = new FreshReader(['sbd', 'pos'], rebuildAfter);
      const first = tokensOf(reader, SENTENCE);
      expect(first).toEqual(expect.arrayContaining(['Marjayoun', "'s", 'Khiam']));
      for (const other of OTHERS) {
        tokensOf(reader, other);
        expect(tokensOf(reader, SENTENCE)).toEqual(first);
      }
    }
  });

  it('tags the same parts of speech after starting afresh', () => {
    const reader = new FreshReader(['sbd', 'pos'], 1);
    const tags = () => reader.readDoc(SENTENCE).tokens().out(reader.its.pos) as string[];
    const first = tags();
    for (const other of OTHERS) reader.readDoc(other);
    expect(tags()).toEqual(first);
  });

  it('gives a contraction kept whole the same lemma after meeting tens of thousands of new words', () => {
    const reader = new FreshReader(['sbd', 'pos']);
    // "cannot" ending a sentence stays one token, whose lemma wink-nlp reads from an index
    // past the model's words: it must not come back as some word an earlier text brought.
    const lemmas = () =>
      reader
        .readDoc('Diplomats cannot.')
        .tokens()
        .out(reader.its.lemma as never) as unknown[];
    const first = lemmas();
    let n = 0;
    for (let text = 0; text < 12; text++) {
      reader.readDoc(Array.from({ length: 5_000 }, () => `Qx${(n++).toString(36)}`).join(' '));
      expect(lemmas()).toEqual(first);
    }
  });

  it('gives the same lemma to a contraction kept whole in a text that itself brings the list past its floor', () => {
    const reader = new FreshReader(['sbd', 'pos']);
    const sentence = 'Diplomats cannot.';
    const lemmaOf = (text: string) =>
      (
        reader
          .readDoc(text)
          .tokens()
          .out(reader.its.lemma as never) as unknown[]
      ).slice(-2);
    const alone = lemmaOf(sentence);
    let n = 0;
    const newWords = (count: number) =>
      Array.from({ length: count }, () => `Qz${(n++).toString(36)}`).join(' ');
    // A new capitalised word adds two entries to the list (the word and its lower case): these
    // leave it short of the room kept for one text, so the reader does not start afresh first…
    for (let text = 0; text < 3; text++) reader.readDoc(newWords(5_000));
    // …and this text's own words carry it past the expansion pointers as it is read.
    expect(lemmaOf(`${newWords(10_000)}. ${sentence}`)).toEqual(alone);
  });
});
