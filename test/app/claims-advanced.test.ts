import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimsAdvanced } from '../../src/app/agreements.js';
import type { Claim } from '../../src/core/evidence/claim.js';
import type { ClaimId } from '../../src/core/ids.js';

/** A claim reduced to what the merge reads: its id (and a revision, to tell states apart). */
const claim = (n: number, revision = 1): Claim =>
  ({ id: `clm_${String(n).padStart(6, '0')}`, revision }) as unknown as Claim;

describe('claims advanced by the claims an append touched', () => {
  it('are the held claims with the touched ones replaced or dropped and the new ones placed, in id order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(300), { maxLength: 120 }),
        fc.uniqueArray(fc.nat(320), { maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (heldIds, touchedIds, kept) => {
          const held = [...heldIds].sort((a, b) => a - b).map((n) => claim(n));
          const sorted = [...touchedIds].sort((a, b) => a - b);
          // A touched claim is in scope now (revised or new) or not (dropped).
          const now = sorted.filter((_, k) => kept[k]).map((n) => claim(n, 2));
          const touched = touchedIds.map((n) => claim(n).id as ClaimId);
          const gone = new Set<string>(touched);
          const expected = [...held.filter((c) => !gone.has(c.id)), ...now].sort((a, b) =>
            a.id < b.id ? -1 : 1,
          );
          expect(claimsAdvanced(held, touched, now)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('are whole when an append touches more claims than one join takes runs of', () => {
    // Every other held claim revised: some 25,000 runs, more than one concat is given at once.
    const held = Array.from({ length: 50_000 }, (_, n) => claim(n));
    const now = held.filter((_, n) => n % 2 === 0).map((_, k) => claim(k * 2, 2));
    const out = claimsAdvanced(
      held,
      now.map((c) => c.id),
      now,
    );
    expect(out).toHaveLength(held.length);
    expect(out.map((c) => c.id)).toEqual(held.map((c) => c.id));
    expect(out.filter((c) => c.revision === 2)).toHaveLength(25_000);
  });
});
