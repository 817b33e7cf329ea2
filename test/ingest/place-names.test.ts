import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';
import { lookupPlace, spellingKey } from '../../src/ingest/gazetteer.js';

const placeOf = (text: string): unknown => claimsOfText(text)[0]?.where ?? null;

describe('place names with their country', () => {
  it('gives the country code of our own places and of GeoNames cities', () => {
    expect(lookupPlace('Khan Younis')?.country).toBe('PS');
    expect(lookupPlace('Stepanakert')?.country).toBe('AZ');
    expect(lookupPlace('Alexandria')?.country).toBe('EG');
    expect(lookupPlace('Black Sea')?.country).toBeUndefined();
  });

  it('reads a name after "the village of" as a place, even one no gazetteer knows', () => {
    expect(placeOf('Israeli strikes on the village of Qarn Zubayr killed five people.')).toEqual({
      name: 'Qarn Zubayr',
      lat: null,
      lon: null,
      precision: 'point',
    });
  });

  it('reads a name before "area" or "port" as a place, with its country where GeoNames has it', () => {
    expect(placeOf('Fuel ships berthed at Latakia port on Monday.')).toMatchObject({
      name: 'Latakia',
      country: 'SY',
    });
  });

  it('reads a known place after a direction ("in southern Marib") or as what is captured or left', () => {
    const where = (text: string) => claimsOfText(text, null)[0]?.where ?? null;
    expect(where('Clashes were reported in southern Marib.')).toMatchObject({ country: 'YE' });
    expect(where('Forces have been trying to capture Tripoli for months.')).toMatchObject({
      name: 'Tripoli',
      country: 'LY',
    });
    expect(
      where('The delegation left Moscow without signing a ceasefire agreement.'),
    ).toMatchObject({ name: 'Moscow', country: 'RU' });
    // "southern Gaza" is one of our own places, not Gaza after a direction.
    expect(where('Clashes were reported in southern Gaza.')).toMatchObject({
      name: 'southern Gaza',
    });
  });

  it('keys a transliterated name by its consonants, so spellings of one name meet', () => {
    expect(spellingKey('Kiryat Shmona')).toBe(spellingKey('Qiryat Shemona'));
    expect(spellingKey("Mek'ele")).toBe(spellingKey('Mekelle'));
    expect(spellingKey('Wad Madani')).toBe(spellingKey('Wad Medani'));
    expect(spellingKey('Gaza')).not.toBe(spellingKey('Goma'));
  });

  it('reads a name GeoNames spells otherwise as the place in a country the report names', () => {
    const [, fired] = claimsOfText(
      'Israel struck Lebanon overnight. Two projectiles were launched from Lebanon towards Kiryat Shmona in Israel.',
      null,
    );
    expect(fired?.where).toMatchObject({ name: 'Kiryat Shmona', country: 'IL' });
    // In a report naming no country of that spelling, the name stays unread.
    const [alone] = claimsOfText('Two projectiles were launched towards Kiryat Shmona.', null);
    expect(alone?.where ?? null).toBeNull();
  });

  it('stops a place name before a weekday', () => {
    expect(placeOf('Talks were held in the city of Yevlakh on Thursday.')).toMatchObject({
      name: 'Yevlakh',
    });
  });

  it('reads no place in a person named after a title, an acronym, or part of a longer name', () => {
    expect(placeOf('Jets struck Gaza, said spokesman Hagari on Monday.')).toMatchObject({
      name: 'Gaza Strip',
    });
    expect(placeOf('Militants attacked a school run by UNRWA on Monday.')).toBeNull();
    // Not the town Abu: the whole name, which only a place follows "near" with.
    expect(placeOf('Fighters attacked army units near Abu Grein.')).toMatchObject({
      name: 'Abu Grein',
    });
  });
});
