import { describe, expect, it } from 'vitest';
import { claimModel, withoutPlaceRanker } from '../../src/ingest/claim-model.js';
import { claimsOfText } from '../support/extract-text.js';

/** The rules' place (the ranker may overrule it): the gazetteer's reading alone. */
const placedByRules = withoutPlaceRanker(claimModel()!);

const placesOf = (text: string): string[] =>
  claimsOfText(text).map((c) => `${c.where?.name ?? '–'}/${c.where?.country ?? '–'}`);

describe('places a country adjective or an English name gives', () => {
  it('reads "the Ethiopian capital" as the capital of the country its adjective names', () => {
    expect(
      placesOf('The two leaders signed a ceasefire agreement in the German capital on Sunday.'),
    ).toEqual(['Berlin/DE']);
    expect(
      placesOf('Rebels and the government signed a peace deal in the Kenyan capital on Friday.'),
    ).toEqual(['Nairobi/KE']);
  });

  it('reads the town after "the Chinese city of" in that country, not the adjective', () => {
    const places = placesOf(
      'The army and the rebels signed a truce after talks in the Chinese city of Kunming.',
    );
    expect(new Set(places)).toEqual(new Set(['Kunming/CN']));
  });

  it('reads English names GeoNames spells otherwise in their own country', () => {
    expect(placesOf('The delegations signed a ceasefire in Geneva on Friday.')).toEqual([
      'Geneva/CH',
    ]);
    expect(placesOf('Coalition aircraft struck the port of Hodeida on Monday.')).toEqual([
      'Hodeidah/YE',
    ]);
  });
});

describe('names held or owned by another', () => {
  it("reads the place after a place's possessive, not the two as one name", () => {
    expect(
      placesOf("Residents reported shelling in Omdurman's Ombada district on Monday."),
    ).toEqual(['Ombada/SD']);
  });

  it('drops a word of holding ("Israeli-held") from the name after it', () => {
    expect(
      placesOf('Hezbollah fired mortar rounds at the Israeli-held Shebaa Farms area on Tuesday.'),
    ).toEqual(['Shebaa Farms/LB']);
    expect(placesOf('Air strikes hit the Houthi-held capital Sanaa on Monday.')).toEqual([
      'Sanaa/YE',
    ]);
  });
});

describe("an act placed by a country's adjective before a noun of its ground", () => {
  it('reads a coast, an island or a village the adjective qualifies as in that country', () => {
    expect(placesOf('Pirates attacked a ship off the Somali coast on Monday.')).toEqual([
      'Somalia/SO',
    ]);
    // The storming and the crew freed, both on the island.
    expect(
      new Set(placesOf('Marines stormed a Cambodian island on Thursday, freeing the crew.')),
    ).toEqual(new Set(['Cambodia/KH']));
    expect(placesOf('Israeli troops shelled a Lebanese village on Monday.')).toEqual([
      'Lebanon/LB',
    ]);
  });

  it('gives a town named after "the Egyptian border town of" the adjective\'s country', () => {
    expect(
      placesOf('Libyan armoured units attacked the Egyptian border town of Sallum on Thursday.'),
    ).toEqual(['Sallum/EG']);
  });

  it('places nothing in the country of the adjective before "border"', () => {
    expect(placesOf('Troops shelled villages near the Thai border on Monday.')).toEqual(['–/–']);
  });

  it('reads no ground in "the Indian side", which names a party', () => {
    // Placed, "the Indian side" would outweigh Thimphu and give the unknown village India.
    const places = claimsOfText(
      'Royal Army troops attacked militant camps near Kharbat al-Sur on Monday, the army said ' +
        'in Thimphu. India sealed the border on the Indian side.',
      placedByRules,
    ).map((c) => `${c.where?.name ?? '–'}/${c.where?.country ?? '–'}`);
    expect(places).toEqual(['Kharbat al-Sur/BT']);
  });
});
