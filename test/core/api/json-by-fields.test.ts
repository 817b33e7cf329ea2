import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonByFields } from '../../../src/core/api/json-by-fields.js';

/** Objects with fields JSON.stringify writes, and some it leaves out. */
const objectArb = fc.dictionary(
  fc.string({ maxLength: 6 }),
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constant(undefined),
    fc.constant(() => 1),
  ),
  { maxKeys: 8 },
);

describe('an object serialised field by field', () => {
  it('is JSON.stringify of it, byte for byte, with fields kept from an earlier text or remade', () => {
    fc.assert(
      fc.property(objectArb, objectArb, fc.array(fc.boolean()), (first, other, keep) => {
        const before = jsonByFields(first, null);
        expect(before.text).toBe(JSON.stringify(first));
        // Some fields kept as the very values they were, others replaced, some new.
        const next: Record<string, unknown> = { ...other };
        Object.keys(first).forEach((k, i) => {
          if (keep[i] === true) next[k] = first[k];
        });
        expect(jsonByFields(next, before.fields).text).toBe(JSON.stringify(next));
      }),
      { numRuns: 500 },
    );
  });
});
