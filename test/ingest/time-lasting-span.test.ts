import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/ingest/extract.js';

/** A local day in Asia/Jerusalem as UTC instants: two hours ahead in winter, three in summer. */
const dayStart = (day: string, offset = '+02:00'): string =>
  new Date(`${day}T00:00:00${offset}`).toISOString();
const dayEnd = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00+02:00`) + 86_400_000 - 1).toISOString();

/** The bounds of the first claim of a type, read with the rules alone. */
const when = (text: string, type: string): (string | null | undefined)[] => {
  const claim = extractClaims(
    {
      text,
      format: 'text',
      published: '2023-12-02T10:00:00+02:00',
      timeZone: 'Asia/Jerusalem',
      publisher: 'Wire',
    },
    null,
  ).claims.find((c) => c.type === type);
  return [claim?.when.earliest, claim?.when.latest];
};

describe('an act told by how long it lasted', () => {
  it('runs talks of a number of days up to the day the sentence gives, that day included', () => {
    expect(
      when(
        'The two delegations signed the accord in Lome on Wednesday after four days of talks mediated by Togo.',
        'talks',
      ),
    ).toEqual([dayStart('2023-11-26'), dayEnd('2023-11-29')]);
    // "more than a week" gives no count to run back.
    expect(
      when(
        'Negotiators met again on Thursday after more than a week of talks in the capital.',
        'talks',
      ),
    ).toEqual([dayStart('2023-11-30'), dayEnd('2023-11-30')]);
  });

  it('counts weeks and months back the same way, past the adjectives before the noun, not a part of the fighting', () => {
    expect(
      when(
        'Rebels seized the river port on 20 November after two weeks of heavy fighting.',
        'clash',
      ),
    ).toEqual([dayStart('2023-11-07'), dayEnd('2023-11-20')]);
    expect(
      when(
        'The envoys initialled the text on 10 November, ending three months of negotiations in Doha.',
        'talks',
      ),
    ).toEqual([dayStart('2023-08-11', '+03:00'), dayEnd('2023-11-10')]);
    // A length counted from another act, or a part of one, is not the act's own.
    expect(
      when(
        'The militias clashed near the depot on Tuesday, in the first ten days of fighting.',
        'clash',
      ),
    ).toEqual([dayStart('2023-11-28'), dayEnd('2023-11-28')]);
  });
});
