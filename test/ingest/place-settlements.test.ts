import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

const placesOf = (text: string): unknown[] => claimsOfText(text).map((c) => c.where);

describe('places a settlement noun or the report names', () => {
  it('reads the whole name before a settlement noun, after "of" as well', () => {
    expect(placesOf('Reports told of Umm Sayala camp being shelled on Monday.')).toEqual([
      expect.objectContaining({ name: 'Umm Sayala' }),
    ]);
  });

  it('takes the name after "town of", not the adjective before "town"', () => {
    expect(
      placesOf('Rockets were fired at the northern Sudanese town of Wad Sharifai on Monday.'),
    ).toEqual([expect.objectContaining({ name: 'Wad Sharifai' })]);
  });

  it('gives a town the country its adjective names', () => {
    const [town] = placesOf(
      'Jets struck Tyre. Rockets were fired at the northern Israeli town of Kfar Yuval on Monday.',
    ).slice(1);
    expect(town).toMatchObject({ name: 'Kfar Yuval', country: 'IL' });
  });

  it('reads a country told by its adjective before "territory" as the country', () => {
    expect(placesOf('Two drones crossed into Syrian territory on Monday.')).toEqual([
      expect.objectContaining({ name: 'Syria', precision: 'country', country: 'SY' }),
    ]);
  });

  it('ends a name at a comma or a semicolon', () => {
    expect(placesOf('Militias shelled the village of Tel Warda; Chad did not comment.')).toEqual([
      expect.objectContaining({ name: 'Tel Warda' }),
    ]);
  });

  it('reads the first name of a list before a plural settlement noun', () => {
    expect(placesOf('Troops shelled the Karmi and Dorval districts on Monday.')).toEqual([
      expect.objectContaining({ name: 'Karmi' }),
    ]);
  });

  it('gives a village no gazetteer knows the country the report is about', () => {
    const [, village] = placesOf(
      'Jets struck Tyre on Monday. Artillery shelled the village of Qawzah Tahta on Tuesday.',
    );
    expect(village).toMatchObject({ name: 'Qawzah Tahta', lat: null, country: 'LB' });
  });

  it("takes the report's country from names wherever they stand, possessives too", () => {
    const [village] = placesOf(
      "Yemen's government said militias shelled the village of Bir Qasawi on Monday.",
    );
    expect(village).toMatchObject({ name: 'Bir Qasawi', lat: null, country: 'YE' });
  });

  it('prefers a small place in a country the report names to a namesake abroad', () => {
    const [, district] = placesOf(
      'Houthi drones struck Marib on Monday. Coalition jets shelled the Hays district on Tuesday.',
    );
    // GeoNames spells the Yemeni one Ḩays; Hays, Kansas is the more populous.
    expect(district).toMatchObject({ name: 'Ḩays', country: 'YE' });
  });

  it('prefers a town the clause names to one "the capital" retells', () => {
    const places = placesOf(
      'Delegates met in Jeddah on Monday. Residents of the capital said clashes had resumed around the old market and the state television building in Omdurman.',
    );
    expect(places.at(-1)).toMatchObject({ name: 'Omdurman' });
  });

  it('reads "the city" as the last city the report named', () => {
    const [, second] = placesOf(
      'Rebels captured Kidal on Monday. Drones struck the city on Tuesday, residents said.',
    );
    expect(second).toMatchObject({ name: 'Kidal', country: 'ML' });
  });

  it('reads "the X area of Y" as X, unless X is a country or its adjective', () => {
    const placeOf = (text: string): unknown => claimsOfText(text, null)[0]?.where;
    expect(placeOf('Jets struck a building in the Hadath area of Beirut on Monday.')).toMatchObject(
      { name: 'Hadath' },
    );
    expect(
      placeOf('Rebels handed back the northern Myanmar city of Lashio on Tuesday.'),
    ).toMatchObject({ name: 'Lashio', country: 'MM' });
  });

  it("reads no place in a base's name: the town the paragraph named stands", () => {
    const places = claimsOfText(
      'The RSF accused the army of shelling its positions in Khartoum North on Monday. The army said its forces had repelled an attack near the Wadi Seidna base.',
      null,
    ).map((c) => c.where?.name);
    expect(places.at(-1)).toBe('Khartoum North');
  });

  it('reads a name no gazetteer knows as a place when the words after its comma place it', () => {
    const placeOf = (text: string): unknown => claimsOfText(text, null)[0]?.where;
    expect(
      placeOf('Gunmen attacked civilians in Ardamata, on the edge of El Geneina, on Monday.'),
    ).toMatchObject({ name: 'Ardamata', lat: null, country: 'SD' });
    expect(
      placeOf('Drones shelled positions near Kibati, 25 kilometres west of Goma, on Monday.'),
    ).toMatchObject({ name: 'Kibati', country: 'CD' });
    expect(
      placeOf('Rebels entered Walikale, a mining town in North Kivu, on Monday.'),
    ).toMatchObject({ name: 'Walikale' });
  });

  it('reads again, after a locative word, a name the report has said is a place', () => {
    const places = claimsOfText(
      'Gunmen attacked the village of Umm Dafok on Monday.\n\nJets struck Kassala on Sunday. Shells hit homes in Umm Dafok on Tuesday.',
      null,
    ).map((c) => c.where?.name);
    expect(places.at(-1)).toBe('Umm Dafok');
  });

  it('reads no unknown name told once, but right after "in" or "at", as a place unless the report says it is one', () => {
    const places = claimsOfText(
      'Jets struck Kassala on Sunday. Shells hit homes around Umm Dafok on Tuesday.',
      null,
    ).map((c) => c.where?.name);
    expect(places.at(-1)).toBe('Kassala');
  });
});
