import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

const placesOf = (text: string): (string | null)[] =>
  claimsOfText(text).map((c) => c.where?.name ?? null);

describe('where a claim happened when its own clause names no place', () => {
  it('takes the place its sentence names in another clause', () => {
    expect(
      placesOf('Fighting flared in the town of Adigrat on Friday, and jets bombed the market.'),
    ).toEqual(['Ādīgrat', 'Ādīgrat']);
  });

  it('takes the last place told earlier in its paragraph, else the town the report names most', () => {
    expect(
      placesOf(
        'Heavy fighting was reported in Omdurman on Monday. Shelling hit Omdurman on Tuesday.\n\n' +
          'Clashes were reported in Nyala on Wednesday. Later, jets bombed the market.\n\n' +
          'Drones struck the airport on Thursday.',
      ),
    ).toEqual(['Omdurman', 'Omdurman', 'Nyala', 'Nyala', 'Omdurman']);
  });

  it('gives a claim no place where the report names no town', () => {
    expect(placesOf('Drones struck the airport on Thursday.')).toEqual([null]);
  });
});

describe('small places GeoNames knows', () => {
  it('counts a small town after a locative word when the report places something in its country', () => {
    expect(
      placesOf(
        'Fighting went on around Juba on Monday. Militia fighters overran a garrison in Nasir on Tuesday.',
      ),
    ).toContain('Nasir');
  });

  it('leaves a small town out where the report names nothing else in its country', () => {
    expect(placesOf('Militia fighters overran a garrison in Nasir on Tuesday.')).toEqual([null]);
  });
});
