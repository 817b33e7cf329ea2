import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/ingest/extract.js';

/** A local day in Asia/Jerusalem as UTC instants: two hours ahead in winter, three in summer. */
const dayStart = (day: string, offset = '+02:00'): string =>
  new Date(`${day}T00:00:00${offset}`).toISOString();
const dayEnd = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00+02:00`) + 86_400_000 - 1).toISOString();

/** The first claim of a type, read with the rules alone. */
const claimOf = (text: string, type: string) =>
  extractClaims(
    {
      text,
      format: 'text',
      published: '2023-12-02T10:00:00+02:00',
      timeZone: 'Asia/Jerusalem',
      publisher: 'Wire',
    },
    null,
  ).claims.find((c) => c.type === type);

/** The bounds of the first claim of a type. */
const when = (text: string, type: string): (string | null | undefined)[] => {
  const claim = claimOf(text, type);
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
    // "more than two weeks" is no length to run back: the talks keep their day.
    expect(
      when(
        'The delegations signed the accord on Wednesday after more than two weeks of talks.',
        'talks',
      ),
    ).toEqual([dayStart('2023-11-29'), dayEnd('2023-11-29')]);
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
      when('The army retook the depot on Tuesday, in the first ten days of fighting.', 'clash'),
    ).toEqual([dayStart('2023-11-28'), dayEnd('2023-11-28')]);
  });
});

describe('a length told after the noun', () => {
  it('runs talks that lasted a number of days up to the day told, in their sentence or before it', () => {
    expect(
      when(
        'The delegations signed the accord on Friday after talks that lasted five days.',
        'talks',
      ),
    ).toEqual([dayStart('2023-11-27'), dayEnd('2023-12-01')]);
    const freed = 'Rebels freed the twelve hostages on Friday.';
    expect(when(`${freed} The release followed talks lasting three days.`, 'talks')).toEqual([
      dayStart('2023-11-29'),
      dayEnd('2023-12-01'),
    ]);
    expect(
      when(`${freed} The release followed negotiations which went on for a week.`, 'talks'),
    ).toEqual([dayStart('2023-11-25'), dayEnd('2023-12-01')]);
    // "more than two weeks" is no length to run back: the talks stay undated, as any not told so.
    expect(
      when(`${freed} The release followed talks lasting more than two weeks.`, 'talks')[0],
    ).toBeNull();
    // Told as still running, the length ends now, not on the day another act was told.
    const signed = 'The deal was signed on Friday.';
    for (const running of ['running for a week now', 'going on for a week now']) {
      expect(when(`${signed} Talks, ${running}, resumed.`, 'talks')[0]).not.toBe(
        dayStart('2023-11-25'),
      );
    }
  });
});

describe('a length that does not end on the day its sentence gives', () => {
  it('keeps the day of talks still to come, or begun on it, or agreed as more', () => {
    // Published on Saturday 2 December: Monday is still to come.
    expect(when('Three days of talks will open in Geneva on Monday.', 'talks')).toEqual([
      dayStart('2023-12-04'),
      dayEnd('2023-12-04'),
    ]);
    expect(when('The delegations opened three days of talks in Cairo on Sunday.', 'talks')).toEqual(
      [dayStart('2023-11-26'), dayEnd('2023-11-26')],
    );
    expect(
      when('The mediators agreed on Friday to a further five days of talks.', 'talks'),
    ).toEqual([dayStart('2023-12-01'), dayEnd('2023-12-01')]);
  });

  it('runs back from the publication day itself, told before its hour', () => {
    // Published on Saturday at ten: the day of publication runs to that hour.
    expect(
      when('The delegations signed the accord on Saturday after three days of talks.', 'talks'),
    ).toEqual([dayStart('2023-11-30'), '2023-12-02T08:00:00.000Z']);
  });

  it('keeps the day where a determiner makes the noun another thing', () => {
    expect(
      when('Rebels seized the town on Friday after ten days of no fighting.', 'clash'),
    ).toEqual([dayStart('2023-12-01'), dayEnd('2023-12-01')]);
    expect(
      when(
        'The delegations signed the accord on Wednesday after three days of our talks.',
        'talks',
      ),
    ).toEqual([dayStart('2023-11-29'), dayEnd('2023-11-29')]);
  });

  it('runs past a name before the noun, and says how long, ending when', () => {
    const claim = claimOf(
      'The delegations signed the accord on Wednesday after three days of Qatari talks.',
      'talks',
    );
    expect([claim?.when.earliest, claim?.when.latest, claim?.when.label]).toEqual([
      dayStart('2023-11-27'),
      dayEnd('2023-11-29'),
      'three days ending on Wednesday',
    ]);
  });
});
