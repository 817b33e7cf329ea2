import { describe, expect, it } from 'vitest';
import { isTellerFeature } from '../../src/ingest/claim-features.js';
import { extractionOfText } from '../support/extract-text.js';
import { headsLearning } from '../support/heads-learning.js';

describe('a sentence told inside a quotation', () => {
  it('is read as quoted', () => {
    const { explanations } = extractionOfText(
      'The ministry said: "The army shelled the village at dawn."',
      { model: null },
    );
    expect(explanations[0]?.features.some(isTellerFeature)).toBe(true);
  });

  // Being quoted says who tells an act, not whether there is one or what it is: a report
  // quoting another outlet's paragraph reports acts as the outlet does.
  it('is learned by the polarity and occurrence heads, never by the type and keep heads', () => {
    const heads = headsLearning(
      [
        {
          features: ['bias', 'quoted', 'lemma=propose'],
          type: 'none',
          polarity: null,
          occurrence: null,
        },
        {
          features: ['bias', 'quoted', 'lemma=shell'],
          type: 'shelling',
          polarity: 'denied',
          occurrence: 'happened',
        },
        {
          features: ['bias', 'lemma=shell'],
          type: 'shelling',
          polarity: 'asserted',
          occurrence: 'background',
        },
      ],
      isTellerFeature,
    );
    expect(heads).toEqual(['polarity', 'occurrence']);
  });
});
