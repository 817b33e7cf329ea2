import { describe, expect, it } from 'vitest';
import { claimsOfText, extractionOfText } from '../support/extract-text.js';

const placesOf = (text: string): (readonly [string | null, string | undefined])[] =>
  claimsOfText(text, null).map((c) => [c.where?.name ?? null, c.where?.country] as const);

describe('names no gazetteer knows, read as places by their setting', () => {
  it('reads a name the report places twice after a word of place as a place of its country, and chooses it', () => {
    const text =
      'Sudanese army aircraft bombed a market in Umm Kadada, in North Darfur, on Tuesday. ' +
      'Militia fighters attacked displaced families in Korma on Wednesday. ' +
      'Aid workers said a convoy reached Korma on Thursday, and more families arrived in Korma.';
    const { claims, placeCandidates } = extractionOfText(text, { model: null });
    const attack = claims.findIndex((c) => c.text.includes('attacked displaced families'));
    expect(attack).toBeGreaterThanOrEqual(0);
    expect(claims[attack]?.where).toMatchObject({ name: 'Korma', lat: null, country: 'SD' });
    const korma = placeCandidates[attack]?.find((c) => c.place?.name === 'Korma');
    expect(korma?.features).toEqual(expect.arrayContaining(['unknown-name', 'source=clause']));
  });

  it('reads a name told once as a place where a known place beside it says where it lies', () => {
    expect(
      placesOf(
        'Government troops shelled a school in Hapure in Dang district of Nepal on Monday, residents said.',
      ),
    ).toContainEqual(['Hapure', 'NP']);
    expect(
      placesOf('Rebels ambushed an army patrol in Tabit, near El Fasher, early on Sunday.'),
    ).toContainEqual(['Tabit', 'SD']);
  });

  it('reads a name placed once and written again elsewhere in the report as a place, and chooses it', () => {
    const text =
      'The wells of Gerlogubi\n\n' +
      'Ethiopian and Italian colonial troops clashed at Gerlogubi on Wednesday, officials in Addis Ababa said. ' +
      'The boundary commission had left Gerlogubi two days earlier.';
    const clash = claimsOfText(text, null).find((c) => c.type === 'clash');
    expect(clash?.where).toMatchObject({ name: 'Gerlogubi', lat: null, country: 'ET' });
  });

  it('reads no place in a name told once that speaks elsewhere, or that follows an article', () => {
    expect(
      placesOf(
        'Militiamen attacked the market in Abdiweli on Monday. ' +
          'Abdiweli said on Tuesday that the market had been empty.',
      ).map(([name]) => name),
    ).not.toContain('Abdiweli');
    const names = extractionOfText(
      'Police fired on protesters in the Assembly on Tuesday. Members of the Assembly walked out.',
      { model: null },
    ).placeCandidates.flatMap((cs) => cs.flatMap((c) => c.place?.name ?? []));
    expect(names).not.toContain('Assembly');
  });

  it('reads a proper name told once right after "in" or "at" as a place, and the first of a pair', () => {
    expect(placesOf('Militia fighters attacked displaced families in Korma on Wednesday.')).toEqual(
      [['Korma', undefined]],
    );
    expect(
      placesOf(
        'Shelling and air raids were reported in Chavakachcheri and along the road to Kandy on Friday.',
      ).map(([name]) => name),
    ).toContain('Chavakachcheri');
  });

  it('reads no place in a name told once that is an acronym or a word the report writes in lower case', () => {
    const names = (text: string) =>
      extractionOfText(text, { model: null }).placeCandidates.flatMap((cs) =>
        cs.flatMap((c) => c.place?.name ?? []),
      );
    expect(names('Police detained twelve men in KPK on Monday.')).not.toContain('KPK');
    expect(
      names('Shells fell in Lower Market on Monday, and traders left the lower market on Tuesday.'),
    ).not.toContain('Lower Market');
  });

  it('reads no place in a month, an outlet, a direction or an owner told in the same setting', () => {
    const text =
      'Fighting broke out in April in Khartoum between the army and the RSF. ' +
      'Reporters at Interfax in Moscow said Russian forces shelled Kupiansk on Monday. ' +
      'Troops shelled villages in the South on Tuesday, and the army moved more units to the South. ' +
      "Drones struck a fuel depot near the border in Ethiopia's north on Friday.";
    const names = new Set(
      extractionOfText(text, { model: null }).placeCandidates.flatMap((cs) =>
        cs.flatMap((c) => c.place?.name ?? []),
      ),
    );
    for (const wrong of ['April', 'Interfax', 'South', "Ethiopia's"])
      expect(names.has(wrong)).toBe(false);
  });

  it('reads no place in a language or a sitting body told once right after "in" (decision 0247)', () => {
    const names = (text: string) =>
      extractionOfText(text, { model: null }).placeCandidates.flatMap((cs) =>
        cs.flatMap((c) => c.place?.name ?? []),
      );
    expect(
      names('Gunmen attacked a checkpoint on Monday, the group said in Pashto on Tuesday.'),
    ).not.toContain('Pashto');
    expect(
      names('Troops shelled the village on Monday, the minister told members in Parliament.'),
    ).not.toContain('Parliament');
  });

  it('reads a bare name that an act on ground acts on as a place, with no word of place before it', () => {
    expect(
      placesOf('Government troops retook Dasht Qala on Thursday after a week of fighting.'),
    ).toContainEqual(['Dasht Qala', undefined]);
    expect(
      placesOf('On Sunday troops raided La Perla, one of the poorer districts of the city.'),
    ).toContainEqual(['La Perla', undefined]);
    expect(
      placesOf(
        'Kurtabad was shelled overnight. Families fleeing from Kurtabad reached the border on Monday.',
      ),
    ).toContainEqual(['Kurtabad', undefined]);
    expect(
      placesOf('After four days of fighting, Dasht Qala fell to the Taliban on Thursday.'),
    ).toContainEqual(['Dasht Qala', undefined]);
  });

  it('reads no place in a common noun opening a sentence, a person who falls or one who speaks', () => {
    const names = (text: string): (string | null)[] => placesOf(text).map(([name]) => name);
    expect(names('Convoys were shelled on the road north on Monday.')).not.toContain('Convoys');
    expect(
      names('Okonkwo fell to his death as police stormed the building on Monday.'),
    ).not.toContain('Okonkwo');
    expect(
      names(
        'Militiamen raided Ghafour on Monday, looting shops, residents said. ' +
          '"We will not leave," said Ghafour.',
      ),
    ).not.toContain('Ghafour');
    expect(
      names('Militiamen attacked the market in Abdiweli on Monday. It was empty, said Abdiweli.'),
    ).not.toContain('Abdiweli');
  });

  it('reads no place in a titled person an act on ground acts on, nor in a name that speaks after a title', () => {
    const names = (text: string): (string | null)[] => placesOf(text).map(([name]) => name);
    for (const text of [
      'Soldiers raided General Karimov on Monday.',
      'Police stormed Dr Okonkwo on Monday.',
      'Troops besieged Colonel Haddad on Monday.',
    ])
      for (const name of names(text)) expect(name ?? '').not.toMatch(/Karimov|Okonkwo|Haddad/u);
    expect(
      names(
        'Militiamen raided Ghafour on Monday, looting shops. "We will not leave," said Mr Ghafour.',
      ),
    ).not.toContain('Ghafour');
  });
});
