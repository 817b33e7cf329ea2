import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

/** Each claim's type and place, read by the rules alone. */
const placed = (text: string): [string, string | null][] =>
  claimsOfText(text, null).map((c) => [c.type, c.where?.name ?? null]);

describe('where a report was filed ("LOME, July 7 (AFP) -")', () => {
  it('is the place "here" names, its town written in capitals', () => {
    expect(
      placed('LOME, July 7 (AFP) - The two sides signed a peace agreement here on Wednesday.'),
    ).toEqual([['agreement_announced', 'Lomé']]);
  });

  it('is no place where the report gives no dateline', () => {
    expect(placed('The two sides signed a peace agreement here on Wednesday.')).toEqual([
      ['agreement_announced', null],
    ]);
  });

  it('is "this town", after the dateline’s country', () => {
    expect(
      placed(
        'KHASAVYURT, Russia (AP) - The two commanders signed an agreement in this town late ' +
          'on Saturday.',
      ),
    ).toEqual([['agreement_announced', 'Khasavyurt']]);
  });

  it('is a town of the country or region after its comma where no gazetteer knows it', () => {
    const text =
      'ROCKY FORD, S.D., June 2 (AP) - Tribal police and the occupiers signed an agreement on ' +
      'Sunday. Federal marshals exchanged fire with the occupiers on Saturday.';
    const claims = claimsOfText(text, null);
    expect(claims.map((c) => c.type)).toEqual(['agreement_announced', 'clash']);
    for (const c of claims)
      expect(c.where).toMatchObject({ name: 'Rocky Ford', country: 'US', lat: null, lon: null });
  });

  it('is no unknown town where the capitals before a comma open no dateline', () => {
    expect(
      placed(
        'ROCKY FORD, the occupiers said, had exchanged fire with federal marshals on Saturday.',
      ),
    ).toEqual([['clash', null]]);
  });

  it('is no town where a heading in capitals stands before a bare dash', () => {
    expect(
      placed('KEY POINTS - The two sides signed a peace agreement here on Wednesday.'),
    ).toEqual([['agreement_announced', null]]);
  });

  it('is the known town before an agency in capitals', () => {
    expect(
      placed('CAIRO (MENA) - The two sides signed a peace agreement here on Wednesday.'),
    ).toEqual([['agreement_announced', 'Cairo']]);
  });

  it('is "the capital" when the report names no other capital or country', () => {
    expect(
      placed(
        'Kathmandu, 7 Mangsir (RSS): The two leaders signed the peace accord in the capital on ' +
          'Tuesday evening.',
      ),
    ).toEqual([['agreement_announced', 'Kathmandu']]);
  });
});
