import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { evaluateVersions } from '../../../src/core/evaluation/evaluate-versions.js';
import { agreementWith, at, by, claimOf, people } from './evaluation-fixtures.js';

const releases = (min: number) => `
  - id: releases
    kind: achievement
    per: day
    bearer: north
    ref: clause 1
    act: {event: release}
    quantity: {min: ${min}, unit: people}`;

const ORIGINAL = agreementWith(releases(10));
/** Version 2 lowers the daily quota from day 3 (3 March) on. */
const AMENDED = agreementWith(
  releases(5),
  `version: 2\neffective_from: 2024-03-03T00:00\namends: {version: 1, summary: five a day from 3 March}`,
);

/** Six people released each day of the five. */
const SIX_A_DAY = [1, 2, 3, 4, 5].map((d) =>
  claimOf(d, {
    type: 'release',
    actors: [by('north')],
    quantities: people(6),
    when: at(`2024-03-0${d}T12:00:00Z`),
  }),
);

describe('the version in effect', () => {
  it('judges each period by the version in effect when it began, and says which', () => {
    const e = evaluateVersions([AMENDED, ORIGINAL], SIX_A_DAY, '2024-03-10T00:00:00Z');
    expect(e.periods.map((p) => p.version)).toEqual([1, 1, 2, 2, 2]);
    expect(e.periods.map((p) => p.norms[0]?.verdict)).toEqual([
      'violated',
      'violated',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(e.periods.every((p) => p.norms.every((n) => n.version === p.version))).toBe(true);
  });

  it('keeps the old terms for days before the amendment, whatever the moment asked', () => {
    const e = evaluateVersions([ORIGINAL, AMENDED], SIX_A_DAY, '2024-03-02T18:00:00Z');
    expect(e.periods[0]?.norms[0]).toMatchObject({ version: 1, verdict: 'violated' });
  });

  it('keeps only the breaches of the instances shown', () => {
    const e = evaluateVersions([ORIGINAL, AMENDED], SIX_A_DAY, '2024-03-10T00:00:00Z');
    expect(e.breaches.map((b) => b.period)).toEqual([1, 2]);
  });

  it('is the plain evaluation when there is one version', () => {
    fc.assert(
      fc.property(fc.subarray(SIX_A_DAY), fc.integer({ min: 0, max: 8 }), (claims, d) => {
        const asOf = new Date(Date.UTC(2024, 2, 1 + d)).toISOString();
        expect(evaluateVersions([ORIGINAL], claims, asOf)).toEqual(
          evaluate(ORIGINAL, claims, asOf),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('agrees with each version alone on the periods that version governs', () => {
    fc.assert(
      fc.property(
        fc.subarray(SIX_A_DAY),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 0, max: 8 }),
        (claims, from, d) => {
          const amended = agreementWith(
            releases(5),
            `version: 2\neffective_from: 2024-03-0${from}T00:00`,
          );
          const asOf = new Date(Date.UTC(2024, 2, 1 + d)).toISOString();
          const e = evaluateVersions([ORIGINAL, amended], claims, asOf);
          const alone = { 1: evaluate(ORIGINAL, claims, asOf), 2: evaluate(amended, claims, asOf) };
          for (const p of e.periods) {
            expect(p.version).toBe(p.index < from ? 1 : 2);
            const own = alone[p.version as 1 | 2].periods.find((q) => q.start === p.start);
            expect(p.norms).toEqual(own?.norms);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
