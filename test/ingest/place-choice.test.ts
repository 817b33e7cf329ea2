import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

const placesOf = (text: string): unknown[] => claimsOfText(text).map((c) => c.where);
const namesOf = (text: string): (string | null)[] =>
  claimsOfText(text).map((c) => c.where?.name ?? null);

describe("which of a sentence's places is the act's", () => {
  it('does not read the second word of a country named without a locative word', () => {
    expect(namesOf("South Sudan's army said troops shelled rebel positions on Monday.")).toEqual([
      null,
    ]);
  });

  it('reads a town after "the capital" and across "several areas of"', () => {
    expect(namesOf('Heavy shelling was reported in the capital Juba on Monday.')).toEqual(['Juba']);
    expect(namesOf('Air strikes hit several areas of the Strip on Monday.')).toEqual([
      'Gaza Strip',
    ]);
  });

  it('reads "the country" and "the national territory" after a locative word as the country the report names most', () => {
    // Rules alone: which acts the heads keep is not this test's question.
    const namesByRules = (text: string): (string | null)[] =>
      claimsOfText(text, null).map((c) => c.where?.name ?? null);
    // Oman, named last, is where talks were held, not the country the report is about.
    expect(
      namesByRules(
        'Jets bombed Sanaa on Monday and shelling hit Hodeidah on Tuesday, after talks in Oman. ' +
          'Clashes were reported across the country on Wednesday.',
      ).at(-1),
    ).toBe('Yemen');
    expect(
      namesByRules(
        'Jets bombed Sanaa on Monday, after talks in Oman. ' +
          'The parties agreed a ceasefire throughout the national territory on Tuesday.',
      ).at(-1),
    ).toBe('Yemen');
    expect(
      namesByRules('Jets bombed Aleppo on Monday. Clashes spread on all Syrian territory.').at(-1),
    ).toBe('Syria');
    // "For the country" says whom an act concerns, not where it happened.
    expect(
      namesByRules('Jets bombed Sanaa on Monday, in a blow for the country, officials said.'),
    ).toEqual(['Sanaa']);
  });

  it('reads a province\'s name before "city" as the town, and gives each act its own', () => {
    // Read by the rules alone: which of the two acts the heads keep is not this test's question.
    expect(
      claimsOfText(
        'Shelling continued in Taiz city and clashes in southern Marib on Monday.',
        null,
      ).map((c) => c.where),
    ).toEqual([
      expect.objectContaining({ name: "Ta'izz", precision: 'city', country: 'YE' }),
      expect.objectContaining({ name: "Ma'rib", country: 'YE' }),
    ]);
  });

  it('places fire at its target, not where it came from', () => {
    expect(namesOf('Shells were fired from Donetsk at Kramatorsk on Monday.')).toEqual([
      expect.stringMatching(/^Kramators/),
    ]);
  });

  it('reads "the X region of Ukraine" as X in Ukraine, not as Ukraine', () => {
    expect(
      placesOf('The plane was hit by missiles fired from the Kharkiv region of Ukraine on Monday.'),
    ).toEqual([expect.objectContaining({ name: 'Kharkiv', country: 'UA' })]);
  });

  it("counts towns named where no locative word places them in the report's town", () => {
    const text = [
      'Wau calm after a night of gunfire',
      '',
      'Fighting broke out between rival units on Monday, officials said.',
      '',
      'Wau residents said the streets were quiet on Tuesday. Traders said Wau stayed calm.',
      '',
      'Aid reached Malakal on Sunday.',
    ].join('\n');
    expect(namesOf(text)[0]).toBe('Wau');
  });

  it("leaves a town abroad named without a locative word out of the report's town", () => {
    expect(
      namesOf('Deal negotiators met again. Militias shelled positions on Monday, officials said.'),
    ).toEqual([null, null]);
  });
});

describe('a place the sentence names for something other than the act (decision 0222)', () => {
  // Rules alone: which acts the heads keep is not these tests' question.
  const placedByRules = (text: string): [string, string | null][] =>
    claimsOfText(text, null).map((c) => [c.type, c.where?.name ?? null]);

  it('places no act on the ground where the deal it tells of was signed', () => {
    expect(
      placedByRules(
        'Jets bombed Aleppo on Monday. ' +
          'The shelling resumed a week after the truce signed in Geneva, officials said.',
      ),
    ).toEqual([
      ['airstrike', 'Aleppo'],
      ['shelling', 'Aleppo'],
      ['agreement_announced', 'Geneva'],
    ]);
  });

  it('still places the signing, and what is said at a summit, at the venue', () => {
    expect(placedByRules('The two sides signed a ceasefire in Geneva on Tuesday.')).toEqual([
      ['agreement_announced', 'Geneva'],
    ]);
    expect(
      placedByRules(
        'Jets bombed Aleppo on Monday. ' +
          'Leaders meeting at a summit in Amman called for the release of the detainees.',
      ),
    ).toEqual([
      ['airstrike', 'Aleppo'],
      ['talks', 'Amman'],
      ['demand', 'Amman'],
      ['release', 'Aleppo'],
    ]);
  });

  it('reads no place after "according to", which names a source', () => {
    expect(
      placedByRules(
        'Jets struck Nabatieh on Sunday. ' +
          "Israeli fire killed 22 people that day, according to Lebanon's health ministry.",
      ),
    ).toEqual([
      ['airstrike', 'Nabatieh'],
      ['shelling', 'Nabatieh'],
      ['armed_attack', 'Nabatieh'],
    ]);
  });

  it("does not count the town of the embassies toward the report's town", () => {
    const text = [
      'Rebels shelled Goma on Monday.',
      '',
      'Foreign embassies in Kinshasa have closed. Staff of the embassies in Kinshasa were told to stay at home.',
      '',
      'Fighting resumed on Tuesday.',
    ].join('\n');
    expect(placedByRules(text)).toEqual([
      ['shelling', 'Goma'],
      ['truce_end', 'Goma'],
    ]);
  });
});
