import { describe, expect, it } from 'vitest';
import { claimModel, withoutPlaceRanker } from '../../src/ingest/claim-model.js';
import { claimsOfText as claimsWith } from '../support/extract-text.js';

/**
 * The claims as the shipped weights read them, placed by the rules: these are tests of the
 * rules' place (`placeOf`), which the shipped place ranker (decision 0165) may overrule.
 */
const placedByRules = withoutPlaceRanker(claimModel()!);
const claimsOfText = (text: string) => claimsWith(text, placedByRules);

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

  it('places a truce over the area the report names most, not the town its paragraph last named', () => {
    const claims = claimsOfText(
      'Shelling across Yemen eased on Monday. Jets struck targets across Yemen overnight.\n\n' +
        'Jets bombed a market in Sanaa on Tuesday. The truce took effect at dawn.',
    );
    expect(claims.map((c) => [c.type, c.where?.name])).toEqual([
      ['shelling', 'Yemen'],
      ['airstrike', 'Yemen'],
      ['airstrike', 'Sanaa'],
      ['truce_start', 'Yemen'],
    ]);
  });

  it('keeps a truce in its town where the report names the town more than its country', () => {
    const claims = claimsOfText(
      'Fighting went on in Hodeidah on Monday. Shelling hit Hodeidah on Tuesday, across Yemen.\n\n' +
        'Militias clashed in Hodeidah again. The truce took effect at dawn.',
    );
    expect(claims.find((c) => c.type === 'truce_start')?.where?.name).toBe('Hodeidah');
  });

  it('places talks and what is proposed at them at the venue, not the town they were about', () => {
    const claims = claimsOfText(
      'Talks in Muscat on the siege of Taiz ended on Monday without a deal.\n\n' +
        'Fighting went on in Taiz on Tuesday. The rebel delegation proposed reopening one road.',
    );
    expect(claims.find((c) => c.type === 'proposal')?.where?.name).toBe('Muscat');
    expect(claims.find((c) => c.type === 'clash')?.where?.name).toBe("Ta'izz");
  });

  it('places talks and agreements named by a town at that town, and no other act', () => {
    const claims = claimsOfText(
      'Fighting went on in Taiz on Monday.\n\nThe rebels pulled out of the Muscat talks on ' +
        'Tuesday. Jets bombed a market after the Muscat talks.',
    );
    expect(claims.map((c) => [c.type, c.where?.name])).toEqual([
      ['clash', "Ta'izz"],
      ['delegation_recalled', 'Muscat'],
      ['airstrike', "Ta'izz"],
    ]);
    expect(
      claimsOfText(
        'Fighting went on in Juba on Monday.\n\nBoth sides signed the Khartoum peace agreement on Wednesday.',
      ).find((c) => c.type === 'agreement_announced')?.where?.name,
    ).toBe('Khartoum');
  });

  it('reads no venue from a country named after a word of meeting', () => {
    const claims = claimsOfText(
      'Envoys held talks in Oman on Monday.\n\n' +
        'Fighting went on in Taiz on Tuesday. The rebel delegation proposed reopening one road.',
    );
    expect(claims.find((c) => c.type === 'proposal')?.where?.name).toBe("Ta'izz");
  });

  it('takes the area a report names most where it names no town', () => {
    expect(
      placesOf(
        'Jets struck targets across the Gaza Strip on Monday.\n\nHamas released four hostages on Tuesday.',
      ),
    ).toEqual(['Gaza Strip', 'Gaza Strip']);
  });

  it('places an act in the region a report names at least as often as its town', () => {
    const claims = claimsOfText(
      'Israeli jets struck villages across southern Lebanon on Monday. Drones hit a car in ' +
        'Naqoura on Tuesday, and shelling went on across southern Lebanon.\n\n' +
        'Hezbollah fighters fired rockets on Wednesday.',
    );
    expect(claims.find((c) => c.type === 'rocket_fire')?.where?.name).toBe('southern Lebanon');
  });

  it('keeps an act other than a truce in the town where the area named as often is a country', () => {
    const claims = claimsOfText(
      'Jets struck targets across Yemen on Monday. Militias clashed in Hodeidah on Tuesday.\n\n' +
        'The rebels shelled a market on Wednesday. The truce took effect at dawn.',
    );
    expect(claims.map((c) => [c.type, c.where?.name])).toEqual([
      ['airstrike', 'Yemen'],
      ['clash', 'Hodeidah'],
      ['shelling', 'Hodeidah'],
      ['truce_start', 'Yemen'],
    ]);
  });

  it('takes the town of the country the report places most in, not a venue abroad named more', () => {
    const claims = claimsOfText(
      'Envoys arrived in Stockholm on Monday. Reporters waited in Stockholm on Tuesday, and the ' +
        'delegations stayed in Stockholm.\n\nMilitias clashed in Hodeidah on Wednesday. Drones ' +
        'struck a depot in Hodeidah, and jets flew across Yemen and over Sanaa.\n\n' +
        'The rebels shelled a market on Friday.',
    );
    expect(claims.find((c) => c.type === 'shelling')?.where?.name).toBe('Hodeidah');
  });

  it('does not count a capital that speaks or owns, its government, towards the report’s town', () => {
    const claims = claimsOfText(
      'Clashes broke out in Nyala on Monday. Khartoum said the army held the town, and ' +
        "Khartoum's envoy denied any losses. Khartoum said the rebels were lying.\n\n" +
        'The rebels shelled a market on Friday.',
    );
    expect(claims.find((c) => c.type === 'shelling')?.where?.name).toBe('Nyala');
  });

  it('gives a claim no place where the report names none', () => {
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
