import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/ledger/canonical-json.js';

/** Reorders an object's keys, deeply, without changing its meaning. */
function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, seed));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const rotated = entries.map((_, i) => entries[(i + seed) % entries.length]!);
  return Object.fromEntries(rotated.map(([k, v]) => [k, shuffleKeys(v, seed + 1)]));
}

/** The definition the ledger's hashes were first computed with, kept as the reference. */
function referenceCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(referenceCanonicalJson).join(',')}]`;
  const members = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}:${referenceCanonicalJson(v)}`);
  return `{${members.join(',')}}`;
}

describe('canonical JSON', () => {
  it('writes exactly the text it always wrote, so every recorded hash still holds', () => {
    const withUndefined = fc.object({
      // Keys beyond ASCII too: astral ones sort by UTF-16 code units, before U+FF61.
      key: fc.oneof(
        fc.string({ maxLength: 6 }),
        fc.constantFrom('é', 'z', '\u{1F600}', '\uFF61', 'a\u0000', ''),
      ),
      values: [fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined)],
      maxDepth: 3,
      maxKeys: 5,
      withNullPrototype: false,
    });
    fc.assert(
      fc.property(withUndefined, fc.array(withUndefined, { maxLength: 3 }), (value, list) => {
        expect(canonicalJson(value)).toBe(referenceCanonicalJson(value));
        expect(canonicalJson(list)).toBe(referenceCanonicalJson(list));
      }),
    );
  });

  it('does not depend on key order, so a hash can be recomputed from a re-read row', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(10), (value, seed) => {
        expect(canonicalJson(shuffleKeys(value, seed))).toBe(canonicalJson(value));
      }),
    );
  });

  it('round-trips through JSON.parse to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('sorts an object of many keys as one of few, each by UTF-16 code units', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 4 }), { minLength: 20, maxLength: 60 }),
        (keys) => {
          const value = Object.fromEntries(keys.map((key, i) => [key, i]));
          expect(canonicalJson(value)).toBe(referenceCanonicalJson(value));
        },
      ),
    );
  });

  it('writes keys that objects enumerate first (array indexes) or cannot own plainly (`__proto__`) as the reference does', () => {
    const key = fc.constantFrom('0', '1', '9', '10', '2x', 'a', 'b', '__proto__', '', 'Z');
    const member: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.integer(),
        fc.string({ maxLength: 3 }),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }),
      ),
    })).value;
    fc.assert(
      fc.property(fc.array(fc.tuple(key, member), { maxLength: 6 }), (members) => {
        // Through JSON.parse, as a record is read, so `__proto__` is an own member.
        const value: unknown = JSON.parse(JSON.stringify(Object.fromEntries(members)));
        const withOwnProto: unknown = JSON.parse(
          `{"__proto__":{"b":1,"a":2},"1":${JSON.stringify(value)}}`,
        );
        expect(canonicalJson(value)).toBe(referenceCanonicalJson(value));
        expect(canonicalJson(withOwnProto)).toBe(referenceCanonicalJson(withOwnProto));
      }),
    );
    expect(canonicalJson({ b: 1, 10: 2, 9: 3 })).toBe('{"10":2,"9":3,"b":1}');
  });

  it('writes an array holding undefined as it always has, and refuses a non-finite number in one', () => {
    const odd = [
      [1, undefined, 2],
      { a: [undefined], b: 'x' },
      [[{ b: undefined, a: [undefined] }]],
    ];
    for (const value of odd) expect(canonicalJson(value)).toBe(referenceCanonicalJson(value));
    expect(() => canonicalJson([{ a: [NaN] }])).toThrow(/non-finite/);
  });

  it('sorts keys and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [true, null], c: undefined })).toBe('{"a":[true,null],"b":1}');
  });

  it('refuses non-finite numbers rather than hashing them as null', () => {
    expect(() => canonicalJson({ n: Infinity })).toThrow(/non-finite/);
  });
});
