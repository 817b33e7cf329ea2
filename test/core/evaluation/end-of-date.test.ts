import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAgreement } from '../../../src/core/agreement/parse-agreement.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { localDate } from '../../../src/core/time/zoned-time.js';
import { at, by, claimOf } from './evaluation-fixtures.js';

/** "Withdraw by the end of `date`", in `zone`, with periods from a 06:00 boundary. */
const agreement = (zone: string, date: string) =>
  parseAgreement(`
id: end-of-date
title: By the end of a date
ref: a test
timezone: ${zone}
day_boundary: "06:00"
parties: [{id: north}, {id: south}]
term: {start: 2024-03-01T06:00, duration: {days: 60}, ref: a test}
norms:
  - id: withdraw
    kind: achievement
    per: once
    bearer: north
    ref: art. 1
    act: {event: withdrawal}
    deadline: {end_of_date: ${date}}
`);

const ZONES = ['UTC', 'Asia/Damascus', 'Europe/Paris', 'America/Santiago', 'Asia/Kabul'];

describe('a deadline at the end of a local date', () => {
  it('falls due at the first instant of the next local date, whatever the day boundary', () => {
    const a = agreement('Asia/Damascus', '2024-03-15');
    const e = evaluate(a, [], '2024-03-01T12:00:00Z');
    expect(e.once[0]?.due).toBe('2024-03-15T21:00:00.000Z'); // UTC+3
  });

  it('counts an act in the last minutes of the date and not one just after', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 2, max: 50 }),
        fc.integer({ min: 1, max: 120 }),
        fc.boolean(),
        (zone, day, minutes, before) => {
          const date = new Date(Date.UTC(2024, 2, 1 + day)).toISOString().slice(0, 10);
          const a = agreement(zone, date);
          const due = Date.parse(evaluate(a, [], '2024-03-01T12:00:00Z').once[0]?.due ?? '');
          // The deadline is the end of the date: the instant before it is still on that date.
          expect(localDate(due - 1, zone)).toBe(date);
          expect(localDate(due, zone)).not.toBe(date);
          const when = new Date(due + (before ? -minutes : minutes - 1) * 60_000).toISOString();
          const claim = claimOf(1, { type: 'withdrawal', actors: [by('north')], when: at(when) });
          const verdict = evaluate(a, [claim], '2024-06-01T00:00:00Z').once[0]?.verdict;
          expect(verdict).toBe(before ? 'fulfilled' : 'unknown');
        },
      ),
      { numRuns: 40 },
    );
  });
});
