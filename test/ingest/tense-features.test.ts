import { describe, expect, it } from 'vitest';
import { isTenseFeature, mayTellNoAct } from '../../src/ingest/claim-features.js';
import { headsLearning } from '../support/heads-learning.js';
import { extractionOfText } from '../support/extract-text.js';

/** The features the rules alone give the first claim of `type` read in `text`. */
function featuresOf(text: string, type: string): readonly string[] {
  const { claims, explanations } = extractionOfText(text, { model: null });
  const at = claims.findIndex((c) => c.type === type);
  expect(at, text).toBeGreaterThanOrEqual(0);
  return explanations[at]?.features ?? [];
}

describe('the tense a trigger is told in, which its lemma hides', () => {
  it('reads the verb group before the trigger as written', () => {
    const had = featuresOf('The army had shelled the village before the truce.', 'shelling');
    expect(had).toContain('aux=had');
    expect(had).toContain('form=past');
    const has = featuresOf('The army has shelled the village twice.', 'shelling');
    expect(has).toContain('aux=has');
    expect(has).not.toContain('aux=had');
  });

  it('tells a base form after a modal, inside a pattern’s words too, from a past form', () => {
    const will = featuresOf('The group will release ten hostages.', 'release');
    expect(will).toContain('aux=will');
    expect(will).toContain('form=base');
    expect(featuresOf('The group released ten hostages.', 'release')).toContain('form=past');
  });

  it('stops at the clause, so a verb group of another clause does not count', () => {
    const features = featuresOf(
      'The talks had ended, and the army shelled the village on Tuesday.',
      'shelling',
    );
    expect(features).not.toContain('aux=had');
  });

  it('is learned by the polarity and occurrence heads only', () => {
    for (const f of ['aux=had', 'form=past']) expect(isTenseFeature(f), f).toBe(true);
    for (const f of ['lemma=have', 'before1=have', 'cue=past-perfect'])
      expect(isTenseFeature(f), f).toBe(false);
    const heads = headsLearning(
      [
        {
          features: ['bias', 'aux=had', 'lemma=shell'],
          type: 'shelling',
          polarity: 'asserted',
          occurrence: 'background',
        },
        {
          features: ['bias', 'form=past', 'lemma=talk'],
          type: 'talks',
          polarity: 'not_happened',
          occurrence: 'happened',
        },
      ],
      isTenseFeature,
    );
    expect(heads).toEqual(['polarity', 'occurrence']);
  });

  it('names the word that opens the trigger’s clause, and a span of days set before it', () => {
    const week = featuresOf(
      'The talks opened in Geneva a week after a missile strike on the city killed 13 civilians.',
      'airstrike',
    );
    expect(week).toContain('opener=after');
    expect(week).toContain('opener=after/days');
    const hours = featuresOf(
      'Israel shelled the town hours after militants attacked an army post on Saturday.',
      'armed_attack',
    );
    expect(hours).toContain('opener=after');
    expect(hours).not.toContain('opener=after/days');
    const main = featuresOf(
      'The army shelled the village on Tuesday after the talks had ended.',
      'shelling',
    );
    expect(main.filter((f) => f.startsWith('opener='))).toEqual([]);
    expect(isTenseFeature('opener=after/days')).toBe(true);
  });

  it('names the word opening each of a long sentence’s clauses, the last as the first', () => {
    const text =
      'The army shelled Kelm on Monday a week after jets bombed Tarsa, days after gunmen ' +
      'attacked a post in Velgrad hours after rebels released ten prisoners in Ostra.';
    const { claims, explanations } = extractionOfText(text, { model: null });
    const openers = claims.map((c, k) => [
      c.type,
      (explanations[k]?.features ?? []).filter((f) => f.startsWith('opener=')),
    ]);
    expect(openers).toEqual([
      ['shelling', []],
      ['airstrike', ['opener=after', 'opener=after/days']],
      ['armed_attack', ['opener=after', 'opener=after/days']],
      ['release', ['opener=after']],
    ]);
  });

  it('leaves room for no act after a modal, "to" or a negation, not after a simple past', () => {
    const told = (text: string, type: string): boolean => mayTellNoAct(featuresOf(text, type));
    expect(told('The army would not fire on the village.', 'shelling')).toBe(true);
    expect(told('"We did not negotiate with anybody," he added.', 'talks')).toBe(true);
    expect(told('He has not said when he will return.', 'release')).toBe(true);
    // A negation written with either apostrophe is one negation.
    expect(told("The army didn't fire on the village.", 'shelling')).toBe(true);
    expect(told('The army didn’t fire on the village.', 'shelling')).toBe(true);
    expect(told('Maiteeq had no authority to negotiate alone.', 'talks')).toBe(true);
    expect(told('The army fired on the village on Tuesday.', 'shelling')).toBe(false);
    expect(told('The two sides negotiated through the night.', 'talks')).toBe(false);
  });
});
