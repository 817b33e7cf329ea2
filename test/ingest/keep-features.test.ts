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
