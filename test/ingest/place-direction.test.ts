import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

const placesOf = (text: string): string[] =>
  claimsOfText(text).map((c) => `${c.where?.name ?? '–'}/${c.where?.country ?? '–'}`);

describe('a part of a country named by its direction', () => {
  it('reads "northern Israel" as that region of Israel, not the whole country', () => {
    expect(placesOf('Militants fired about 250 rockets into northern Israel on Sunday.')).toEqual([
      'northern Israel/IL',
    ]);
    expect(placesOf('Several people were killed in Israeli strikes on northern Iran.')).toEqual([
      'northern Iran/IR',
    ]);
  });

  it('reads a province or a town after a direction as itself', () => {
    expect(placesOf('Rebels attacked army posts across northern Shan State on Friday.')).toEqual([
      'Shan State/MM',
    ]);
  });
});
