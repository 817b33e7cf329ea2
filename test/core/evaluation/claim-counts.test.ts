import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/evidence/claim.js';
import { originKey, originOf } from '../../../src/core/evidence/claim.js';
import { ClaimIndex } from '../../../src/core/evaluation/claim-index.js';
import { claimCounts, setAsideReason } from '../../../src/core/evaluation/claim-counts.js';
import { agreementWith, claimOf } from './evaluation-fixtures.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2024-03-01T00:00:00Z');
const AS_OF = T0 + 3 * 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

const agreement = agreementWith(`
  - id: releases
    kind: achievement
    per: day
    bearer: north
    ref: clause 1
    act: {event: release}`);
const OURS = new Set(['north', 'south', 'broker']);

/** Few origins, parties, categories and hours, so that many claims report the same act. */
const claimLine = fc.record({
  type: fc.constantFrom('release' as const, 'airstrike' as const),
  origin: fc.constantFrom('Wire', 'Ministry'),
  agent: fc.constantFrom('north', 'south', 'broker', 'elsewhere', null),
  target: fc.constantFrom('north', 'elsewhere', null),
  categories: fc.subarray(['women', 'children']),
  start: fc.integer({ min: 0, max: 5 }).map((n) => n * 12),
  span: fc.constantFrom(0, 6, 30),
  known: fc.integer({ min: 0, max: 8 }).map((n) => n * 12),
  status: fc.constantFrom('accepted', 'accepted', 'accepted', 'rejected', 'suggested' as const),
  modality: fc.constantFrom('asserted', 'asserted', 'alleged', 'planned', 'denied' as const),
});
type Line = typeof claimLine extends fc.Arbitrary<infer T> ? T : never;

const claimsOf = (lines: readonly Line[]): Claim[] =>
  lines.map((l, n) =>
    claimOf(n + 1, {
      type: l.type,
      when: {
        earliest: iso(T0 + l.start * HOUR),
        latest: iso(T0 + (l.start + l.span) * HOUR),
        precision: 'hour',
      },
      attribution: [{ name: l.origin, kind: 'news_agency' }],
      actors: [
        ...(l.agent === null ? [] : [{ name: l.agent, role: 'agent' as const, party: l.agent }]),
        ...(l.target === null
          ? []
          : [{ name: l.target, role: 'target' as const, party: l.target }]),
      ],
      categories: l.categories,
      knownAt: iso(T0 + l.known * HOUR),
      status: l.status,
      modality: l.modality,
    }),
  );

const partiesAs = (c: Claim, role: string): string[] =>
  c.content.actors.filter((a) => a.role === role && a.party !== null).map((a) => a.party as string);

/** About others: its agents all outside the agreement, or no agent and its targets outside. */
function aboutOthers(c: Claim): boolean {
  const agents = partiesAs(c, 'agent');
  if (agents.length > 0) return agents.every((p) => !OURS.has(p));
  const targets = partiesAs(c, 'target');
  return targets.some((p) => !OURS.has(p)) && targets.every((p) => !OURS.has(p) || p === 'broker');
}

/** Counts but for supersession: accepted, known at asOf, about this agreement, not a plan. */
const reported = (c: Claim): boolean =>
  c.status === 'accepted' &&
  Date.parse(c.knownAt) <= AS_OF &&
  c.content.modality !== 'planned' &&
  !aboutOthers(c);

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));
const ourAgents = (c: Claim) => partiesAs(c, 'agent').filter((p) => p !== 'broker');

/** A later report, from the same origin, of the same act at an overlapping time. */
function corrected(c: Claim, all: readonly Claim[]): boolean {
  const at = (x: Claim) => [
    Date.parse(x.content.when.earliest!),
    Date.parse(x.content.when.latest!),
  ];
  const [lo, hi] = at(c);
  return all.some((d) => {
    const [dlo, dhi] = at(d);
    return (
      d !== c &&
      reported(d) &&
      originKey(originOf(d.content)) === originKey(originOf(c.content)) &&
      d.content.type === c.content.type &&
      sameSet(ourAgents(d), ourAgents(c)) &&
      sameSet(d.content.categories, c.content.categories) &&
      dlo! <= hi! &&
      lo! <= dhi! &&
      Date.parse(d.knownAt) > Date.parse(c.knownAt)
    );
  });
}

describe('which claims count', () => {
  it('are those accepted, known at asOf, about this agreement, not plans and not corrected by a later report', () => {
    fc.assert(
      fc.property(fc.array(claimLine, { maxLength: 40 }), (lines) => {
        const claims = claimsOf(lines);
        const index = new ClaimIndex(agreement, claims, AS_OF, []);
        const counted = claims.map((_, i) => claimCounts(index, i));
        const expected = claims.map((c) => reported(c) && !corrected(c, claims));
        expect(counted).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('give as the reason the first that applies: review, then time, then scope, then plan, then correction', () => {
    const [rejectedLate, late, outside, plan, earlier, later] = claimsOf([
      { ...line(), status: 'rejected', known: 100 },
      { ...line(), known: 100 },
      { ...line(), agent: 'elsewhere', modality: 'planned' },
      { ...line(), modality: 'planned' },
      { ...line(), known: 1 },
      { ...line(), known: 2 },
    ]) as [Claim, Claim, Claim, Claim, Claim, Claim];
    const claims = [rejectedLate, late, outside, plan, earlier, later];
    const index = new ClaimIndex(agreement, claims, AS_OF, []);
    expect(claims.map((_, i) => setAsideReason(index, i))).toEqual([
      'not_accepted',
      'known_after_as_of',
      'outside_agreement',
      'planned',
      'superseded',
      null,
    ]);
  });
});

function line(): Line {
  return {
    type: 'release',
    origin: 'Wire',
    agent: 'north',
    target: null,
    categories: [],
    start: 12,
    span: 0,
    known: 0,
    status: 'accepted',
    modality: 'asserted',
  };
}
