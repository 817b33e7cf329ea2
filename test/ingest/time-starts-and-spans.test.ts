import { describe, expect, it } from 'vitest';
import { claimsOfText } from '../support/extract-text.js';

// claimsOfText publishes at 2024-03-02T10:00Z (a Saturday), in UTC.
const byType = (text: string): Map<string, { earliest: string | null; latest: string | null }> =>
  new Map(claimsOfText(text, null).map((c) => [c.type, c.when]));

const publicationDay = { earliest: '2024-03-02T00:00:00.000Z', latest: '2024-03-02T10:00:00.000Z' };

describe('times that start a pause, and clock times on a date', () => {
  it('dates a clock time by the date told after it, not by the publication day', () => {
    const start = byType(
      'The army and the RSF agreed to a ceasefire throughout Sudan, beginning at 6:00 am Khartoum time on 18 March and lasting seventy-two hours.',
    ).get('truce_start');
    expect(start?.earliest).toBe('2024-03-18T06:00:00.000Z');
  });

  it('dates the agreement, not by the time its pause starts from', () => {
    const claims = byType(
      'The army and the RSF agreed to a ceasefire throughout Sudan, beginning at 6:00 am Khartoum time on 18 March and lasting seventy-two hours.',
    );
    // The publication day, up to the publication moment.
    expect(claims.get('agreement_announced')).toMatchObject(publicationDay);
    const fromMidnight = byType(
      'Armenia and Azerbaijan agreed to a new humanitarian ceasefire from midnight, their foreign ministries said.',
    ).get('agreement_announced');
    expect(fromMidnight).toMatchObject(publicationDay);
  });

  it('runs what is told since a date from that date to publication', () => {
    const [shipped] = claimsOfText(
      'Since the corridor opened on 1 February, more than 11 million tonnes of grain have been shipped under the deal.',
      null,
    );
    expect(shipped?.when).toMatchObject({
      earliest: '2024-02-01T00:00:00.000Z',
      latest: '2024-03-02T10:00:00.000Z',
      label: 'since 1 February',
    });
  });

  it('dates an act by the time right after "since" or "after", though the word breaks the clause', () => {
    const [capture] = claimsOfText(
      "Haftar's forces have been trying to capture Tripoli since April.",
      null,
    );
    expect(capture?.when).toMatchObject({
      earliest: '2023-04-01T00:00:00.000Z',
      latest: '2024-03-02T10:00:00.000Z',
    });
    // "after" breaks a clause too, but "after noon" is the act's own time, not the publication day.
    const [hit] = claimsOfText(
      'Officials said a residential building had been hit by rockets after noon.',
      null,
    );
    expect(hit?.when).toMatchObject({ label: 'noon', precision: 'hour' });
    // A "since" far from the trigger dates the thing it follows, not the act.
    const [abduction] = claimsOfText(
      'The government said the abduction violated the ceasefire in force with the ELN since Aug. 3.',
      null,
    );
    expect(abduction?.when).toMatchObject(publicationDay);
  });
});
