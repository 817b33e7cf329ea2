import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/evidence/claim.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import type { Evaluation } from '../../../src/core/evaluation/evaluation.js';
import {
  claimFromLine,
  claimLines,
  claimsOfLines,
  DAILY_NORMS,
  DAY,
  iso,
  T0,
} from './claim-lines.js';
import { agreementWith, claimOf } from './evaluation-fixtures.js';

const AS_OF = '2024-03-06T00:00:00Z';
const agreement = agreementWith(DAILY_NORMS, 'categories: [[women, men, children]]');

/** One random claim: mostly accepted, known before asOf, within the term. */
const claimLine = claimLines({
  types: ['release', 'release', 'list_delivered', 'list_not_delivered', 'rocket_fire'],
  origins: ['Wire', 'Agency', 'North Army', 'South Command'],
  categories: ['women', 'children', 'men', 'israeli', null],
  statuses: ['accepted', 'accepted', 'accepted', 'rejected', 'suggested'],
  grounds: false,
});
const claimsArb = claimsOfLines(claimLine);

/** The evaluation without the given claims among those set aside, and without the claim counts. */
function without(e: Evaluation, added: readonly Claim[]): unknown {
  const ids = new Set<string>(added.map((c) => c.id));
  return JSON.parse(
    JSON.stringify({ ...e, claims: undefined }, (key, value: unknown) =>
      key === 'ignored' && Array.isArray(value)
        ? value.filter((i: { claim: string }) => !ids.has(i.claim))
        : value,
    ),
  );
}

describe('evaluation properties', () => {
  it('the result does not depend on the order of claims', () => {
    fc.assert(
      fc.property(claimsArb, fc.infiniteStream(fc.nat()), (claims, seeds) => {
        const shuffled = [...claims].sort(() => (seeds.next().value % 3) - 1);
        expect(JSON.stringify(evaluate(agreement, shuffled, AS_OF))).toBe(
          JSON.stringify(evaluate(agreement, claims, AS_OF)),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('claims recorded after asOf change nothing but the list of what was set aside', () => {
    fc.assert(
      fc.property(
        claimsArb,
        fc.array(claimLine, { minLength: 1, maxLength: 10 }),
        (claims, lateLines) => {
          const late = lateLines.map((l, i) =>
            claimFromLine(100 + i, l, { knownAt: '2024-03-07T00:00:00Z' }),
          );
          const base = evaluate(agreement, claims, AS_OF);
          const more = evaluate(agreement, [...claims, ...late], AS_OF);
          expect(without(more, late)).toEqual(without(base, late));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a rejected claim counts for nothing', () => {
    fc.assert(
      fc.property(
        claimsArb,
        fc.array(claimLine, { minLength: 1, maxLength: 10 }),
        (claims, rejectedLines) => {
          const rejected = rejectedLines.map((l, i) =>
            claimFromLine(200 + i, l, { status: 'rejected' }),
          );
          const base = evaluate(agreement, claims, AS_OF);
          const more = evaluate(agreement, [...claims, ...rejected], AS_OF);
          expect(without(more, rejected)).toEqual(without(base, rejected));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('adding a supporting claim never turns an achievement from fulfilled to violated', () => {
    fc.assert(
      fc.property(
        claimsArb,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 20 }),
        (claims, day, figure) => {
          const support = claimOf(300, {
            type: 'release',
            when: {
              earliest: iso(T0 + day * DAY + 3_600_000),
              latest: iso(T0 + day * DAY + 7_200_000),
              precision: 'hour',
            },
            actors: [{ name: 'north', role: 'agent', party: 'north' }],
            attribution: [{ name: 'An independent monitor', kind: 'monitor' }],
            categories: ['women'],
            quantities: [{ unit: 'people', min: figure, max: figure, qualifier: 'exact' }],
            knownAt: iso(T0),
          });
          const before = evaluate(agreement, claims, AS_OF);
          const after = evaluate(agreement, [...claims, support], AS_OF);
          before.periods.forEach((p, i) => {
            const was = p.norms.find((n) => n.norm === 'releases');
            const now = after.periods[i]?.norms.find((n) => n.norm === 'releases');
            if (was?.verdict === 'fulfilled') expect(now?.verdict).toBe('fulfilled');
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
