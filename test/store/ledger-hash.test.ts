import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/ledger/canonical-json.js';
import { hashedPartOf, type LedgerChange } from '../../src/core/ledger/ledger-entry.js';
import { entryHash, hashedText } from '../../src/store/ledger-hash.js';

const fields = fc.record({
  seq: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  recordedAt: fc.string(),
  author: fc.string(),
});

describe('the ledger hash', () => {
  it('splices the stored change text into exactly the canonical JSON of the hashed part', () => {
    fc.assert(
      fc.property(fields, fc.jsonValue(), (entry, change) => {
        const whole = { ...entry, change: change as LedgerChange };
        expect(hashedText(entry, canonicalJson(change))).toBe(canonicalJson(hashedPartOf(whole)));
      }),
    );
  });

  it('is SHA-256 of the previous hash followed by that text', () => {
    const entry = { seq: 1, recordedAt: '2023-11-24T05:00:00.000Z', author: 'a' };
    const change = { type: 'claim.retracted', claim: 'clm_abcdef', note: null };
    const expected = createHash('sha256')
      .update(
        '0'.repeat(64) + canonicalJson(hashedPartOf({ ...entry, change: change as LedgerChange })),
      )
      .digest('hex');
    expect(entryHash('0'.repeat(64), entry, canonicalJson(change))).toBe(expected);
  });
});
