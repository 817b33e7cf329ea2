import { describe, expect, it } from 'vitest';
import { claimModel, withoutPlaceRanker } from '../../src/ingest/claim-model.js';
import { lookupPlace } from '../../src/ingest/gazetteer.js';
import { claimsOfText as claimsWith } from '../support/extract-text.js';

/** The rules' place (the ranker may overrule it): name, country and latitude to a degree. */
const placedByRules = withoutPlaceRanker(claimModel()!);
const placesOf = (text: string): [string | undefined, string | undefined, number | undefined][] =>
  claimsWith(text, placedByRules).map((c) => [
    c.where?.name,
    c.where?.country,
    c.where?.lat === null || c.where?.lat === undefined ? undefined : Math.round(c.where.lat),
  ]);

// The first extraction loads the gazetteers and the lexicon: slow on a loaded machine.
describe('a town GeoNames spells with "Saint" or "St"', { timeout: 120_000 }, () => {
  it('is the town of the other spelling where that town is far more populous', () => {
    expect(lookupPlace('St Petersburg')).toMatchObject({ name: 'Saint Petersburg', country: 'RU' });
    expect(lookupPlace('St. Petersburg')).toMatchObject({
      name: 'Saint Petersburg',
      country: 'RU',
    });
  });

  it('places an act in Russia, not in Florida', () => {
    expect(
      placesOf(
        'Police detained two activists in St Petersburg on Friday. A court in Moscow freed ' +
          'them on bail, Russian officials said.',
      )[0],
    ).toEqual(['Saint Petersburg', 'RU', 60]);
  });

  it('is the town spelt so where the other spelling’s is not far more populous', () => {
    expect(lookupPlace('Saint-Louis')).toMatchObject({ name: 'Saint-Louis', country: 'SN' });
    expect(lookupPlace('St Louis')).toMatchObject({ name: 'St. Louis', country: 'US' });
    expect(lookupPlace("Saint John's")).toMatchObject({ country: 'AG' });
    expect(
      placesOf('Rebels shelled Saint-Louis on Friday, the government of Senegal said.')[0],
    ).toEqual(['Saint-Louis', 'SN', 16]);
  });
});

describe('a town whose name is also an area abroad', { timeout: 120_000 }, () => {
  it('is the town of the report’s own country where no other name tells the namesake’s', () => {
    expect(
      placesOf(
        'Peruvian planes dropped bombs on Santa Rosa on Wednesday, Ecuador said. Fighting went ' +
          'on near Machala and across Ecuador on Thursday.',
      )[0],
    ).toEqual(['Santa Rosa', 'EC', -3]);
  });

  it('stays the town the name and its area both name', () => {
    expect(
      placesOf(
        'Riot police clashed with protesters in Hamburg during the summit of world leaders. ' +
          'In New York and Chicago, police arrested dozens of marchers, officials in Texas and ' +
          'Ohio said.',
      )[0],
    ).toEqual(['Hamburg', 'DE', 54]);
  });
});
