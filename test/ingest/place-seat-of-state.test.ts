import { describe, expect, it } from 'vitest';
import { claimModel, withoutPlaceRanker } from '../../src/ingest/claim-model.js';
import { claimsOfText } from '../support/extract-text.js';

/**
 * The claims as the shipped weights read them, placed by the rules: a test of the rules' place,
 * which the shipped place ranker (decision 0165) may overrule and every retraining may move.
 */
const placedByRules = withoutPlaceRanker(claimModel()!);
const placesOf = (text: string): string[] =>
  claimsOfText(text, placedByRules).map(
    (c) => `${c.where?.name ?? '–'}/${c.where?.country ?? '–'}`,
  );

describe('a capital named as the seat of its state', () => {
  it('places an act whose paragraph names no place in the country, not the capital', () => {
    const text = [
      'A bomb exploded in Kathmandu on Monday, the day the government and the rebels agreed a truce.',
      '',
      'The rebels will release all prisoners within a month, the accord says.',
    ].join('\n');
    // The truce agreed that day is a claim of its own, or not, as the weights read the pair.
    const places = placesOf(text);
    expect(places[0]).toBe('Kathmandu/NP');
    expect(places.at(-1)).toBe('Nepal/NP');
  });

  it('keeps the capital where the report places its acts there more than once', () => {
    const text = [
      'Militias clashed in Kathmandu on Monday.',
      'Shells hit homes in Kathmandu on Tuesday.',
      '',
      'The rebels will release all prisoners within a month, the accord says.',
    ].join('\n');
    expect(placesOf(text).at(-1)).toBe('Kathmandu/NP');
  });
});
