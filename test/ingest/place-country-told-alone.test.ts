import { describe, expect, it } from 'vitest';
import { claimModel, withoutPlaceRanker } from '../../src/ingest/claim-model.js';
import { lookupPlace } from '../../src/ingest/gazetteer.js';
import { claimsOfText as claimsWith } from '../support/extract-text.js';

/** The rules' place (the ranker may overrule it): the country is the gazetteer's reading. */
const placedByRules = withoutPlaceRanker(claimModel()!);
const placesOf = (text: string): [string | undefined, string | undefined][] =>
  claimsWith(text, placedByRules).map((c) => [c.where?.name, c.where?.country]);

describe('the country of a town that no other name of the report tells', () => {
  it('is the country the report is about, not a namesake abroad no other name points to', () => {
    expect(
      placesOf(
        'Troops clashed with militants near New City on Monday. Shelling hit Jerusalem and ' +
          'Haifa, Israel said.',
      ),
    ).toEqual([
      ['New City', 'IL'],
      ['Jerusalem', 'IL'],
    ]);
  });

  it('stays abroad where another name of the report tells that country', () => {
    const places = placesOf(
      'Government and rebel envoys met in Bürgenstock, in Switzerland, on Monday. ' +
        'Fighting went on in Kadugli and across Sudan, where shelling hit the market.',
    );
    expect(places).toContainEqual(['Bürgenstock', 'CH']);
    expect(places).toContainEqual(['Sudan', 'SD']);
  });

  it('leaves a capital abroad in its country, named alone as the venue of a signing', () => {
    const places = placesOf(
      'The two sides signed an agreement in Pretoria on Wednesday. Fighting went on in Mekelle ' +
        'and across Ethiopia on Thursday.',
    );
    expect(places).toContainEqual(['Pretoria', 'ZA']);
    expect(places).toContainEqual(['Ethiopia', 'ET']);
  });
});

describe('Palestine', () => {
  it('is the Palestinian territories as a country, not a town in Texas', () => {
    expect(lookupPlace('Palestine')).toMatchObject({ precision: 'country', country: 'PS' });
    expect(lookupPlace('State of Palestine')?.country).toBe('PS');
  });

  it('places an act told in it in that country', () => {
    expect(
      placesOf(
        'Arab armies invaded Palestine on Saturday. Heavy fighting broke out in Palestine on Sunday.',
      ),
    ).toEqual([
      ['Palestine', 'PS'],
      ['Palestine', 'PS'],
    ]);
  });
});
