import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

// The rules alone: these tests are about where an act is placed, not whether it is kept.
const placeOf = (text: string): { name?: string; country?: string } | null =>
  (claimsOfText(text, null)[0]?.where as { name?: string; country?: string } | undefined) ?? null;

describe('a name after "the", and names that go on past a particle', () => {
  it('does not read "the Mission" as a town abroad', () => {
    expect(placeOf('Shelling was reported to the Mission in Western Sahara.')?.country).not.toBe(
      'US',
    );
  });

  it('reads a region after "the" as the region, with no other place of its country', () => {
    expect(placeOf('Clashes erupted in the Punjab on Monday.')).toMatchObject({ country: 'IN' });
    expect(placeOf('Fighting erupted in the Bekaa on Monday.')).toMatchObject({ country: 'LB' });
  });

  it('still reads a town before the noun it qualifies ("near the Aleppo airport")', () => {
    expect(placeOf('Shells fell near the Aleppo airport on Monday.')).toMatchObject({
      country: 'SY',
    });
  });

  it('reads a name that goes on past "del" or "de las" as the whole name', () => {
    // A village GeoNames knows counts where the report places something in its country.
    const places = claimsOfText(
      'Fighting resumed in Colombia on Friday. The army shelled rebel camps near San Vicente del Caguán on Saturday.',
      null,
    ).map((c) => c.where);
    expect(places).toContainEqual(
      expect.objectContaining({ name: 'San Vicente del Caguán', country: 'CO' }),
    );
    expect(placeOf('Rebels seized San Cristobal de las Casas on 1 January.')).toMatchObject({
      country: 'MX',
    });
  });

  it('reads no town spelt like an adjective ("off the Istrian coast")', () => {
    const places = claimsOfText(
      'Italy and Slovenia traded fire after a patrol boat was shelled off the Istrian coast.',
      null,
    ).map((c) => c.where?.name);
    expect(places.length).toBeGreaterThan(0);
    expect(places).not.toContain('Istrian');
  });

  it('ends a name at "on" before a day ("in Doha on Sunday" is Doha)', () => {
    expect(placeOf('The two sides signed a ceasefire in Doha on Sunday.')).toMatchObject({
      name: 'Doha',
      country: 'QA',
    });
  });
});
