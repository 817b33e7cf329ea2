import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/ingest/extract.js';
import { isTellerFeature } from '../../src/ingest/claim-features.js';
import { trainFromExamples } from '../../src/ingest/train-claim-model.js';

describe('a sentence told inside a quotation', () => {
  it('is read as quoted', () => {
    const { explanations } = extractClaims(
      {
        text: 'The ministry said: "The army shelled the village at dawn."',
        format: 'text',
        published: '2024-03-14T09:00:00+00:00',
        timeZone: 'UTC',
        publisher: 'Wire',
      },
      null,
    );
    expect(explanations[0]?.features.some(isTellerFeature)).toBe(true);
  });

  // Being quoted says who tells an act, not whether there is one or what it is: a report
  // quoting another outlet's paragraph reports acts as the outlet does.
  it('is learned by the polarity and occurrence heads, never by the type and keep heads', () => {
    const model = trainFromExamples(
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
      'test',
    );
    for (const head of [model.type, model.keep])
      expect(Object.keys(head.weights).some(isTellerFeature)).toBe(false);
    expect(Object.keys(model.polarity.weights).some(isTellerFeature)).toBe(true);
  });
});
