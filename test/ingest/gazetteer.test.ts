import { describe, expect, it } from 'vitest';
import { lookupPlace } from '../../src/ingest/gazetteer.js';

describe('lookupPlace', () => {
  it('reads spellings of one place alike, ignoring accents and hyphens', () => {
    for (const name of ['Khan Younis', 'Khan Yunis', 'Khān Yūnis', 'khan-yunis']) {
      expect(lookupPlace(name)).toMatchObject({ name: 'Khan Younis', precision: 'city' });
    }
    expect(lookupPlace('Deir el-Balah')?.name).toBe('Deir al-Balah');
  });

  it('gives regions, crossings and countries their precision', () => {
    expect(lookupPlace('southern Gaza')?.precision).toBe('region');
    expect(lookupPlace('Kerem Shalom')?.precision).toBe('point');
    expect(lookupPlace('Qatar')?.precision).toBe('country');
  });

  it('falls back to GeoNames cities, the most populous of a name', () => {
    expect(lookupPlace('Doha')).toMatchObject({ name: 'Doha', precision: 'city' });
    expect(lookupPlace('Alexandria')?.lat).toBeCloseTo(31.2, 0);
  });

  it('does not read the names of groups as places', () => {
    expect(lookupPlace('Hamas')).toBeNull();
  });
});
