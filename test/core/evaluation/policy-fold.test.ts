import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FulfilmentPolicy } from '../../../src/core/agreement/agreement.js';
import type { PartyId } from '../../../src/core/ids.js';
import type { OriginInfo } from '../../../src/core/evaluation/claim-index.js';
import type { OriginAffiliation } from '../../../src/core/evaluation/origin-affiliation.js';
import { PolicyFold, priorityMatches } from '../../../src/core/evaluation/origin-accounts.js';

const affiliationArb: fc.Arbitrary<OriginAffiliation> = fc.oneof(
  fc.record({
    kind: fc.constant('party' as const),
    party: fc.constantFrom('north', 'south') as fc.Arbitrary<PartyId>,
    role: fc.constantFrom('party' as const, 'guarantor' as const, 'signatory' as const),
  }),
  fc.record({
    kind: fc.constant('mediator' as const),
    mediator: fc.constantFrom(null, 'broker'),
  }),
  fc.record({ kind: fc.constant('monitor' as const), monitor: fc.constant('watch') }),
  fc.record({ kind: fc.constant('independent' as const) }),
);

const originArb: fc.Arbitrary<OriginInfo> = fc.record({
  key: fc.constant(''),
  name: fc.constant(''),
  kind: fc.constantFrom('news_agency' as const, 'monitor' as const, 'ngo' as const),
  affiliation: affiliationArb,
  label: fc.constant(''),
});

const policyArb: fc.Arbitrary<FulfilmentPolicy> = fc
  .array(
    fc.constantFrom(
      'mediator',
      'monitor',
      'party',
      'guarantor',
      'signatory',
      'independent',
      'bearer',
      'counterparty',
      'south',
      'broker',
      'watch',
      'ngo',
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((order) => ({ kind: 'priority', order }));

/** One origin's sums in a period, as a tally adds them: origins may come back in later periods. */
const addArb = fc.record({
  origin: fc.nat({ max: 7 }),
  min: fc.nat({ max: 20 }),
  extra: fc.constantFrom(0, 3, Infinity),
  claims: fc.integer({ min: 1, max: 4 }),
});

/**
 * The fold as the policy reads: only the accounts of the best-ranked origins present count,
 * each origin ranked afresh for every account (the first item of the order it matches).
 */
function foldedByRank(
  order: readonly string[],
  origins: readonly OriginInfo[],
  bearer: PartyId | null,
  adds: readonly { origin: number; min: number; extra: number; claims: number }[],
) {
  const rankOf = (o: OriginInfo): number => {
    const r = order.findIndex((item) => priorityMatches(item, o, bearer));
    return r < 0 ? order.length : r;
  };
  const ranked = adds.map((a) => ({ ...a, rank: rankOf(origins[a.origin] as OriginInfo) }));
  const best = Math.min(...ranked.map((a) => a.rank));
  const kept = ranked.filter((a) => a.rank === best);
  return {
    min: Math.max(0, ...kept.map((a) => a.min)),
    max: Math.max(0, ...kept.map((a) => a.min + a.extra)),
    claims: kept.reduce((n, a) => n + a.claims, 0),
    used: new Set(kept.map((a) => a.origin)),
  };
}

describe('a fold of origins under a priority policy', () => {
  it('counts each period by the best-ranked origins present, as often as it is cleared and reused', () => {
    fc.assert(
      fc.property(
        policyArb,
        fc.array(originArb, { minLength: 8, maxLength: 8 }),
        fc.constantFrom<PartyId | null>('north' as PartyId, 'south' as PartyId, null),
        fc.array(fc.array(addArb, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 5 }),
        (policy, origins, bearer, periods) => {
          // One fold for every period, as a tally's cell keeps it: cleared, never made again.
          const fold = new PolicyFold(policy, origins, bearer);
          for (const adds of periods) {
            fold.clear();
            for (const a of adds) fold.add(a.origin, a.min, a.min + a.extra, a.claims);
            const order = policy.kind === 'priority' ? policy.order : [];
            expect(fold.result()).toEqual(foldedByRank(order, origins, bearer, adds));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
