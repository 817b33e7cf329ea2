import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonByFields } from '../../../src/core/api/json-by-fields.js';

/** Values with parts JSON.stringify writes, and some it leaves out or writes as null. */
const partArb = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constant(undefined),
  fc.constant(() => 1),
  fc.constant(new Date(0)),
);
const objectArb = fc.dictionary(
  fc.string({ maxLength: 6 }),
  fc.oneof(partArb, fc.array(partArb, { maxLength: 4 })),
  { maxKeys: 8 },
);

/**
 * `next` with some of its parts, at any depth, replaced by the very values `first` holds at the
 * same place (or, in an array, anywhere in the array), as an advanced evaluation keeps them.
 */
function sharing(first: unknown, next: unknown, keep: () => boolean): unknown {
  if (keep()) return first;
  if (typeof next !== 'object' || next === null || typeof first !== 'object' || first === null)
    return next;
  if (Array.isArray(next)) {
    const from = Array.isArray(first) ? (first as unknown[]) : Object.values(first);
    return next.map((e, i) => (from.length === 0 ? e : sharing(from[i % from.length], e, keep)));
  }
  if (Array.isArray(first) || next instanceof Date) return next;
  const out: Record<string, unknown> = { ...next };
  for (const [k, v] of Object.entries(first)) out[k] = k in out ? sharing(v, out[k], keep) : v;
  return out;
}

describe('an object serialised part by part', () => {
  it('is JSON.stringify of it, byte for byte, with parts kept from an earlier text or remade', () => {
    fc.assert(
      fc.property(objectArb, objectArb, fc.infiniteStream(fc.boolean()), (first, other, coins) => {
        const before = jsonByFields(first, null);
        expect(before.text).toBe(JSON.stringify(first));
        const keep = () => coins.next().value as boolean;
        const next = sharing(first, other, keep) as object;
        const after = jsonByFields(next, before.fields);
        expect(after.text).toBe(JSON.stringify(next));
        // And again from that text, as a second append does.
        const third = sharing(next, first, keep) as object;
        expect(jsonByFields(third, after.fields).text).toBe(JSON.stringify(third));
      }),
      { numRuns: 500 },
    );
  });

  it('reuses the text of a part that is the very value it was made from', () => {
    const kept = { claims: ['a', 'b'] };
    const before = jsonByFields({ term: { end: kept, rules: [1] } }, null);
    // A text that differs from the value's own shows the held one was taken, not remade.
    const forged = {
      ...before.fields,
      parts: new Map([
        [
          'term',
          {
            ...before.fields.parts!.get('term')!,
            parts: new Map([['end', { value: kept, text: '"held"', parts: null }]]),
          },
        ],
      ]),
    };
    expect(jsonByFields({ term: { end: kept, rules: [2] } }, forged).text).toBe(
      '{"term":{"end":"held","rules":[2]}}',
    );
  });
});
