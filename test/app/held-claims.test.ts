import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HeldClaims } from '../../src/app/held-claims.js';
import type { Claim } from '../../src/core/evidence/claim.js';
import type { ClaimId } from '../../src/core/ids.js';

/** A claim reduced to what the chunks read: its id (and a revision, to tell states apart). */
const claim = (n: number, revision = 1): Claim =>
  ({ id: `clm_${String(n).padStart(6, '0')}`, revision }) as unknown as Claim;

const byId = (a: Claim, b: Claim) => (a.id < b.id ? -1 : 1);

/** One append: the ids it touched and, for each, whether it is in scope now (else dropped). */
const append = fc.array(fc.record({ n: fc.nat(320), kept: fc.boolean() }), { maxLength: 30 });

describe('claims held across appends', () => {
  it('are, after any appends, the claims a list rebuilt at each head holds: in id order, each found by its id', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(300), { maxLength: 120 }),
        fc.array(append, { minLength: 1, maxLength: 6 }),
        // Small chunks, so that appends fill, split and empty them.
        fc.integer({ min: 1, max: 8 }),
        (heldIds, appends, perChunk) => {
          let rebuilt = [...heldIds].sort((a, b) => a - b).map((n) => claim(n));
          let held = HeldClaims.of(rebuilt, perChunk);
          appends.forEach((changes, k) => {
            const touched = [...new Map(changes.map((c) => [c.n, c.kept])).entries()];
            const now = touched
              .filter(([, kept]) => kept)
              .map(([n]) => claim(n, k + 2))
              .sort(byId);
            const gone = new Set(touched.map(([n]) => claim(n).id));
            rebuilt = [...rebuilt.filter((c) => !gone.has(c.id)), ...now].sort(byId);
            held = held.advanced(
              touched.map(([n]) => claim(n).id as ClaimId),
              now,
            );
            expect(held.all()).toEqual(rebuilt);
            expect(held.size).toBe(rebuilt.length);
            const found = new Map(rebuilt.map((c) => [c.id, c]));
            const ids = Array.from({ length: 321 }, (_, n) => claim(n).id);
            expect(ids.map((id) => held.get(id))).toEqual(ids.map((id) => found.get(id) ?? null));
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leave the head before as it was: an append makes a new head and changes no chunk it shares', () => {
    const claims = Array.from({ length: 10_000 }, (_, n) => claim(n));
    const before = HeldClaims.of(claims, 100);
    const after = before.advanced([claim(5_050).id, claim(20_000).id] as ClaimId[], [
      claim(5_050, 2),
      claim(20_000, 2),
    ]);
    expect(after.get(claim(5_050).id)?.revision).toBe(2);
    expect(after.size).toBe(10_001);
    expect(before.get(claim(5_050).id)?.revision).toBe(1);
    expect(before.get(claim(20_000).id)).toBeNull();
    expect(before.all()).toEqual(claims);
  });
});
