import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../src/app/resolve-place.js';
import { claimsOfText } from '../support/extract-text.js';

describe('a place without coordinates', () => {
  it('reaches the store, and so the map, with none rather than a namesake’s', async () => {
    const [claim] = claimsOfText(
      'Militia fighters attacked displaced families in Korma on Wednesday. Aid trucks arrived in Korma, North Darfur, on Thursday.',
      null,
    );
    expect(claim?.where).toMatchObject({ name: 'Korma', lat: null, lon: null });
    expect(await resolvePlace(claim?.where)).toMatchObject({ lat: null, lon: null });
    // Tripoli in Lebanon is not Libya's capital: no coordinates from another country.
    const lebanese = {
      name: 'Tripoli',
      lat: null,
      lon: null,
      precision: 'point',
      country: 'LB',
    } as const;
    expect(await resolvePlace(lebanese)).toEqual(lebanese);
    // A name without a country still gets the gazetteer's coordinates, as before.
    const named = await resolvePlace({
      name: 'Khan Younis',
      lat: null,
      lon: null,
      precision: 'unknown',
    });
    expect(named).toMatchObject({ name: 'Khan Younis', precision: 'city' });
    expect(named?.lat).not.toBeNull();
  });
});
