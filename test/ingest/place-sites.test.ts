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
    });
  },
);

describe(
  'a site no gazetteer knows, read by the word of its own name that says its kind',
  { timeout: 120_000 },
  () => {
    it('reads a name ending in a site word, placed or the object of an act, in the report’s country', () => {
      expect(
        placesOf(
          'Soldiers in Kingston, Jamaica, exchanged fire with gunmen in Tivoli Gardens on Monday.',
        ),
      ).toContainEqual(['Tivoli Gardens', 'JM']);
      expect(
        placesOf(
          'Rebels stormed the Presidential Palace in Bissau on Tuesday, and troops shelled the ' +
            'Amura Barracks, in Guinea-Bissau.',
        ),
      ).toEqual(
        expect.arrayContaining([
          ['Presidential Palace', 'GW'],
          ['Amura Barracks', 'GW'],
        ]),
      );
    });

    it('reads a name opening with a site word, and one whose first word is no place alone', () => {
      expect(
        placesOf('Gunmen opened fire on soldiers at Fort Kestrel in Grenada on Wednesday.'),
      ).toContainEqual(['Fort Kestrel', 'GD']);
      expect(
        placesOf('Militants who stormed the Red House in Bridgetown surrendered on Wednesday.'),
      ).toContainEqual(['Red House', 'BB']);
    });

    it('reads no site in a body that speaks from its seat', () => {
      const offered = (text: string): (string | undefined)[] =>
        extractionOfText(text, { model: null }).placeCandidates.flatMap((cs) =>
          cs.map((c) => c.place?.name),
        );
      const text = 'Rebels shelled Goma on Friday, a statement from the White House said.';
      expect(offered(text)).toContain('Goma');
      expect(offered(text)).not.toContain('White House');
      expect(
        offered('Rebels shelled Goma on Friday, a statement from the Amani House said.'),
      ).toContain('Amani House');
    });
  },
);

describe('a built site named as a reader names it', { timeout: 120_000 }, () => {
  it('keeps the noun of a built site right after a name no gazetteer knows', () => {
    expect(
      placesOf('Soldiers and police stormed the Kavumbi palace in Kasese on Sunday.'),
    ).toContainEqual(['Kavumbi palace', 'UG']);
    expect(
      placesOf(
        'Police arrested dozens of protesters near the Phra Chan bridge in Bangkok on Monday.',
      ),
    ).toContainEqual(['Phra Chan bridge', 'TH']);
    expect(
      placesOf('Rebel fighters stormed the Quetzalli prison in San Salvador on Tuesday.'),
    ).toContainEqual(['Quetzalli prison', 'SV']);
    expect(
      placesOf('Israeli troops stormed the Al-Nadira hospital in Gaza on Tuesday.'),
    ).toContainEqual(['Al-Nadira hospital', 'PS']);
  });

  it('leaves a site a modifier stands in, and a district, by its name alone', () => {
    expect(
      placesOf(
        'Mutinous soldiers seized the Ambalavao presidential palace in Antananarivo on Friday.',
      ),
    ).toContainEqual(['Ambalavao', 'MG']);
    expect(placesOf('Militiamen shelled the Basta quarter of Beirut on Friday.')).toContainEqual([
      'Basta',
      'LB',
    ]);
  });

  it('keeps a known town before a built site’s noun as the town, and a hotel in its town', () => {
    expect(placesOf('Gunmen attacked the Nairobi prison on Monday.')).toContainEqual([
      'Nairobi',
      'KE',
    ]);
    expect(placesOf('Gunmen stormed the Zarina hotel in Mogadishu on Friday.')).toEqual([
      ['Mogadishu', 'SO'],
    ]);
  });

  it('reads a capitalised name ending in a monument or a university, or opening with "Hotel"', () => {
    expect(
      placesOf(
        'Troops fired on protesters gathered around the Victory Monument in Bangkok on Monday.',
      ),
    ).toContainEqual(['Victory Monument', 'TH']);
    expect(
      placesOf(
        'Soldiers killed six priests at the Central American University in San Salvador on Thursday.',
      ),
    ).toContainEqual(['Central American University', 'SV']);
    expect(
      placesOf('Rebels opened fire on hostages near the Hotel Imperial in Kinshasa on Tuesday.'),
    ).toContainEqual(['Hotel Imperial', 'CD']);
  });

  it('reads a kind of place before "of" and a name as one place, not the town after "of"', () => {
    expect(
      placesOf(
        'Fighters seized the president at the ECOMOG headquarters in the Freeport of Monrovia on Sunday.',
      ),
    ).toContainEqual(['Freeport of Monrovia', 'LR']);
    expect(
      placesOf(
        'Revolutionary Guards boats seized a British-flagged tanker in the Strait of Hormuz on Friday, Iran said.',
      ),
    ).toContainEqual(['Strait of Hormuz', 'IR']);
    expect(
      placesOf(
        'Israeli troops fired on gunmen inside the Church of the Nativity in Bethlehem on Tuesday.',
      ).map(([name]) => name),
    ).toContain('Church of the Nativity');
  });

  it('keeps a body of that shape off the places', () => {
    expect(
      placesOf('Gunmen attacked a bus near the House of Commons in London on Monday.').map(
        ([name]) => name,
      ),
    ).not.toContain('House of Commons');
  });

  it('does not take a capitalised hospital the wounded were taken to for the place of other acts', () => {
    const text =
      'Kidnappers freed the diplomat in Montreal on Thursday. He was taken to the Royal ' +
      'Victoria Hospital for a check-up. Police arrested three men later that night.';
    expect(placesOf(text).map(([name]) => name)).not.toContain('Royal Victoria Hospital');
  });
});

describe('a site outside a town, named by the town', { timeout: 120_000 }, () => {
  it('reads a town before "airport" as the airport, in the town’s country', () => {
    expect(
      placesOf(
        'Commandos stormed the hijacked airliner at Mogadishu airport shortly after midnight.',
      ),
    ).toEqual([['Mogadishu airport', 'SO']]);
    expect(placesOf('Gunmen attacked the Kabul international airport on Monday.')).toEqual([
      ['Kabul international airport', 'AF'],
    ]);
    expect(
      claimsOfText('Gunmen attacked the Kabul international airport on Monday.', null)[0]?.where,
    ).toMatchObject({ precision: 'point' });
  });

  it('keeps a town that owns its airport, and an airport by its own name, as before', () => {
    expect(placesOf('Jets struck Kabul’s airport on Tuesday.')).not.toContainEqual([
      'Kabul airport',
      'AF',
    ]);
    expect(placesOf('Rebels shelled Mitiga airport on Sunday.')).toEqual([['Mitiga', undefined]]);
  });

  it('reads "the airport" as the airport the report named last, and no other place', () => {
    const places = placesOf(
      'The passengers were freed at Kandahar airport on Friday evening.\n\n' +
        'The deal was struck after six days of negotiations at the airport with the hijackers.',
    );
    expect(places).toEqual(expect.arrayContaining([['Kandahar airport', 'AF']]));
    expect(places.map(([name]) => name)).not.toContain('Kandahar');
    expect(
      placesOf('Fighting broke out in Kandahar on Monday. Drones struck the airport.'),
    ).toEqual(expect.not.arrayContaining([['Kandahar airport', 'AF']]));
  });
});
