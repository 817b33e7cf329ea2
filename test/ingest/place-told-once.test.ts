import { describe, expect, it } from 'vitest';
import { claimsOfText, extractionOfText } from '../support/extract-text.js';

const placesOf = (text: string): (readonly [string | null, string | undefined])[] =>
  claimsOfText(text, null).map((c) => [c.where?.name ?? null, c.where?.country] as const);

const candidateNames = (text: string): Set<string> =>
  new Set(
    extractionOfText(text, { model: null }).placeCandidates.flatMap((cs) =>
      cs.flatMap((c) => c.place?.name ?? []),
    ),
  );

describe('names no gazetteer knows, told once, read as places by what stands beside them', () => {
  it('reads a village followed by its region as a place of that country, and chooses it', () => {
    const text =
      'Militia fighters shelled the market in Umm Sayala, North Kordofan, on Tuesday, residents said.';
    const { claims, placeCandidates } = extractionOfText(text, { model: null });
    expect(claims[0]?.where).toMatchObject({ name: 'Umm Sayala', lat: null, country: 'SD' });
    const found = placeCandidates[0]?.find((c) => c.place?.name === 'Umm Sayala');
    expect(found?.features).toEqual(expect.arrayContaining(['unknown-name']));
  });

  it('reads a village joined by "and" to a town the gazetteer knows as a place of its country', () => {
    expect(
      placesOf(
        'Gunmen attacked police posts at Kabrousse and Ziguinchor on Sunday night, the army said.',
      ),
    ).toContainEqual(['Kabrousse', 'SN']);
  });

  it('reads a village a direction places as a place', () => {
    expect(
      placesOf(
        'Shells hit a school 12 km west of Kalemie-Nord on Monday, killing four pupils, officials in Congo said.',
      ).map(([name]) => name),
    ).toContain('Kalemie-Nord');
  });

  it('reads no place in an organisation, a person, a language or a month told in the same settings', () => {
    const text =
      'Fighting that began in October and Goma airport closures cut supplies, aid workers said. ' +
      'Staff at Oxfam and Goma hospital workers said shelling resumed on Monday. ' +
      'Anger at Sonko and Dakar police grew after a protester was shot on Friday. ' +
      "Speaking in Kinyarwanda, Rwanda's envoy said shelling had stopped near Bunagana.";
    const names = candidateNames(text);
    for (const wrong of ['October', 'Oxfam', 'Sonko', 'Kinyarwanda'])
      expect(names.has(wrong)).toBe(false);
  });
});
