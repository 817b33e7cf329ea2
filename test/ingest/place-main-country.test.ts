import { describe, expect, it } from 'vitest';
import { claimModel, withoutPlaceRanker } from '../../src/ingest/claim-model.js';
import { mainCountryOf } from '../../src/ingest/main-country.js';
import { claimsOfText as claimsWith } from '../support/extract-text.js';

/** The rules' place (the ranker may overrule it): the country is the gazetteer's reading. */
const placedByRules = withoutPlaceRanker(claimModel()!);
const placesOf = (text: string): [string | undefined, string | undefined][] =>
  claimsWith(text, placedByRules).map((c) => [c.where?.name, c.where?.country]);

describe("the report's own country, given to a place no gazetteer knows", () => {
  it('is not the country of a body named like a town abroad, however often it is named', () => {
    const places = placesOf(
      'The Monitoring Mission said on Monday that its monitors had visited Trincomalee. ' +
        'Troops clashed with rebels near Verugal on Sunday, the Mission said. The Mission ' +
        'called on both sides to stop. A spokesman for the Mission said talks would follow.',
    );
    expect(places).toContainEqual(['Verugal', 'LK']);
  });

  it('is the country of the dateline, though neighbours are named as often in the text', () => {
    const places = placesOf(
      'ALGIERS, Jan 19 (AFP) - Special forces stormed the gas plant near Tiguentourine on ' +
        'Saturday, the interior ministry said. The gunmen had come from Libya, officials said, ' +
        'and some from Mali.',
    );
    expect(places).toContainEqual(['Tiguentourine', 'DZ']);
  });

  it('is the country where acts are placed, not the one only named by a capital that speaks', () => {
    const places = placesOf(
      'Fighting went on in Kadugli on Monday.\n\n' +
        'Shelling hit the market in El Obeid, residents said.\n\n' +
        'Washington said it was alarmed. Washington urged both sides to stop, and Washington ' +
        'sent an envoy.\n\n' +
        'Troops clashed with rebels near Habila on Tuesday.',
    );
    expect(places).toContainEqual(['Habila', 'SD']);
  });
});

describe('the weighing of names', () => {
  const told = (country: string, as: 'placed' | 'named' | 'dateline', namesake = false) => ({
    country,
    as,
    lead: false,
    namesake,
  });

  it('puts a placed name above a name told in passing', () => {
    expect(mainCountryOf([told('FR', 'named'), told('KH', 'placed')])).toBe('KH');
  });

  it('counts a namesake placed by a word of place as sure, one told in passing as doubtful', () => {
    expect(mainCountryOf([...Array(5).fill(told('US', 'named', true)), told('LK', 'named')])).toBe(
      'LK',
    );
    expect(mainCountryOf([told('CD', 'placed', true), told('AO', 'named')])).toBe('CD');
  });

  it('falls back on doubtful countries where no other is told', () => {
    expect(mainCountryOf([told('ZM', 'named', true), told('ZM', 'named', true)])).toBe('ZM');
    expect(mainCountryOf([])).toBeUndefined();
  });
});
