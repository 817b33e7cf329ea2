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

const WITHDRAW = (day: number) => `
  - id: withdraw
    kind: achievement
    per: once
    bearer: north
    ref: clause 2
    act: {event: withdrawal}
    deadline: {end_of_date: 2024-03-0${day}}`;
/** Version 2 moves the deadline of the one withdrawal, in effect from the start of a day. */
const movedTo = (day: number, from: number) =>
  agreementWith(WITHDRAW(day), `version: 2\neffective_from: 2024-03-0${from}T00:00`);
const withdrawnOn = (day: number) =>
  claimOf(1, { type: 'withdrawal', actors: [by('north')], when: at(`2024-03-0${day}T12:00:00Z`) });
const withdrawals = (e: ReturnType<typeof evaluate>) => e.once.filter((r) => r.norm === 'withdraw');

describe('a once-only clause whose deadline an amendment moves', () => {
  const original = agreementWith(WITHDRAW(2));

  it('is judged once, by the terms in effect when it fell due: a deadline passed is not reopened', () => {
    // Due at the end of 2 March; the amendment, in effect from 4 March, gives until 4 March.
    const e = evaluateVersions([original, movedTo(4, 4)], [withdrawnOn(4)], '2024-03-10T00:00:00Z');
    expect(withdrawals(e)).toEqual([
      expect.objectContaining({ version: 1, due: '2024-03-03T00:00:00.000Z' }),
    ]);
  });

  it('is judged by the amendment when it takes effect before the old deadline', () => {
    const e = evaluateVersions([original, movedTo(4, 2)], [withdrawnOn(4)], '2024-03-10T00:00:00Z');
    expect(withdrawals(e)).toEqual([
      expect.objectContaining({
        version: 2,
        verdict: 'fulfilled',
        due: '2024-03-05T00:00:00.000Z',
      }),
    ]);
  });

  it('falls due when an amendment takes effect with a deadline already behind it', () => {
    // In effect from 3 March, due (by version 2) at the end of 1 March: due on 3 March.
    const e = evaluateVersions([original, movedTo(1, 3)], [], '2024-03-10T00:00:00Z');
    expect(withdrawals(e)).toEqual([expect.objectContaining({ version: 2 })]);
  });

  it('gives one result, from the version in effect when it first fell due, or at the moment asked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 8 }),
        fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
        (day, from, asOfDay, withdrawn) => {
          const asOf = Date.UTC(2024, 2, asOfDay);
          const claims = withdrawn === undefined ? [] : [withdrawnOn(withdrawn)];
          const e = evaluateVersions(
            [original, movedTo(day, from)],
            claims,
            new Date(asOf).toISOString(),
          );
          const effective = Date.UTC(2024, 2, from);
          const due1 = Date.UTC(2024, 2, 3);
          const due2 = Math.max(effective, Date.UTC(2024, 2, day + 1));
          // Version 1 governs until the amendment takes effect; whichever falls due first judges.
          const expected =
            due1 < effective && due1 <= asOf ? 1 : effective <= Math.min(due2, asOf) ? 2 : 1;
          expect(withdrawals(e).map((r) => r.version)).toEqual([expected]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
