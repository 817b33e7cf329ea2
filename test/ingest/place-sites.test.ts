import { describe, expect, it } from 'vitest';
import { claimsOfText, extractionOfText } from '../support/extract-text.js';

const placesOf = (text: string): (readonly [string | null, string | undefined])[] =>
  claimsOfText(text, null).map((c) => [c.where?.name ?? null, c.where?.country] as const);

// The first extraction loads the gazetteers and the lexicon: slow on a loaded machine.
describe(
  'a site no gazetteer knows, read by the noun that follows its name',
  { timeout: 120_000 },
  () => {
    it('reads a name before a site noun, past a modifier, as a place without coordinates, and offers it', () => {
      const text =
        'Army commandos stormed the Qarnaby gas complex before dawn on Saturday, the ministry said.';
      const { claims, placeCandidates } = extractionOfText(text, { model: null });
      const storm = claims.findIndex((c) => c.text.includes('stormed'));
      expect(storm).toBeGreaterThanOrEqual(0);
      expect(claims[storm]?.where).toMatchObject({ name: 'Qarnaby', lat: null, lon: null });
      const site = placeCandidates[storm]?.find((c) => c.place?.name === 'Qarnaby');
      expect(site?.features).toEqual(expect.arrayContaining(['unknown-name']));
    });

    it('takes the country of the known place the site lies in', () => {
      expect(
        placesOf(
          'Mutinous policemen seized an armoury in the Norvale administrative district of Tbilisi on Monday.',
        ),
      ).toContainEqual(['Norvale', 'GE']);
      expect(
        placesOf(
          'Gunmen opened fire on guards at the Halvik military compound near Kandahar on Sunday.',
        ),
      ).toContainEqual(['Halvik', 'AF']);
    });

    it('reads a site noun right after the name, among those the settlement nouns did not hold', () => {
      expect(placesOf('Rebels shelled the Tamsin seminary in Benghazi on Tuesday.')).toContainEqual(
        ['Tamsin', 'LY'],
      );
    });

    it('reads no site in an owner, a people, a verb phrase or a known town before the noun', () => {
      const names = (text: string): (string | null)[] => placesOf(text).map(([name]) => name);
      expect(names('Fighting raged near Garang’s compound at Jebel on Friday.')).not.toContain(
        'Garang’s',
      );
      expect(
        names('Talks on the Norwegian island of Svalbard were suspended on Friday.'),
      ).not.toContain('Norwegian');
      expect(
        names('Troops opened fire on protesters after the Governor authorised district curfews.'),
      ).not.toContain('Governor');
      expect(
        names('Troops opened fire on protesters while the Governor was touring district offices.'),
      ).not.toContain('Governor');
      expect(placesOf('Gunmen attacked the Kabul international airport on Monday.')).toContainEqual(
        ['Kabul', 'AF'],
      );
      expect(
        claimsOfText('Gunmen attacked the Kabul international airport on Monday.', null)[0]?.where,
      ).toMatchObject({ precision: 'city' });
    });
  },
);
