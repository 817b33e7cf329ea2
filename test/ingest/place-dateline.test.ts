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

  it('is "the capital" when the report names no other capital or country', () => {
    expect(
      placed(
        'Kathmandu, 7 Mangsir (RSS): The two leaders signed the peace accord in the capital on ' +
          'Tuesday evening.',
      ),
    ).toEqual([['agreement_announced', 'Kathmandu']]);
  });
});
