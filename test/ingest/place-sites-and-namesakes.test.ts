import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/core/text/fold-name.js';
import { areasAround } from '../../src/ingest/gazetteer.js';
import { LANDMARK_TAILS } from '../../src/ingest/tables/places.js';
import { extractionOfText } from '../support/extract-text.js';

/** Each claim's place and its country, read by the rules alone. */
const placesOf = (text: string): (readonly [string | null, string | undefined])[] =>
  extractionOfText(text, { model: null }).claims.map(
    (c) => [c.where?.name ?? null, c.where?.country] as const,
  );

// The first extraction loads the gazetteers and the lexicon: slow on a loaded machine.
describe('a site’s name and a namesake’s country', { timeout: 120_000 }, () => {
  it('reads a site whose name opens with a region’s name whole, in the report’s country', () => {
    const places = placesOf(
      'Troopers from Buffalo and Rochester stormed the Attica Detention Facility on Monday ' +
        'and freed the guards.',
    );
    expect(places).toContainEqual(['Attica Detention Facility', 'US']);
    expect(places.map(([, country]) => country)).not.toContain('GR');
  });

  it('reads a site word folded: "Café" is also the unaccented "Cafe", listed once', () => {
    expect(
      placesOf('Gunmen stormed the Harbour Lights Cafe on Monday, police in Sydney said.'),
    ).toContainEqual(['Harbour Lights Cafe', 'AU']);
    const folded = LANDMARK_TAILS.map(foldName);
    expect(folded.filter((w, i) => folded.indexOf(w) !== i)).toEqual([]);
  });

  it('reads a weekday’s short form opening a time as no town, so no namesake abroad', () => {
    const text = [
      'Siege at a cafe ends',
      'Mon 18:20\nPolice stormed the Harbourview Café and freed the hostages.',
      'Mon 16:05\nThree hostages have run from the building.',
      'Mon 13:40\nStreets around it have been closed.',
      'Mon 11:15\nA gunman opened fire on customers at the Harbourview Café, Sydney police said.',
    ].join('\n\n');
    const places = placesOf(text);
    expect(places).toContainEqual(['Harbourview Café', 'AU']);
    expect(places.map(([, country]) => country)).not.toContain('IN');
  });

  it('takes the dateline’s namesake of a town, there and where the report names it again', () => {
    const places = placesOf(
      'PARIS, Texas, May 3 (AP) - The sheriff and the gunmen signed a truce here on Saturday. ' +
        'Deputies exchanged fire with gunmen in Paris on Friday, the sheriff said.',
    );
    // The truce's "here" is the dateline's own mention; the fire's "in Paris" the later one.
    expect(places).toEqual([
      ['Paris', 'US'],
      ['Paris', 'US'],
    ]);
  });

  it('takes the namesake in the dateline’s state, with its point and its state as areas around it', () => {
    const [where] = extractionOfText(
      'ATTICA, N.Y., May 3 (AP) - Guards exchanged fire with inmates in Attica on Friday, ' +
        'the warden said.',
      { model: null },
    ).claims.map((c) => c.where);
    // Attica, Indiana is the larger town of that name in the United States.
    expect(where).toMatchObject({ name: 'Attica', country: 'US', lat: 42.86423, lon: -78.28029 });
    expect(areasAround(where!).map((a) => a.name)).toEqual(['New York']);
  });

  it.each([
    ['PORTLAND, Maine', 'Portland', 'Maine'],
    ['PORTLAND, Ore.', 'Portland', 'Oregon'],
    ['SPRINGFIELD, Ill.', 'Springfield', 'Illinois'],
    ['SPRINGFIELD, Mass.', 'Springfield', 'Massachusetts'],
  ])(
    'takes the namesake of "%s" in that state though the larger one is in the same country',
    (dateline, town, state) => {
      const [where] = extractionOfText(
        `${dateline}, June 9 (AP) - Troopers exchanged fire with gunmen in ${town} on Tuesday, ` +
          'the sheriff said.',
        { model: null },
      ).claims.map((c) => c.where);
      expect(where).toMatchObject({ name: town, country: 'US' });
      expect(areasAround(where!).map((a) => a.name)).toEqual([state]);
    },
  );

  it.each([
    ['ATLANTA, Georgia', 'Atlanta', 'US'],
    ['HONG KONG, China', 'Hong Kong', 'HK'],
    ['LAHORE, Punjab', 'Lahore', 'PK'],
    ['ERBIL, Kurdistan', 'Erbil', 'IQ'],
    ['JERUSALEM, Palestine', 'Jerusalem', 'IL'],
  ])(
    'keeps the town of "%s" where its region names no other town of that name',
    (dateline, town, country) => {
      const places = placesOf(
        `${dateline}, May 3 (AP) - The police and the gunmen signed a truce here on Saturday. ` +
          `Police exchanged fire with gunmen in ${town} on Friday, officials said.`,
      );
      expect(places).toEqual([
        [town, country],
        [town, country],
      ]);
    },
  );
});
