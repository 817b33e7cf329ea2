import fc from 'fast-check';
import type { Claim } from '../../../src/core/evidence/claim.js';
import { claimOf } from './evaluation-fixtures.js';

/** Hours are counted from here in generated claims. */
export const T0 = Date.parse('2024-03-01T00:00:00Z');
export const DAY = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString();

/** Daily releases owed in proportion to each other, lists, and fire forbidden to both sides. */
export const DAILY_NORMS = `
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
    act: {event: [rocket_fire, armed_attack]}`;

/** What a property test varies in its claims; each list is drawn from evenly, repeats weigh. */
export interface LineChoices {
  readonly types: readonly string[];
  readonly origins: readonly string[];
  readonly categories: readonly (string | null)[];
  readonly statuses: readonly string[];
  /** Whether a claim may say the act was in self-defence, or deny that it was. */
  readonly grounds: boolean;
}

/** One random claim, as the fields it varies: mostly accepted, known within four days. */
export function claimLines(choices: LineChoices) {
  return fc.record({
    type: fc.constantFrom(...choices.types),
    agent: fc.constantFrom('north', 'south', null),
    origin: fc.constantFrom(...choices.origins),
    category: fc.constantFrom(...choices.categories),
    figure: fc.integer({ min: 1, max: 15 }),
    start: fc.integer({ min: -6, max: 5 * 24 + 6 }),
    span: fc.constantFrom(0, 0, 0, 2, 30),
    modality: fc.constantFrom('asserted', 'asserted', 'asserted', 'denied', 'planned'),
    status: fc.constantFrom(...choices.statuses),
    known: fc.integer({ min: 0, max: 4 * 24 }),
    ground: choices.grounds
      ? fc.constantFrom(null, null, 'claimed', 'denied')
      : fc.constant<string | null>(null),
  });
}
export type ClaimLine = ReturnType<typeof claimLines> extends fc.Arbitrary<infer T> ? T : never;

/** An origin's kind by its name: "Broker …" a mediator's ministry, two words a party, else a wire. */
function originKind(origin: string) {
  if (origin.startsWith('Broker')) return 'official_body' as const;
  return origin.includes(' ') ? ('party' as const) : ('news_agency' as const);
}

/** An accepted release of three women, the line the change examples vary. */
export const RELEASE_LINE: ClaimLine = {
  type: 'release',
  agent: 'north',
  origin: 'Wire',
  category: 'women',
  figure: 3,
  start: 30,
  span: 0,
  modality: 'asserted',
  status: 'accepted',
  known: 40,
  ground: null,
};

export const claimFromLine = (
  n: number,
  l: ClaimLine,
  overrides: Record<string, unknown> = {},
): Claim =>
  claimOf(n, {
    type: l.type as 'release',
    when: {
      earliest: iso(T0 + l.start * 3_600_000),
      latest: iso(T0 + (l.start + l.span) * 3_600_000),
      precision: 'hour',
    },
    actors: l.agent === null ? [] : [{ name: l.agent, role: 'agent', party: l.agent }],
    attribution: [{ name: l.origin, kind: originKind(l.origin) }],
    categories: l.category === null ? [] : [l.category],
    quantities: [{ unit: 'people', min: l.figure, max: l.figure, qualifier: 'exact' }],
    modality: l.modality as 'asserted',
    status: l.status as 'accepted',
    knownAt: iso(T0 + l.known * 3_600_000),
    ...(l.ground === null
      ? {}
      : { justification: { ground: 'self_defence', stance: l.ground as 'claimed' } }),
    ...overrides,
  });

/** Up to forty claims of the given lines, numbered from 1. */
export const claimsOfLines = (line: fc.Arbitrary<ClaimLine>) =>
  fc.array(line, { maxLength: 40 }).map((lines) => lines.map((l, i) => claimFromLine(i + 1, l)));

/** A power to end the term when fire is forbidden and still reported. */
export const POWER_ON_FIRE = `powers:
  - id: respond
    holder: counterparty
    trigger: {violated: [no-fire]}
    effect: terminate
    exercised_by: {event: truce_end}
    ref: clause 9`;

/** A later report of the same act from the same origin, within its time: it sets it aside. */
export const supersedeArb = fc.record({
  kind: fc.constant('supersede' as const),
  pick: fc.nat(),
  figure: fc.integer({ min: 1, max: 15 }),
  later: fc.integer({ min: 1, max: 30 }),
  within: fc.integer({ min: 0, max: 30 }),
});

/**
 * A change to generated claims: a new one, one revised or reviewed, one withdrawn, or a
 * correction (a later report of the same act), drawn `supersedeWeight` times as often as one.
 */
export const claimChanges = (line: fc.Arbitrary<ClaimLine>, supersedeWeight = 1) =>
  fc.oneof(
    fc.record({ kind: fc.constant('new' as const), line }),
    fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), line }),
    fc.record({
      kind: fc.constant('review' as const),
      pick: fc.nat(),
      status: fc.constantFrom('accepted', 'rejected', 'retracted'),
    }),
    fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
    { arbitrary: supersedeArb, weight: supersedeWeight },
  );

export type ClaimChangeValue =
  ReturnType<typeof claimChanges> extends fc.Arbitrary<infer V> ? V : never;
