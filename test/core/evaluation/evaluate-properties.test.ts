import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/evidence/claim.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import type { Evaluation } from '../../../src/core/evaluation/evaluation.js';
import { agreementWith, claimOf } from './evaluation-fixtures.js';

const AS_OF = '2024-03-06T00:00:00Z';
const DAY = 86_400_000;
const T0 = Date.parse('2024-03-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

const agreement = agreementWith(
  `
  - id: releases
    kind: achievement
    per: day
    bearer: north
    ref: clause 1
    act: {event: release, categories: [women, children]}
    quantity: {min: 10, unit: people}
  - id: exchange
    kind: achievement
    per: day
    bearer: south
    ref: clause 2
    act: {event: release}
    quantity: {min: "2 * count(releases)", unit: people}
  - id: lists
    kind: achievement
    per: day
    bearer: north
    ref: clause 3
    act: {event: list_delivered}
  - id: no-fire
    kind: prohibition
    bearer: [north, south]
    ref: clause 4
    act: {event: rocket_fire}`,
  'categories: [[women, men, children]]',
);

/** One random claim: mostly accepted, known before asOf, within the term. */
const claimLine = fc.record({
  type: fc.constantFrom(
    'release',
    'release',
    'list_delivered',
    'list_not_delivered',
    'rocket_fire',
  ),
  agent: fc.constantFrom('north', 'south', null),
  origin: fc.constantFrom('Wire', 'Agency', 'North Army', 'South Command'),
  category: fc.constantFrom('women', 'children', 'men', 'israeli', null),
  figure: fc.integer({ min: 1, max: 15 }),
  start: fc.integer({ min: -6, max: 5 * 24 + 6 }),
  span: fc.constantFrom(0, 0, 0, 2, 30),
  modality: fc.constantFrom('asserted', 'asserted', 'asserted', 'denied', 'planned'),
  status: fc.constantFrom('accepted', 'accepted', 'accepted', 'rejected', 'suggested'),
  known: fc.integer({ min: 0, max: 4 * 24 }),
});
type Line = typeof claimLine extends fc.Arbitrary<infer T> ? T : never;

const claimFrom = (n: number, l: Line, overrides: Record<string, unknown> = {}): Claim =>
  claimOf(n, {
    type: l.type as 'release',
    when: {
      earliest: iso(T0 + l.start * 3_600_000),
      latest: iso(T0 + (l.start + l.span) * 3_600_000),
      precision: 'hour',
    },
    actors: l.agent === null ? [] : [{ name: l.agent, role: 'agent', party: l.agent }],
    attribution: [{ name: l.origin, kind: l.origin.includes(' ') ? 'party' : 'news_agency' }],
    categories: l.category === null ? [] : [l.category],
    quantities: [{ unit: 'people', min: l.figure, max: l.figure, qualifier: 'exact' }],
    modality: l.modality as 'asserted',
    status: l.status as 'accepted',
    knownAt: iso(T0 + l.known * 3_600_000),
    ...overrides,
  });

const claimsArb = fc
  .array(claimLine, { maxLength: 40 })
  .map((lines) => lines.map((l, i) => claimFrom(i + 1, l)));

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
            claimFrom(100 + i, l, { knownAt: '2024-03-07T00:00:00Z' }),
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
            claimFrom(200 + i, l, { status: 'rejected' }),
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
