import { describe, expect, it } from 'vitest';
import { isWhetherFeature } from '../../src/ingest/claim-features.js';
import { trainFromExamples } from '../../src/ingest/train-claim-model.js';
import { extractionOfText } from '../support/extract-text.js';

/** The features the rules alone give each claim of `text`, by the claim's type. */
function featuresByType(text: string): Map<string, readonly string[]> {
  const { claims, explanations } = extractionOfText(text, { model: null });
  return new Map(claims.map((c, i) => [c.type, explanations[i]?.features ?? []]));
}

describe('what the keep head sees of a mention that tells no act of its own', () => {
  it('marks a noun trigger that names the kind of the noun right after it', () => {
    const features = featuresByType('A drone attack set fire to a fuel depot near the port.');
    expect(features.get('airstrike')).toContain('modifier');
    expect(features.get('armed_attack') ?? []).not.toContain('modifier');
  });

  it('does not mark a noun trigger followed by a verb, a comma or a preposition', () => {
    for (const text of [
      'The drones struck a fuel depot near the port.',
      'Overnight drones, the army said, struck a fuel depot.',
      'Drones from the north struck a fuel depot.',
    ]) {
      const features = featuresByType(text).get('airstrike');
      expect(features, text).toBeDefined();
      expect(features, text).not.toContain('modifier');
    }
  });

  it('marks an act hoped for, and not one told as done', () => {
    const hoped = featuresByType('The envoy hoped the two sides would extend the truce.');
    expect(hoped.get('truce_extended')).toContain('cue=hope');
    const done = featuresByType('The two sides extended the truce on Tuesday.');
    expect(done.get('truce_extended')).not.toContain('cue=hope');
  });
});

describe('features that say whether a trigger reports anything, not how it is told', () => {
  it('are learned by the keep and type heads and left out of the polarity and occurrence heads', () => {
    for (const f of ['modifier', 'cue=hope', 'with=airstrike', 'others=1', 'first', 'later'])
      expect(isWhetherFeature(f), f).toBe(true);
    for (const f of ['cue=past-perfect', 'cue=expected', 'lemma=attack', 'before1=the'])
      expect(isWhetherFeature(f), f).toBe(false);
    const model = trainFromExamples(
      [
        {
          features: ['bias', 'modifier', 'cue=hope', 'lemma=strike'],
          type: 'airstrike',
          polarity: 'asserted',
          occurrence: 'happened',
        },
        {
          features: ['bias', 'cue=past-perfect', 'lemma=strike'],
          type: 'none',
          polarity: null,
          occurrence: null,
        },
        {
          features: ['bias', 'lemma=talk'],
          type: 'talks',
          polarity: 'denied',
          occurrence: 'background',
        },
      ],
      'test',
    );
    for (const head of [model.polarity, model.occurrence]) {
      expect(Object.keys(head.weights)).not.toContain('modifier');
      expect(Object.keys(head.weights)).not.toContain('cue=hope');
    }
    const learnedByKeep = Object.keys(model.keep.weights);
    expect(learnedByKeep.some((f) => f === 'modifier' || f === 'cue=hope')).toBe(true);
  });
});

/** The features the rules alone give each claim of `text`, in text order, with its type. */
function featuresInOrder(
  text: string,
  options: Parameters<typeof extractionOfText>[1] = {},
): { type: string; features: readonly string[] }[] {
  const { claims, explanations } = extractionOfText(text, { model: null, ...options });
  return claims.map((c, i) => ({ type: c.type, features: explanations[i]?.features ?? [] }));
}

describe('what the keep head sees of an act the report told before', () => {
  it('marks a type claimed in an earlier sentence of the same paragraph', () => {
    const read = featuresInOrder(
      'Militants released four detainees near Rafah on Monday. The group released the four after a day of delays.',
    ).filter((c) => c.type === 'release');
    expect(read).toHaveLength(2);
    expect(read[0]!.features.some((f) => f.startsWith('told-before='))).toBe(false);
    expect(read[1]!.features).toContain('told-before=paragraph');
  });

  it('marks a type claimed in an earlier paragraph apart from one in the same paragraph', () => {
    const read = featuresInOrder(
      'Militants released four detainees near Rafah on Monday.\n\nOfficials said the group released the four after a day of delays.',
    ).filter((c) => c.type === 'release');
    expect(read).toHaveLength(2);
    expect(read[1]!.features).toContain('told-before=report');
    expect(read[1]!.features).not.toContain('told-before=paragraph');
  });

  it('marks a retelling that names neither a place nor a time, and not one that adds them', () => {
    const bare = featuresInOrder(
      'Militants released four detainees near Rafah on Monday. The group said it released them as a gesture.',
    ).filter((c) => c.type === 'release');
    expect(bare[1]?.features).toContain('told-before=paragraph/bare');
    const adds = featuresInOrder(
      'Militants released four detainees near Rafah on Monday. On Wednesday the group released six more in Khan Younis.',
    ).filter((c) => c.type === 'release');
    expect(adds[1]?.features).toContain('told-before=paragraph');
    expect(adds[1]?.features).not.toContain('told-before=paragraph/bare');
  });

  it('does not mark a type told for the first time after another type', () => {
    const read = featuresInOrder(
      'Artillery shelled the outskirts of Kharkiv overnight. On Friday the militia freed two soldiers.',
    );
    expect(read.map((c) => c.type)).toEqual(['shelling', 'release']);
    expect(read[1]!.features.some((f) => f.startsWith('told-before='))).toBe(false);
  });
});

describe('who the keep head sees named as the agent of an act', () => {
  const agreement = {
    parties: [
      { id: 'israel', aliases: ['Israel', 'Israeli forces', 'the Israeli army'] },
      { id: 'hamas', aliases: ['Hamas'] },
    ],
  };

  it('tells a side of the agreement named before the trigger from someone else and no one', () => {
    const side = featuresInOrder(
      'Israeli forces shelled the outskirts of Khan Younis on Tuesday.',
      {
        agreement,
      },
    );
    expect(side[0]?.features).toContain('agent=side');
    const other = featuresInOrder(
      'Residents said the outskirts of Khan Younis were shelled on Tuesday.',
      { agreement },
    );
    expect(other[0]?.features).not.toContain('agent=side');
    const none = featuresInOrder('Shelling hit the outskirts of Khan Younis on Tuesday.', {
      agreement,
    });
    expect(none[0]?.features).toContain('agent=none');
  });
});

describe('a text or the talks as the subject of an act', () => {
  it('marks a term the agreement provides for, and not the act a side did', () => {
    const term = featuresInOrder('The agreement provides for the release of all detainees.');
    expect(term.find((c) => c.type === 'release')?.features).toContain('cue=thing-subject');
    const act = featuresInOrder('The militia released all its detainees on Sunday.');
    expect(act.find((c) => c.type === 'release')?.features).not.toContain('cue=thing-subject');
    const terms = featuresInOrder(
      'The terms of the accord provide for the release of all captives.',
    );
    expect(terms.find((c) => c.type === 'release')?.features).toContain('cue=thing-subject');
    const setting = featuresInOrder('Under the deal the militia released twenty detainees.');
    expect(setting.find((c) => c.type === 'release')?.features).not.toContain('cue=thing-subject');
    for (const text of [
      'Under the terms of the accord the rebels freed nine hostages.',
      'According to the plan the army withdrew two battalions from the ridge.',
    ]) {
      const found = featuresInOrder(text).find((c) => c.type !== 'agreement_announced');
      expect(found?.features).toBeDefined();
      expect(found?.features).not.toContain('cue=thing-subject');
    }
  });

  it('is learned by the keep and type heads only', () => {
    for (const f of ['cue=thing-subject', 'told-before=paragraph', 'agent=side', 'agent=none'])
      expect(isWhetherFeature(f), f).toBe(true);
  });
});
