import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CountRange,
  addRanges,
  atLeast,
  formatRange,
  scaleRange,
  sumRanges,
} from '../../src/core/quantity/count-range.js';
import { Qualifier, quantityOf, rangeOfFigure } from '../../src/core/quantity/quantity.js';

const range = fc
  .tuple(fc.nat({ max: 10_000 }), fc.option(fc.nat({ max: 10_000 }), { nil: null }))
  .map(([a, b]): CountRange =>
    b === null ? { min: a, max: null } : { min: Math.min(a, b), max: Math.max(a, b) },
  );
/** A concrete count the range admits. */
const member = (r: CountRange, pick: number) =>
  r.max === null ? r.min + pick : r.min + (pick % (r.max - r.min + 1));

describe('count ranges', () => {
  it('reads qualified figures as the ranges they stand for', () => {
    expect(rangeOfFigure(80, 'more_than')).toEqual({ min: 81, max: null });
    expect(rangeOfFigure(400, 'at_least')).toEqual({ min: 400, max: null });
    expect(rangeOfFigure(9, 'up_to')).toEqual({ min: 0, max: 9 });
    expect(rangeOfFigure(200, 'about')).toEqual({ min: 180, max: 220 });
    expect(quantityOf(3, 'exact', 'people')).toEqual({
      unit: 'people',
      qualifier: 'exact',
      min: 3,
      max: 3,
    });
  });

  it('every qualified figure gives a valid range containing what the words allow', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), fc.constantFrom(...Qualifier.options), (n, q) => {
        const r = rangeOfFigure(n, q);
        expect(CountRange.safeParse(r).success).toBe(true);
        if (q !== 'more_than') expect(r.min <= n && (r.max === null || n <= r.max)).toBe(true);
        else expect(r.min).toBe(n + 1);
      }),
    );
  });

  it('a range with its max below its min is refused', () => {
    expect(CountRange.safeParse({ min: 5, max: 3 }).success).toBe(false);
  });

  it('the sum of two ranges contains the sum of any two members', () => {
    fc.assert(
      fc.property(range, range, fc.nat(), fc.nat(), (a, b, i, j) => {
        const s = addRanges(a, b);
        const total = member(a, i) + member(b, j);
        expect(total >= s.min && (s.max === null || total <= s.max)).toBe(true);
      }),
    );
  });

  it('summing is independent of order', () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 20 }), (rs) => {
        expect(sumRanges(rs)).toEqual(sumRanges([...rs].reverse()));
      }),
    );
  });

  it('scaling rounds outward so the true product is never excluded', () => {
    fc.assert(
      fc.property(range, fc.integer({ min: 0, max: 50 }), fc.nat(), (r, factor, i) => {
        const s = scaleRange(r, factor / 10);
        const product = member(r, i) * (factor / 10);
        expect(product >= s.min && (s.max === null || product <= s.max)).toBe(true);
      }),
    );
  });

  it('"at least n" is definite only when every member is, and "not" only when none is', () => {
    fc.assert(
      fc.property(range, fc.nat({ max: 20_000 }), fc.nat(), (r, n, i) => {
        const verdict = atLeast(r, n);
        const m = member(r, i);
        if (verdict === 'definitely') expect(m >= n).toBe(true);
        if (verdict === 'not') expect(m >= n).toBe(false);
      }),
    );
  });

  it('formats ranges as a reader would say them', () => {
    expect(formatRange({ min: 81, max: null })).toBe('81 or more');
    expect(formatRange({ min: 3, max: 3 })).toBe('3');
    expect(formatRange({ min: 2, max: 5 })).toBe('2–5');
  });
});
