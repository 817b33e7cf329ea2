import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/evidence/claim.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import type { NormResult } from '../../../src/core/evaluation/evaluation.js';
import { agreementWith, claimOf } from './evaluation-fixtures.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2024-03-01T00:00:00Z');
const AS_OF = '2024-03-20T00:00:00Z';
const iso = (ms: number) => new Date(ms).toISOString();

// A once-only clause over a window of many periods beside per-period ones: a claim spanning
// several periods, or with no end, meets the once-only window in each period it covers.
const agreement = agreementWith(
  `
  - id: withdraw
    kind: achievement
    per: once
    bearer: north
    ref: clause 1
    act: {event: withdrawal}
    deadline: {day: 12}
  - id: no-fire
    kind: prohibition
    per: day
    bearer: [north, south]
    ref: clause 2
    act: {event: rocket_fire}
  - id: no-fire-ever
    kind: prohibition
    bearer: north
    ref: clause 3
    act: {event: rocket_fire}
    per: once
  - id: releases
    kind: achievement
    per: day
    bearer: south
    ref: clause 4
    act: {event: release}`,
  '',
  'duration: {days: 14}',
);

const claimLine = fc.record({
  type: fc.constantFrom('withdrawal', 'rocket_fire', 'release', 'airstrike'),
  agent: fc.constantFrom('north', 'south', null),
  origin: fc.constantFrom('Wire', 'Agency', 'North Army'),
  start: fc.integer({ min: -30, max: 15 * 24 }),
  // Up to a week, or no known end at all.
  span: fc.constantFrom(0, 3, 30, 100, 170, null),
  modality: fc.constantFrom('asserted', 'asserted', 'denied', 'planned'),
  status: fc.constantFrom('accepted', 'accepted', 'accepted', 'suggested'),
  known: fc.integer({ min: 0, max: 20 * 24 }),
});
type Line = typeof claimLine extends fc.Arbitrary<infer T> ? T : never;

const claimFrom = (n: number, l: Line): Claim =>
  claimOf(n, {
    type: l.type as 'release',
    when: {
      earliest: iso(T0 + l.start * HOUR),
      latest: l.span === null ? null : iso(T0 + (l.start + l.span) * HOUR),
      precision: 'hour',
    },
    actors: l.agent === null ? [] : [{ name: l.agent, role: 'agent', party: l.agent }],
    attribution: [{ name: l.origin, kind: l.origin.includes(' ') ? 'party' : 'news_agency' }],
    modality: l.modality as 'asserted',
    status: l.status as 'accepted',
    knownAt: iso(T0 + l.known * HOUR),
  });

const claimsArb = fc
  .array(claimLine, { maxLength: 30 })
  .map((lines) => lines.map((l, i) => claimFrom(i + 1, l)));

function repeated(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => seen.has(id) || !seen.add(id));
}

describe('explanation lists', () => {
  it('name each claim at most once in every list of every cell, once-only clauses included', () => {
    fc.assert(
      fc.property(claimsArb, (claims) => {
        const e = evaluate(agreement, claims, AS_OF);
        const cells: NormResult[] = [...e.once, ...e.periods.flatMap((p) => p.norms)];
        for (const cell of cells) {
          const x = cell.explanation;
          expect(repeated(x.counted), `${cell.norm} counted`).toEqual([]);
          expect(repeated(x.possible), `${cell.norm} possible`).toEqual([]);
          expect(repeated(x.contrary), `${cell.norm} contrary`).toEqual([]);
          expect(repeated(x.ignored.map((g) => g.claim)), `${cell.norm} ignored`).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('allege a breach once per clause instance, claim and party, however many periods it spans', () => {
    fc.assert(
      fc.property(claimsArb, (claims) => {
        const e = evaluate(agreement, claims, AS_OF);
        const keys = e.breaches.map((b) => [b.norm, b.period, b.by, b.claim, b.basis].join('|'));
        expect(repeated(keys)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('list a claim possibly within a two-week once-only window once, not once per day', () => {
    const open = claimOf(1, {
      type: 'withdrawal',
      when: { earliest: '2024-03-01T06:00:00Z', latest: null, precision: 'day' },
      actors: [{ name: 'north', role: 'agent', party: 'north' }],
    });
    const e = evaluate(agreement, [open], AS_OF);
    const withdraw = e.once.find((r) => r.norm === 'withdraw');
    expect(withdraw?.explanation.possible).toEqual([open.id]);
  });
});
