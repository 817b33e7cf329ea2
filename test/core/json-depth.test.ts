import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonNestsDeeperThan } from '../../src/core/text/json-depth.js';

/** Nesting depth of a parsed value: 0 for a scalar, 1 for a flat array or object. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

describe('the JSON nesting check', () => {
  it('agrees with the depth of the parsed value, brackets and quotes inside strings included', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 8 }), (value, limit) => {
        const text = JSON.stringify(value);
        expect(jsonNestsDeeperThan(text, limit)).toBe(depthOf(value) > limit);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a hundred thousand levels without recursing', () => {
    expect(jsonNestsDeeperThan('['.repeat(100_000) + ']'.repeat(100_000))).toBe(true);
    expect(jsonNestsDeeperThan('{"a":"[[[[[[[[[[\\"[[[["}', 1)).toBe(false);
  });
});
