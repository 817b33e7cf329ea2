import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecentlyUsed } from '../../src/app/recently-used.js';

describe('RecentlyUsed', () => {
  it('keeps the values of the keys used most recently, at most its limit of them', () => {
    const op = fc.record({ set: fc.boolean(), key: fc.integer({ min: 0, max: 6 }) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(op, { maxLength: 60 }), (limit, ops) => {
        const kept = new RecentlyUsed<number, string>(limit);
        // The plain reading: each key's last value, and the order keys were last used in.
        const values = new Map<number, string>();
        let used: number[] = [];
        ops.forEach(({ set, key }, i) => {
          if (set) {
            kept.set(key, `v${i}`);
            values.set(key, `v${i}`);
            used = [...used.filter((k) => k !== key), key];
          } else {
            const expected = used.slice(-limit).includes(key) ? values.get(key) : undefined;
            expect(kept.get(key)).toBe(expected);
            if (expected !== undefined) used = [...used.filter((k) => k !== key), key];
          }
          used = used.slice(-limit);
        });
        for (let key = 0; key <= 6; key++) {
          expect(kept.peek(key)).toBe(used.includes(key) ? values.get(key) : undefined);
        }
      }),
    );
  });
});
