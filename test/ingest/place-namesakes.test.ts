import { describe, expect, it } from 'vitest';
import { extractionOfText } from '../support/extract-text.js';

/** Every place the claims of a text may be placed in (the rules' candidates), as name/country. */
const candidatesOf = (text: string): string[] => [
  ...new Set(
    extractionOfText(text, { model: null }).placeCandidates.flatMap((cs) =>
      cs.flatMap((c) => (c.place === null ? [] : [`${c.place.name}/${c.place.country ?? '–'}`])),
    ),
  ),
];

const placesOf = (text: string): string[] =>
  extractionOfText(text, { model: null }).claims.map(
    (c) => `${c.where?.name ?? '–'}/${c.where?.country ?? '–'}`,
  );

describe('a town with a namesake in the country the report is about (decision 0193)', () => {
  it('is the namesake at home when no other name of the report gives the town abroad its country', () => {
    // GeoNames' most populous Santa Barbara is Californian, its Tripoli the Libyan capital.
    expect(
      placesOf(
        'Army units shelled rebel positions near Iloilo City on Monday. ' +
          'Gunmen attacked a police station in Santa Barbara on Tuesday, officials said.',
      ),
    ).toContain('Santa Barbara/PH');
    expect(
      placesOf(
        'Lebanese troops clashed with gunmen in Beirut overnight. ' +
          'Gunmen attacked an army checkpoint in Tripoli on Sunday.',
      ),
    ).toContain('Tripoli/LB');
  });

  it('stays abroad where the report names that country otherwise, where it is one of our own towns, or where the namesake is a hamlet', () => {
    expect(
      placesOf(
        'Lebanese troops clashed with gunmen in Beirut overnight. Libyan militias ' +
          'attacked a checkpoint in Tripoli on Sunday, the government in Benghazi said.',
      ),
    ).toContain('Tripoli/LY');
    // Our own Washington is the US capital, whatever GeoNames' towns of that name.
    expect(
      candidatesOf(
        'The two Kurdish parties met in London in July. ' +
          'They signed an agreement in Washington on Thursday.',
      ),
    ).toContain('Washington/US');
    // Paris, Texas is a town of 25,000: a report on Texas that names Paris names France's.
    expect(
      candidatesOf(
        'Police clashed with protesters in Dallas on Friday. ' +
          'The two sides opened talks in Paris on Monday.',
      ),
    ).toContain('Paris/FR');
  });
});

describe('a name closed by a country’s adjective before a common noun', () => {
  it('ends before the adjective, which says whose the noun is', () => {
    const text = 'Clashes broke out in the Ain Sara Palestinian refugee camp near Tyre on Sunday.';
    expect(candidatesOf(text)).toContain('Ain Sara/LB');
    expect(candidatesOf(text)).not.toContain('Ain Sara Palestinian/LB');
  });
});
