import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimId, PartyId } from '../../../src/core/ids.js';
import type { Breach, BreachGroup } from '../../../src/core/evaluation/evaluation.js';
import { BreachBasis } from '../../../src/core/evaluation/evaluation.js';
import { breachGroups } from '../../../src/core/evaluation/verdict-grid.js';

// An accusation naming no clause beside clauses named '' (which `Array.join` reads alike) and
// 'null' (which `String` reads alike); likewise for the party, and period 0 beside none.
const breachArb: fc.Arbitrary<Breach> = fc.record({
  norm: fc.constantFrom('aid', 'null', '', null),
  period: fc.constantFrom(0, 1, null),
  by: fc.constantFrom('north', 'south', 'null', '', null) as fc.Arbitrary<PartyId | null>,
  claim: fc.constantFrom('clm_a', 'clm_b', null) as fc.Arbitrary<ClaimId | null>,
  according_to: fc.constantFrom('Agency', null),
  originKey: fc.constantFrom('agency', 'ministry', 'monitor', null),
  selfReport: fc.boolean(),
  basis: fc.constantFrom(...BreachBasis.options),
  certainty: fc.constantFrom('definitely' as const, 'possibly' as const),
  when: fc.constant(null),
});

/** The groups by one key of all five parts, nulls kept apart from any text. */
function groupedByKey(breaches: readonly Breach[]): BreachGroup[] {
  const groups = new Map<
    string,
    { first: Breach; claims: number; origins: Set<string>; own: Set<string> }
  >();
  for (const b of breaches) {
    const key = JSON.stringify([b.norm, b.period, b.by, b.basis, b.certainty]);
    let g = groups.get(key);
    if (g === undefined)
      groups.set(key, (g = { first: b, claims: 0, origins: new Set(), own: new Set() }));
    g.claims++;
    if (b.originKey !== null) {
      g.origins.add(b.originKey);
      if (b.selfReport) g.own.add(b.originKey);
    }
  }
  return [...groups.values()].map(({ first, claims, origins, own }) => ({
    norm: first.norm,
    period: first.period,
    by: first.by,
    basis: first.basis,
    certainty: first.certainty,
    origins: origins.size,
    according_to: first.according_to,
    selfReports: own.size,
    claim: first.claim,
    claims,
  }));
}

describe('breach groups', () => {
  it('are one per clause, period, party, basis and certainty, in order met, however the breaches come', () => {
    fc.assert(
      fc.property(fc.array(breachArb, { maxLength: 40 }), (breaches) => {
        expect(breachGroups(breaches)).toEqual(groupedByKey(breaches));
      }),
      { numRuns: 300 },
    );
  });
});
