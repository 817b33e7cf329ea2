import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountSlots } from '../../../src/core/evaluation/account-slots.js';
import type { ClaimIndex } from '../../../src/core/evaluation/claim-index.js';
import type { Evidence } from '../../../src/core/evaluation/gather-evidence.js';
import { CONTRARY, DEFINITE } from '../../../src/core/evaluation/gather-evidence.js';
import { originAccounts } from '../../../src/core/evaluation/origin-accounts.js';

const ORIGINS = 6;

/** One window's evidence: each entry a claim, its origin, its flags and its figure. */
const windowArb = fc
  .array(
    fc.record({
      claim: fc.nat({ max: 50 }),
      origin: fc.nat({ max: ORIGINS - 1 }),
      flags: fc.constantFrom(0, DEFINITE, CONTRARY, CONTRARY | DEFINITE),
      min: fc.nat({ max: 9 }),
      extra: fc.constantFrom(0, 2, Infinity),
    }),
    { maxLength: 30 },
  )
  .map((entries): Evidence => ({
    size: entries.length,
    claim: Int32Array.from(entries, (e) => e.claim),
    origin: Int32Array.from(entries, (e) => e.origin),
    flags: Uint8Array.from(entries, (e) => e.flags),
    min: Float64Array.from(entries, (e) => e.min),
    max: Float64Array.from(entries, (e) => e.min + e.extra),
    ignored: [],
  }));

/** The accounts grouped by a map of their own, in the order their first claims come. */
function groupedByMap(evidence: Evidence) {
  const accounts = new Map<
    string,
    { origin: number; stance: string; min: number; max: number; claims: number; first: number }
  >();
  for (let k = 0; k < evidence.size; k++) {
    const origin = evidence.origin[k] as number;
    const stance = ((evidence.flags[k] as number) & CONTRARY) !== 0 ? 'contradicts' : 'supports';
    const a = accounts.get(`${origin}|${stance}`);
    if (a === undefined) {
      accounts.set(`${origin}|${stance}`, {
        origin,
        stance,
        min: evidence.min[k] as number,
        max: evidence.max[k] as number,
        claims: 1,
        first: evidence.claim[k] as number,
      });
    } else {
      a.min += evidence.min[k] as number;
      a.max += evidence.max[k] as number;
      a.claims++;
    }
  }
  return [...accounts.values()];
}

describe("origins' accounts", () => {
  it('add up each origin and stance of one window, whatever windows the index summed before', () => {
    fc.assert(
      fc.property(fc.array(windowArb, { minLength: 1, maxLength: 6 }), (windows) => {
        // The two fields of the index that `originAccounts` reads, one index for every window.
        const index = {
          origins: { length: ORIGINS },
          accountSlots: new AccountSlots(),
        } as unknown as ClaimIndex;
        for (const evidence of windows) {
          expect(originAccounts(index, evidence)).toEqual(groupedByMap(evidence));
        }
      }),
      { numRuns: 500 },
    );
  });
});
