import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/evidence/claim.js';
import { ClaimIndex } from '../../../src/core/evaluation/claim-index.js';
import { PLANNED, USABLE } from '../../../src/core/evaluation/claim-counts.js';
import { PeriodCalendar } from '../../../src/core/evaluation/period-calendar.js';
import { agreementWith, claimOf } from './evaluation-fixtures.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2024-03-01T00:00:00Z');
const AS_OF = Date.parse('2024-03-09T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

const agreement = agreementWith(
  `
  - id: releases
    kind: achievement
    per: day
    bearer: north
    ref: clause 1
    act: {event: release, categories: [women, children]}`,
  'categories: [[women, men, children]]',
);
// The term's five days, so that claims also fall before and after the calendar.
const calendar = PeriodCalendar.build(
  T0,
  T0 + 5 * 24 * HOUR,
  agreement.timezone,
  agreement.dayBoundary,
);

/**
 * The sweep as it was before claims were sorted by act and time: every pair of usable claims of
 * an origin and type whose starts allow an overlap, `knownAt` parsed for each pair. Kept here,
 * word for word but for the event type read from the claim and the order of a bucket (by start,
 * where it was by first period: which claims are superseded does not depend on the calendar),
 * as the meaning to keep.
 */
function supersededPairwise(index: ClaimIndex): Int32Array {
  const claims = index.claims;
  const supersededBy = new Int32Array(claims.length).fill(-1);
  const { lo, hi, agents, persons } = index;
  const key = (i: number): number => lo[i] as number;
  const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
    a.length === b.length && a.every((x) => b.includes(x));
  const usable: number[] = [];
  for (let i = 0; i < claims.length; i++) {
    if (index.exclusion[i] !== USABLE || index.modality[i] === PLANNED || index.outside[i] !== 0)
      continue;
    usable.push(i);
  }
  const byKey = [...usable].sort((x, y) => {
    const kx = key(x);
    const ky = key(y);
    return kx < ky ? -1 : kx > ky ? 1 : x - y;
  });
  const buckets = new Map<string, number[]>();
  for (const i of byKey) {
    const b = `${index.origin[i]} ${(claims[i] as Claim).content.type}`;
    buckets.set(b, [...(buckets.get(b) ?? []), i]);
  }
  for (const order of buckets.values()) {
    for (let j = 0; j < order.length; j++) {
      const a = order[j] as number;
      for (let k = j + 1; k < order.length; k++) {
        const c = order[k] as number;
        if (key(c) > (hi[a] as number)) break;
        if ((lo[c] as number) > (hi[a] as number) || (lo[a] as number) > (hi[c] as number))
          continue;
        if (agents[a] !== agents[c] || persons[a] !== persons[c]) continue;
        if (
          !sameSet((claims[a] as Claim).content.categories, (claims[c] as Claim).content.categories)
        )
          continue;
        const ka = index.knownMs(a);
        const kc = index.knownMs(c);
        if (kc > ka) supersededBy[a] = c;
        else if (ka > kc) supersededBy[c] = a;
      }
    }
  }
  return supersededBy;
}

const subsetOf = <T>(items: readonly T[]) =>
  fc.shuffledSubarray([...items]).map((xs) => xs as readonly T[]);

/** Few origins, agents, categories and moments, so that many claims describe the same act. */
const claimLine = fc.record({
  type: fc.constantFrom('release' as const, 'aid_delivery' as const),
  origin: fc.constantFrom('Wire', 'Ministry'),
  agent: fc.constantFrom('north', null),
  categories: subsetOf(['women', 'children']),
  // From a day before the term to two days after it, by twelve hours; now and then unbounded.
  start: fc.option(
    fc.integer({ min: -2, max: 14 }).map((n) => n * 12),
    { freq: 12 },
  ),
  span: fc.constantFrom(0, 1, 5, 24, 30, 80),
  known: fc.integer({ min: 0, max: 12 }),
  status: fc.constantFrom('accepted', 'accepted', 'accepted', 'rejected' as const),
  modality: fc.constantFrom('asserted', 'asserted', 'asserted', 'planned', 'denied' as const),
});

type ClaimLine = typeof claimLine extends fc.Arbitrary<infer T> ? T : never;

function claimsOf(lines: readonly ClaimLine[]): Claim[] {
  return lines.map((l, n) =>
    claimOf(n + 1, {
      type: l.type,
      when: {
        earliest: l.start === null ? null : iso(T0 + l.start * HOUR),
        latest: l.start === null ? iso(T0 + l.span * HOUR) : iso(T0 + (l.start + l.span) * HOUR),
        precision: 'hour',
      },
      attribution: [{ name: l.origin, kind: 'news_agency' }],
      actors: l.agent === null ? [] : [{ name: l.agent, role: 'agent', party: l.agent }],
      categories: l.categories,
      knownAt: iso(T0 + l.known * 12 * HOUR),
      status: l.status,
      modality: l.modality,
    }),
  );
}

function placed(claims: readonly Claim[]): ClaimIndex {
  const index = new ClaimIndex(agreement, claims, AS_OF, []);
  index.place(calendar);
  return index;
}

describe('superseded claims', () => {
  it('are exactly those the pairwise sweep marks, each superseded by the same later report', () => {
    fc.assert(
      fc.property(fc.array(claimLine, { minLength: 30, maxLength: 80 }), (lines) => {
        const index = placed(claimsOf(lines));
        expect([...index.supersededBy]).toEqual([...supersededPairwise(index)]);
      }),
      { numRuns: 200 },
    );
  });

  it('a later report of the same act supersedes the earlier, whatever order the categories are named in', () => {
    const base = {
      type: 'release',
      origin: 'Ministry',
      agent: 'north',
      start: 30,
      span: 1,
      status: 'accepted',
      modality: 'asserted',
    } as const;
    const index = placed(
      claimsOf([
        { ...base, categories: ['women', 'children'], known: 6 },
        { ...base, categories: ['children', 'women'], known: 7 },
        { ...base, categories: ['children'], known: 8 },
      ]),
    );
    expect([...index.supersededBy]).toEqual([1, -1, -1]);
  });
});
