import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergedInIdOrder } from '../../../src/core/evaluation/advance-cells.js';

/** Distinct ids dealt into lists, each list in id order, as the index holds a type's claims. */
const dealtLists = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 60 })
  .chain((ids) =>
    fc.array(fc.nat({ max: 4 }), { minLength: ids.length, maxLength: ids.length }).map((lists) => {
      const out: { id: string }[][] = [[], [], [], [], []];
      ids.forEach((id, i) => (out[lists[i] as number] as { id: string }[]).push({ id }));
      return out.map((list) => list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
    }),
  );

describe('lists of claims in id order merged', () => {
  it('gives every claim of every list once, in id order, the same objects', () => {
    fc.assert(
      fc.property(dealtLists, (lists) => {
        const merged = mergedInIdOrder(lists);
        const all = lists.flat();
        expect(merged).toHaveLength(all.length);
        for (let i = 1; i < merged.length; i++)
          expect((merged[i - 1] as { id: string }).id < (merged[i] as { id: string }).id).toBe(
            true,
          );
        expect(new Set(merged)).toEqual(new Set(all));
      }),
    );
  });

  it('returns a single list as it is, without copying it', () => {
    const list = [{ id: 'a' }, { id: 'b' }];
    expect(mergedInIdOrder([[], list, []])).toBe(list);
  });
});
