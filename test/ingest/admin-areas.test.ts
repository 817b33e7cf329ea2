import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAdminAreas } from '../../scripts/build-admin-areas.js';
import { ADMIN_AREAS_URL, adminAreasByName } from '../../src/ingest/admin-areas.js';
import { claimsOfText } from '../support/extract-text.js';
import { areasAround, lookupPlace } from '../../src/ingest/gazetteer.js';

const placeOf = (text: string): unknown => claimsOfText(text)[0]?.where ?? null;

describe('countries and administrative areas', () => {
  it('rebuilds the shipped table byte for byte from Natural Earth', () => {
    expect(buildAdminAreas()).toBe(readFileSync(ADMIN_AREAS_URL, 'utf8'));
  });

  it('knows provinces and states by their own and their alternate names, with the country', () => {
    expect(lookupPlace('Tigray')).toMatchObject({ precision: 'region', country: 'ET' });
    expect(lookupPlace('Tigrai')).toMatchObject({ name: 'Tigray', country: 'ET' });
    expect(lookupPlace('Rakhine')).toMatchObject({ name: 'Rakhine State', country: 'MM' });
    expect(lookupPlace('Upper Nile')).toMatchObject({ country: 'SS' });
  });

  it('reads a country name as the country, not a town named after it', () => {
    // GeoNames has a town called Venezuela in Cuba.
    expect(lookupPlace('Venezuela')).toMatchObject({ precision: 'country', country: 'VE' });
    expect(lookupPlace('Myanmar')).toMatchObject({ precision: 'country', country: 'MM' });
  });

  it('keeps a city ahead of the province of the same name', () => {
    expect(lookupPlace('Aleppo')).toMatchObject({ precision: 'city', country: 'SY' });
  });

  it('finds a province named after a locative word in a claim', () => {
    expect(placeOf('Rebels shelled army positions in Putumayo on Friday.')).toMatchObject({
      name: 'Putumayo',
      precision: 'region',
      country: 'CO',
    });
  });

  it('holds no area by a generic name alone', () => {
    for (const name of ['central', 'northern', 'capital', 'eastern region']) {
      expect(adminAreasByName().has(name)).toBe(false);
    }
  });

  it('gives a GeoNames town the province its admin-1 code names, and a region none', () => {
    const names = (n: string): string[] => areasAround(lookupPlace(n)!).map((p) => p.name);
    expect(names('El Fasher')).toEqual(['North Darfur']);
    expect(names('Goma')).toEqual(['North Kivu']);
    expect(names('Tigray')).toEqual([]);
    // A namesake elsewhere is not the town: same name, another position.
    expect(areasAround({ ...lookupPlace('Goma')!, lat: 0, lon: 0 })).toEqual([]);
  });

  it('gives a place of our own table its listed areas, never itself', () => {
    expect(areasAround(lookupPlace('Sderot')!).map((p) => p.name)).toEqual(['HaDarom']);
  });
});
