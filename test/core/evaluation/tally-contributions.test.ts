import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/evidence/claim.js';
import { AsOfWindow } from '../../../src/core/evaluation/as-of-window.js';
import { ClaimIndex } from '../../../src/core/evaluation/claim-index.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import {
  Contributions,
  ROLES,
  contributionsOf,
} from '../../../src/core/evaluation/tally-contributions.js';
import { QuantityRoles } from '../../../src/core/quantity/quantity-role.js';
import type { EventType } from '../../../src/core/vocabulary/event-types.js';
import { agreementWith, at, by, claimOf } from './evaluation-fixtures.js';

const agreement = agreementWith(`
  - id: no-strikes
    kind: prohibition
    bearer: [north, south]
    ref: art. 1
    act: {event: [airstrike, rocket_fire]}
  - id: releases
    kind: achievement
    per: day
    bearer: north
    ref: art. 2
    act: {event: release}
  - id: aid
    kind: achievement
    per: day
    bearer: south
    ref: art. 3
    act: {event: aid_delivery}`);
const AS_OF = '2024-03-10T00:00:00Z';
const TYPES: readonly EventType[] = ['release', 'airstrike', 'rocket_fire', 'aid_delivery'];

/** A figure in units of every role and of none, spelt several ways, exact, ranged or open. */
const quantity = fc
  .record({
    unit: fc.constantFrom(
      'people',
      'Persons',
      'killed',
      'dead',
      'trucks',
      'Trucks',
      'sorties',
      'rockets',
      'injured',
      'crates',
    ),
    min: fc.integer({ min: 0, max: 30 }),
    extra: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
  })
  .map(({ unit, min, extra, role }) => ({
    unit,
    min,
    max: extra === null ? null : min + extra,
    qualifier: extra === 0 ? ('exact' as const) : ('at_least' as const),
    ...(role === undefined ? {} : { role }),
  }));

const line = fc.record({
  type: fc.constantFrom(...TYPES),
  agent: fc.constantFrom('north', 'south', null),
  origin: fc.constantFrom('Wire', 'Agency'),
  category: fc.constantFrom('women', 'children', null),
  quantities: fc.array(quantity, { maxLength: 4 }),
  day: fc.integer({ min: 0, max: 4 }),
});

const claimsOf = (lines: readonly (typeof line extends fc.Arbitrary<infer T> ? T : never)[]) =>
  lines.map((l, i) =>
    claimOf(i + 1, {
      type: l.type,
      when: at(new Date(Date.parse('2024-03-01T10:00:00Z') + l.day * 86_400_000).toISOString()),
      actors: l.agent === null ? [] : [by(l.agent)],
      attribution: [{ name: l.origin, kind: 'news_agency' }],
      categories: l.category === null ? [] : [l.category],
      quantities: l.quantities,
    }),
  );

/** Claim `i`'s contributions as the index's columns hold them, units as written. */
function fromColumns(index: ClaimIndex, i: number) {
  const c = index.contributions;
  const out = [];
  for (let k = c.start[i] as number; k < (c.start[i + 1] as number); k++) {
    const s = c.spelling[k] as number;
    out.push([c.role[k], c.min[k], c.max[k], s === 0 ? null : c.spellingOf(s)]);
  }
  return out;
}

/** The same read from the claim itself, as the tallies read it before the columns. */
function fromClaim(claim: Claim) {
  const spellings: string[] = [];
  const out = new Contributions(new QuantityRoles(), (unit) => spellings.push(unit));
  contributionsOf(claim, out);
  return Array.from({ length: out.size }, (_, k) => [
    out.role[k],
    out.min[k],
    out.max[k],
    out.unit[k] === 0 ? null : spellings[(out.unit[k] as number) - 1],
  ]);
}

describe("the claim index's tally contributions", () => {
  it('hold for every claim what reading the claim itself gives, in a fresh index and an advanced one', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 25 }),
        fc.array(line, { maxLength: 6 }),
        line,
        (lines, added, changed) => {
          const claims = claimsOf(lines);
          const asOfMs = Date.parse(AS_OF);
          const index = new ClaimIndex(agreement, claims, asOfMs, []);
          index.claims.forEach((claim, i) =>
            expect(fromColumns(index, i)).toEqual(fromClaim(claim)),
          );
          // Later claims added, the first claim changed (so its units are read first): the rest
          // copied from the index before, their units numbered again.
          const more = claimsOf([...lines, ...added]).slice(lines.length);
          const first = claimsOf([changed])[0] as Claim;
          const changes = [
            ...more.map((after) => ({ before: null, after })),
            ...claims.slice(0, 1).map((before) => ({ before, after: first })),
          ];
          const advanced = ClaimIndex.advanced(
            index,
            changes,
            new Set(TYPES),
            new AsOfWindow(asOfMs),
          );
          expect(advanced.claims).toHaveLength(claims.length + more.length);
          advanced.claims.forEach((claim, i) =>
            expect(fromColumns(advanced, i)).toEqual(fromClaim(claim)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('name a unit by the spelling the tallies meet first, not the first in claim order', () => {
    // The strike is tallied before the release (the clauses name strikes first), though the
    // release is the first claim: the columns keep spellings and the tallies name them as met.
    const killed = (unit: string, n: number) => [
      { unit, min: n, max: n, qualifier: 'exact' as const },
    ];
    const claims = [
      claimOf(1, {
        type: 'release',
        actors: [by('north')],
        when: at('2024-03-02T10:00:00Z'),
        quantities: killed('Killed', 2),
      }),
      claimOf(2, {
        type: 'airstrike',
        actors: [by('north')],
        when: at('2024-03-01T10:00:00Z'),
        quantities: killed('killed', 3),
      }),
    ];
    const units = evaluate(agreement, claims, AS_OF)
      .tallies.filter((t) => t.role === 'killed')
      .map((t) => [t.act, t.unit, t.count]);
    expect(units).toEqual([
      ['airstrike', 'killed', { min: 3, max: 3 }],
      ['release', 'killed', { min: 2, max: 2 }],
    ]);
  });
});
