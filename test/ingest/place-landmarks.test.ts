import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

const placeOf = (c: { where: { name: string; country?: string | null } | null }): string =>
  `${c.where?.name ?? '–'}/${c.where?.country ?? '–'}`;
const placesOf = (text: string): string[] => claimsOfText(text).map(placeOf);
/** The places the rules give, whatever the place ranker would choose among their candidates. */
const rulePlacesOf = (text: string): string[] => claimsOfText(text, null).map(placeOf);

describe('landmarks the place table names', () => {
  it('reads a base, a dam, a bridge or a line as the place of the act, in its country', () => {
    expect(placesOf('Missiles were fired at the Al Udeid air base on Monday night.')).toEqual([
      'Al Udeid/QA',
    ]);
    expect(placesOf('Fighters shelled positions around the Tishreen Dam on Sunday.')).toEqual([
      'Tishrin Dam/SY',
    ]);
    expect(placesOf('A drone attack on the Kerch bridge killed two people on Tuesday.')).toEqual([
      'Crimean bridge/UA',
    ]);
    expect(
      placesOf('Troops exchanged fire along the Line of Control on Friday, the army said.'),
    ).toEqual(['Line of Control/IN']);
  });

  it('reads the finer landmark over the town or country the sentence names with it', () => {
    expect(
      placesOf('Fighting broke out near the Ta Muen Thom temple in Surin province on Thursday.'),
    ).toEqual(['Ta Muen Thom/TH']);
  });

  it('reads towns under the spelling reports use, where GeoNames has another or none', () => {
    expect(placesOf('Rebel fighters stormed Grozny on Tuesday.')).toEqual(['Grozny/RU']);
    expect(placesOf('A convoy of 20 trucks reached Mekelle on Monday.')).toEqual(['Mekelle/ET']);
    expect(
      placesOf('Insurgents attacked the town of Mocimboa da Praia on Sunday, killing four people.'),
    ).toEqual(['Mocímboa da Praia/MZ']);
  });
});

describe('the place a report is about', () => {
  it('places an act whose sentence names none at the landmark the report tells most, not the capital', () => {
    const text = [
      'Juba said on Friday that its army would leave the Heglig oil field.',
      'Fighting at Heglig had gone on for ten days.',
      'Sudanese troops shelled positions around Heglig on Thursday.',
      '',
      'The army also said it had captured forty soldiers.',
    ].join('\n');
    expect(placesOf(text).at(-1)).toBe('Heglig/SD');
  });

  it('reads "the demilitarised zone" as the Korean one only in a report that places acts in Korea', () => {
    const after = (opening: string): string | undefined =>
      placesOf(
        `${opening}\n\nBoth armies pulled down guard posts in the demilitarised zone on Monday.`,
      ).at(-1);
    expect(after('The defence ministers met in Seoul on Friday.')).toBe(
      'Korean Demilitarized Zone/KR',
    );
    expect(after('The commanders met in Idlib on Friday.')).not.toBe(
      'Korean Demilitarized Zone/KR',
    );
  });

  it('does not take a venue the report names most for the place of its acts', () => {
    // The rules' reading: the place ranker may choose among the candidates otherwise, and
    // how often it is right is the eval's to measure (with the weights trained on 538 reports it
    // gives this withdrawal the country of the talks, decision 0205).
    const text = [
      'Fighting around Kumanovo stopped on Monday.',
      '',
      'The two sides met in Geneva on Tuesday. Talks in Geneva resumed on Wednesday.',
      '',
      'The army withdrew its troops.',
    ].join('\n');
    expect(rulePlacesOf(text).at(-1)).toBe('Kumanovo/MK');
  });

  it('reads a name ending in a landform word after a locative word as a place', () => {
    expect(
      placesOf('Rebels in Liberia said troops had shelled their positions on Bushrod Island.'),
    ).toEqual(['Bushrod Island/LR']);
  });

  it('reads the name after "the zone of" as the place, however many words stand before it', () => {
    expect(
      placesOf(
        'Troops attacked vehicles passing through the buffer zone of El Guerguerat on Friday.',
      ),
    ).toEqual(['Guerguerat/EH']);
  });

  it('reads a name before a landform noun as a place no table holds', () => {
    expect(
      placesOf('Fighters handed over their weapons at the Zarwa cave in Iraq on Friday.'),
    ).toEqual(['Zarwa/IQ']);
  });
});

describe('nouns and name words that mark a place', () => {
  it('reads the name after "the base of" or "the stronghold of" as a place', () => {
    expect(placesOf('Iran fired missiles at the US base of Al Udeid in Qatar on Monday.')).toEqual([
      'Al Udeid/QA',
    ]);
    expect(placesOf('The army retook the rebel stronghold of Kidal on Tuesday.')).toEqual([
      'Kidal/ML',
    ]);
  });

  it('reads a particle joined to a name ("al-Din") as part of the name', () => {
    expect(
      placesOf('Forces shelled positions in the Salah al-Din area of southern Tripoli on Monday.'),
    ).toEqual(['Salah al-Din/LY']);
  });

  it('reads a name that ends with a landmark word, or opens with "Bab", as a place no gazetteer knows', () => {
    expect(
      placesOf('Soldiers opened fire on protesters along Kerem Vale Street on Friday.'),
    ).toEqual(['Kerem Vale Street/–']);
    expect(placesOf('Aid trucks crossed into the north through Bab Al-Nour on Tuesday.')).toEqual([
      'Bab Al-Nour/–',
    ]);
  });

  it('reads a name before "meadow" or "junction" as a place', () => {
    expect(placesOf('Gunmen opened fire on tourists in the Arvani meadow on Tuesday.')).toEqual([
      'Arvani/–',
    ]);
  });

  it('reads the name after "the area of" as a place, not a possessive owner after it', () => {
    expect(
      placesOf('Troops fired at vehicles that arrived in the area of Tel Varon on Monday.'),
    ).toEqual(['Tel Varon/–']);
    expect(
      placesOf("Jets struck a building in the area of Beirut's southern suburbs on Monday."),
    ).not.toContain("Beirut's/–");
  });

  it('reads "the town of Gori" as the town, not the province that has the name as another', () => {
    expect(
      placesOf('Aircraft bombed the town of Gori on Tuesday, killing several civilians.'),
    ).toEqual(['Gori/GE']);
  });
});

describe('regions no admin-1 table holds', () => {
  it('reads a breakaway territory or a region named by its landform, in its country', () => {
    expect(
      placesOf('Artillery shelled villages in South Ossetia on Monday, officials said.'),
    ).toEqual(['South Ossetia/GE']);
    expect(placesOf('Troops entered the buffer zone on the Golan Heights on Sunday.')).toEqual([
      'Golan Heights/SY',
    ]);
  });
});
