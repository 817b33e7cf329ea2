import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

const placesOf = (text: string): (readonly [string | null, string | undefined])[] =>
  claimsOfText(text, null).map((c) => [c.where?.name ?? null, c.where?.country] as const);

describe('names no gazetteer knows, read as places by what an act does to them', () => {
  it('reads a name a force encircles, enters or reaches as a place, of the report’s country', () => {
    expect(
      placesOf(
        'Army units have encircled Qarnaba since March and shelled the port on Tuesday.',
      ).map(([name]) => name),
    ).toContain('Qarnaba');
    expect(
      placesOf('No aid convoy has been able to enter Sulmeda since the siege began in Yemen.'),
    ).toContainEqual(['Sulmeda', 'YE']);
    expect(
      placesOf('A convoy of 12 trucks reached Kazrum on Friday with food from Port Sudan.'),
    ).toContainEqual(['Kazrum', 'SD']);
  });

  it('does not read as a place a person a force takes or reaches', () => {
    for (const sentence of [
      'Mediators reached Tshisekedi and Kagame by phone on Friday about fighting near Goma, Congo.',
      'Troops took Kabila and Mobutu loyalists prisoner during fighting near Goma, Congo.',
      'Soldiers surrounded Ntaganda since Monday in fighting near Goma, Congo.',
    ]) {
      const names = placesOf(sentence).map(([name]) => name);
      expect(names, sentence).not.toContain('Tshisekedi');
      expect(names, sentence).not.toContain('Kabila');
      expect(names, sentence).not.toContain('Ntaganda');
    }
  });

  it('reads the first of the names a force retakes', () => {
    expect(
      placesOf('The Myanmar army retook Hadrik and Marnoq on Sunday after weeks of fighting.'),
    ).toContainEqual(['Hadrik', 'MM']);
  });

  it('reads a name told in or at before "between" as heading its phrase', () => {
    expect(
      placesOf('The UN distributed food to displaced people in Zalmir between 10 and 14 June.'),
    ).toContainEqual(['Zalmir', undefined]);
  });

  it('reads a village GeoNames knows in several countries as the one in the report’s country', () => {
    const [where] = claimsOfText(
      'Government troops clashed with rebels at Miraflores on Tuesday, near Pasto, Colombian officials said.',
      null,
    ).map((c) => c.where);
    expect(where).toMatchObject({ name: 'Miraflores', country: 'CO' });
    expect(where?.lat).not.toBeNull();
  });
});
