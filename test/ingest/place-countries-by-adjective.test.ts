import { describe, expect, it } from 'vitest';
import { claimModel, withoutPlaceRanker } from '../../src/ingest/claim-model.js';
import type { AgreementParties } from '../../src/ingest/find-actors.js';
import { claimsOfText, extractionOfText } from '../support/extract-text.js';

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
    expect(placesOf('Marines stormed a Cambodian island on Thursday, freeing the crew.')).toEqual([
      'Cambodia/KH',
    ]);
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

describe('countries named by words the scan of capitals alone does not read', () => {
  const rulesPlacesOf = (text: string, agreement?: AgreementParties): string[] =>
    extractionOfText(text, {
      model: placedByRules,
      ...(agreement ? { agreement } : {}),
    }).claims.map((c) => `${c.where?.name ?? '–'}/${c.where?.country ?? '–'}`);

  it('reads a country whose name holds "of", "the" or "and", not a town inside it', () => {
    expect(
      rulesPlacesOf('Rebels attacked a village in the Democratic Republic of the Congo on Monday.'),
    ).toEqual(['Democratic Republic of the Congo/CD']);
    expect(
      rulesPlacesOf('Gunmen attacked a police post in Trinidad and Tobago on Monday.'),
    ).toEqual(['Trinidad and Tobago/TT']);
  });

  it('keeps two towns joined by "and" two names', () => {
    expect(
      rulesPlacesOf('Troops shelled rebel positions in Kharkiv and Donetsk on Monday.'),
    ).toEqual(['Kharkiv/UA']);
  });

  it("reads Côte d'Ivoire as the country Natural Earth calls Ivory Coast", () => {
    expect(rulesPlacesOf("Mutineers attacked an army camp in Côte d'Ivoire on Monday.")).toEqual([
      'Ivory Coast/CI',
    ]);
  });

  it('reads a short form of a country in capitals where the report gives it no other meaning', () => {
    expect(rulesPlacesOf('Rebels attacked a village in the DRC on Monday.')).toEqual([
      'Democratic Republic of the Congo/CD',
    ]);
    expect(rulesPlacesOf('Gunmen attacked a convoy in the CAR on Monday.')).toEqual([
      'Central African Republic/CF',
    ]);
  });

  it('reads no country in a short form the report defines as a body', () => {
    expect(
      rulesPlacesOf(
        'The army attacked the Coalition of Allied Rebels (CAR) on Monday. Troops fired on ' +
          'fighters from the CAR on Tuesday.',
      ).some((p) => p.endsWith('/CF')),
    ).toBe(false);
  });

  it("reads no country in a short form that is an agreement party's name", () => {
    const agreement: AgreementParties = {
      parties: [
        { id: 'drc', aliases: ['DRC', 'Congolese army'] },
        { id: 'm23', aliases: ['M23'] },
      ],
    };
    expect(
      rulesPlacesOf('M23 fighters attacked army positions in the DRC on Monday.', agreement).some(
        (p) => p.endsWith('/CD'),
      ),
    ).toBe(false);
  });

  it('places no act in a country its short form names as the owner of the noun after it', () => {
    expect(rulesPlacesOf('Gunmen attacked the US embassy in Kabul on Monday.')).toEqual([
      'Kabul/AF',
    ]);
    expect(rulesPlacesOf('Protesters attacked the US embassy on Monday.')).toEqual(['–/–']);
  });

  it("does not make a short form told in passing the report's own country", () => {
    expect(
      rulesPlacesOf(
        'US aircraft circled overhead. Militiamen clashed with police near Kharbat al-Sur on ' +
          'Monday, and militiamen clashed with police near Kharbat al-Sur again on Tuesday.',
      ).some((p) => p.endsWith('/US')),
    ).toBe(false);
  });

  it('counts a short form joined to the word it qualifies as a name of the country', () => {
    // Muscat and Abu Dhabi are placed alike, and the first country told wins a tie: the
    // "UAE-brokered" truce is what tips the unknown village to the Emirates.
    expect(
      rulesPlacesOf(
        'Envoys met in Muscat on Monday. Talks went on in Abu Dhabi, where the UAE-brokered ' +
          'truce was agreed. Militiamen clashed with police near Kharbat al-Sur on Tuesday.',
      ),
    ).toContain('Kharbat al-Sur/AE');
  });
});
