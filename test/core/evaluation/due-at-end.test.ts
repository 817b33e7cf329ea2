import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { agreementWith, at, by, claimOf, people } from './evaluation-fixtures.js';

const DAY = 86_400_000;
const START = Date.parse('2024-03-01T00:00:00Z');

/** "Release ten by the end of the truce", in a truce whose end is a range of days. */
const truce = (shortest: number, longest: number) =>
  agreementWith(
    `
  - id: releases-by-end
    kind: achievement
    per: once
    bearer: north
    ref: clause 1
    act: {event: release}
    quantity: {min: 10, unit: people}`,
    '',
    `duration: {between: [{days: ${shortest}}, {days: ${longest}}]}`,
  );

describe('an obligation due at the end of a term whose end is a range', () => {
  it('is violated once the whole range has passed, when a report falls short', () => {
    const e = evaluate(
      truce(3, 5),
      [claimOf(1, { type: 'release', actors: [by('north')], quantities: people(4) })],
      '2024-03-07T00:00:00Z',
    );
    expect(e.once[0]).toMatchObject({ verdict: 'violated', lifecycle: 'violated' });
  });

  it('is not yet due while the end may still be to come', () => {
    const e = evaluate(
      truce(3, 5),
      [claimOf(1, { type: 'release', actors: [by('north')], quantities: people(4) })],
      '2024-03-05T00:00:00Z',
    );
    expect(e.once[0]?.verdict).toBe('not_due');
  });

  it('with reports against it, is violated or disputed once the range has passed, never unknown', () => {
    const report = fc.record({
      hour: fc.integer({ min: 1, max: 24 * 3 - 1 }),
      figure: fc.integer({ min: 0, max: 3 }), // three reports of at most three: short of ten
      denied: fc.boolean(),
      origin: fc.constantFrom('Wire', 'North Army', 'Broker Ministry'),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        fc.array(report, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 3 * 24 }),
        (shortest, more, reports, hoursAfter) => {
          const longest = shortest + more;
          const claims = reports.map((r, i) => {
            const when = new Date(START + Math.min(r.hour, shortest * 24 - 1) * 3_600_000);
            return claimOf(i + 1, {
              type: 'release',
              actors: [by('north')],
              quantities: people(r.figure),
              modality: r.denied ? 'denied' : 'asserted',
              when: at(when.toISOString()),
              attribution: [{ name: r.origin, kind: 'news_agency' }],
            });
          });
          const asOf = new Date(START + longest * DAY + hoursAfter * 3_600_000).toISOString();
          const verdict = evaluate(truce(shortest, longest), claims, asOf).once[0]?.verdict;
          expect(['violated', 'disputed']).toContain(verdict);
        },
      ),
      { numRuns: 60 },
    );
  });
});
