import { describe, expect, it } from 'vitest';
import { claimModel } from '../../src/ingest/claim-model.js';
import { extractClaims } from '../../src/ingest/extract.js';
import {
  learnTriggers,
  readCodings,
  taughtRuleId,
  type LearnedTrigger,
  type ReadCodings,
} from '../../src/ingest/learned-triggers.js';

const KADUGLI =
  'Gunmen mortared a displacement camp east of Kadugli on Sunday night, killing four people, ' +
  'the state health ministry said on Monday.';
const DILLING = 'Militia fighters mortared the market in Dilling on Saturday, residents said.';

/** The words of `text` an analyst selected, as a span of the text. */
const spanOf = (text: string, words: string): [number, number] => {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`"${words}" is not in the text`);
  return [at, at + words.length];
};

/** A report in which an analyst coded `words` as an act of `type`, and nothing else. */
const coded = (text: string, words: string, type: LearnedTrigger['type'] = 'shelling') => {
  const span = spanOf(text, words);
  return readCodings({ text, format: 'text' }, [{ span, type }], [span]);
};
const taughtBy = (text: string, words: string, type?: LearnedTrigger['type']) =>
  coded(text, words, type).taught;

const extractWith = (text: string, triggers: readonly LearnedTrigger[] | null) => {
  const shipped = claimModel()!;
  return extractClaims(
    {
      text,
      format: 'text',
      published: '2024-03-09T18:00:00+02:00',
      timeZone: 'Africa/Khartoum',
      publisher: 'Wire',
    },
    triggers === null
      ? shipped
      : {
          ...shipped,
          reviews: { claims: 0, documents: 0, latest: null, remembered: [], triggers },
        },
  );
};

describe('words a claim coded by hand teaches', () => {
  it("teaches the act's own verb, when no table knows it", () => {
    expect(taughtBy(KADUGLI, 'Gunmen mortared a displacement camp')).toEqual([
      { lemma: 'mortar', pos: 'verb', type: 'shelling' },
    ]);
  });

  it('teaches nothing when the words hold an act the rules already read', () => {
    // "killing" is a trigger of the tables: what extraction missed was its own decision.
    expect(taughtBy(KADUGLI, 'killing four people')).toEqual([]);
  });

  it('skips verbs that go with any act, and takes the head of the noun after them', () => {
    const text = 'The militia said it carried out a sweep of the hills above the town.';
    expect(taughtBy(text, 'carried out a sweep of the hills', 'ground_operation')).toEqual([
      { lemma: 'sweep', pos: 'noun', type: 'ground_operation' },
    ]);
    // Who acted is no word of the act.
    expect(taughtBy(text, 'The militia said it carried out', 'ground_operation')).toEqual([]);
    const sorties = 'Repeated night sorties over the valley were reported by herders.';
    expect(taughtBy(sorties, 'Repeated night sorties', 'airstrike')).toEqual([
      { lemma: 'sortie', pos: 'noun', type: 'airstrike' },
    ]);
  });

  it('teaches nothing from a report whose clean text is no longer what the spans point into', () => {
    const span = spanOf(KADUGLI, 'mortared');
    const read = readCodings(
      { text: KADUGLI, format: 'text', cleanText: `Earlier: ${KADUGLI}` },
      [{ span, type: 'shelling' }],
      [span],
    );
    expect(read.taught).toEqual([]);
  });

  it('counts the uses of each word in sentences that hold no claim', () => {
    const text = `${KADUGLI} Gunmen mortared nothing else, officials said. The mortar fell silent.`;
    const read = coded(text, 'Gunmen mortared a displacement camp');
    expect(read.idle.get('verb:mortar')).toBe(1);
    expect(read.idle.get('noun:official')).toBe(1);
    expect(read.idle.get('noun:mortar')).toBe(1);
    expect(read.idle.get('noun:camp')).toBeUndefined();
  });
});

describe('learning triggers from a store’s codings', () => {
  const mortar = { lemma: 'mortar', pos: 'verb', type: 'shelling' } as const;
  const report = (taught: ReadCodings['taught'], idle: [string, number][] = []): ReadCodings => ({
    taught,
    idle: new Map(idle),
  });

  it('gives each word the type most codings gave it, the same list whatever the order', () => {
    const reports = [
      report([mortar, { ...mortar, type: 'armed_attack' }]),
      report([mortar]),
      report([{ lemma: 'torch', pos: 'verb', type: 'armed_attack' }]),
    ];
    const learned = learnTriggers(reports);
    expect(learned).toEqual([
      { lemma: 'mortar', pos: 'verb', type: 'shelling', taught: 2 },
      { lemma: 'torch', pos: 'verb', type: 'armed_attack', taught: 1 },
    ]);
    expect(learnTriggers([...reports].reverse())).toEqual(learned);
  });

  it('learns a word only where its codings outnumber its uses in sentences holding no claim', () => {
    const idle = (n: number) => report([], [['verb:mortar', n]]);
    expect(learnTriggers([report([mortar, mortar]), idle(1)])).toHaveLength(1);
    expect(learnTriggers([report([mortar, mortar]), idle(1), idle(1)])).toEqual([]);
  });

  it('unlearns a word whose suggestions reviewers rejected as often as it was taught', () => {
    const rejected = new Map([[taughtRuleId(mortar), 2]]);
    expect(learnTriggers([report([mortar, mortar])], rejected)).toEqual([]);
    expect(learnTriggers([report([mortar, mortar, mortar])], rejected)).toHaveLength(1);
  });

  it('extraction with a taught word finds the act in a report no table reads it in', () => {
    const learned = learnTriggers([coded(KADUGLI, 'mortared a displacement camp')]);
    const before = extractWith(DILLING, null).claims;
    expect(before.some((c) => c.type === 'shelling')).toBe(false);
    const after = extractWith(DILLING, learned).claims;
    const found = after.find((c) => c.rule === `trigger.${taughtRuleId(mortar)}`);
    expect(found).toMatchObject({ type: 'shelling', where: { name: 'Dilling' } });
  });
});
