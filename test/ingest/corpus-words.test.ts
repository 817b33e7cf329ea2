import { describe, expect, it } from 'vitest';
import { claimModel } from '../../src/ingest/claim-model.js';
import {
  corpusWords,
  crossFitWords,
  foldOf,
  FOLDS,
  goldCodings,
} from '../../src/ingest/corpus-words.js';
import { extractClaims } from '../../src/ingest/extract.js';
import { corpusRuleId } from '../../src/ingest/learned-triggers.js';
import type { LearnedTrigger, ReadCodings } from '../../src/ingest/learned-triggers.js';
import { corpusTraining, reportInput } from '../../src/ingest/train-claim-model.js';
import type { LabelledReport } from '../../src/ingest/train-claim-model.js';

/** A labelled report whose gold codes `anchors` as acts of `type`. */
const labelled = (
  name: string,
  text: string,
  anchors: readonly string[],
  type: LearnedTrigger['type'] = 'shelling',
): LabelledReport => ({
  name,
  text,
  gold: {
    format: 'text',
    published: '2024-03-09T18:00:00+02:00',
    timeZone: 'Africa/Khartoum',
    publisher: 'Wire',
    claims: anchors.map((anchor) => ({ type, anchor, modality: 'asserted' as const })),
  },
});

/** What a labelled report teaches, read with the rules alone as `npm run train` reads it. */
const codingsOfReport = (r: LabelledReport): ReadCodings =>
  goldCodings(r, extractClaims(reportInput(r), null, []));

const KADUGLI = labelled(
  'kadugli',
  'Gunmen mortared a displacement camp east of Kadugli on Sunday night, the state health ' +
    'ministry said on Monday. Aid workers said the camp had been quiet for weeks.',
  ['Gunmen mortared a displacement camp'],
);
const DILLING = labelled(
  'dilling',
  'Militia fighters mortared the cattle market in Dilling before dawn, residents said.',
  ['Militia fighters mortared the cattle market'],
);

describe('words the corpus teaches', () => {
  it('a word coded in sentences no table reads is learned, with its type', () => {
    const words = corpusWords([KADUGLI, DILLING].map(codingsOfReport));
    expect(words).toEqual([{ lemma: 'mortar', pos: 'verb', type: 'shelling', taught: 2 }]);
  });

  it('a word used idle more often than it was coded is not learned', () => {
    const idle = labelled(
      'babanusa',
      'Traders mortared the cracks in the grain store walls. Masons mortared the school ' +
        'walls again. Farmers mortared the well head before the rains.',
      [],
    );
    const read = [KADUGLI, DILLING, idle].map(codingsOfReport);
    expect(read[2]!.idle.get('verb:mortar')).toBe(3);
    expect(corpusWords(read)).toEqual([]);
  });

  it('a word coded once in the whole corpus is a phrasing, not a word of acts', () => {
    expect(corpusWords([codingsOfReport(KADUGLI)])).toEqual([]);
  });

  it('a taught word is read as a candidate in a new sentence, and its claim names its rule', () => {
    const mortar = { lemma: 'mortar', pos: 'verb', type: 'shelling', taught: 2 } as const;
    const text =
      'Army units mortared the outskirts of Babanusa on Tuesday, a local official told reporters.';
    const input = { ...reportInput(labelled('new', text, [])), publisher: 'Wire' };
    const without = extractClaims(input, { ...claimModel()!, words: [] });
    expect(without.claims.some((c) => c.type === 'shelling')).toBe(false);
    const read = extractClaims(input, { ...claimModel()!, words: [mortar] });
    const at = read.claims.findIndex((c) => c.rule === `trigger.${corpusRuleId(mortar)}`);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(read.claims[at]!.type).toBe('shelling');
    // `--explain` prints the explanation's rule beside the claim.
    expect(read.explanations[at]!.rule).toBe(`trigger.${corpusRuleId(mortar)}`);
  });

  it('training reads each report with the words it is given, as candidates', () => {
    const mortar = { lemma: 'mortar', pos: 'verb', type: 'shelling', taught: 2 } as const;
    const rule = `rule=trigger.${corpusRuleId(mortar)}`;
    const has = (words: readonly LearnedTrigger[]) =>
      corpusTraining([DILLING], () => words).examples.some((e) => e.features.includes(rule));
    expect(has([])).toBe(false);
    expect(has([mortar])).toBe(true);
  });
});

describe('the cross-fit of the words training reads', () => {
  // Twenty reports, each teaching a word of its own twice: learned wherever it is seen.
  const names = Array.from({ length: 20 }, (_, i) => `r${String(i + 1).padStart(3, '0')}`);
  const wordOf = (name: string) => `word${name.slice(1)}`;
  const readingOf = (name: string): ReadCodings => {
    const taught = { lemma: wordOf(name), pos: 'verb', type: 'shelling' } as const;
    return { taught: [taught, taught], idle: new Map() };
  };
  const wordsOf = crossFitWords(
    names.map((name) => ({ name })),
    readingOf,
  );

  it('never gives a report a word its own gold taught', () => {
    for (const name of names) {
      expect(wordsOf(name).map((w) => w.lemma)).not.toContain(wordOf(name));
    }
  });

  it('gives a report every word the reports of the other folds taught, and none of its fold', () => {
    for (const name of names) {
      const expected = names.filter((o) => foldOf({ name: o }) !== foldOf({ name })).map(wordOf);
      expect(wordsOf(name).map((w) => w.lemma)).toEqual(expected.sort());
    }
    expect(new Set(names.map((name) => foldOf({ name }))).size).toBeGreaterThan(1);
    expect(FOLDS).toBe(5);
  });
});
