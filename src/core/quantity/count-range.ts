import { z } from 'zod';
import type { Membership } from '../time/membership.js';

/**
 * A count known only as a range: "more than 80" is [81, ∞). A null max is unbounded.
 * Counts are whole and non-negative.
 */
export const CountRange = z
  .object({
    min: z.number().int().nonnegative(),
    max: z.number().int().nonnegative().nullable(),
  })
  .readonly()
  .refine((r) => r.max === null || r.min <= r.max, { message: 'max is below min', path: ['max'] });
export type CountRange = z.infer<typeof CountRange>;

export const ZERO: CountRange = { min: 0, max: 0 };

export const exactly = (n: number): CountRange => ({ min: n, max: n });

export const maxOf = (r: CountRange): number => r.max ?? Infinity;

export function addRanges(a: CountRange, b: CountRange): CountRange {
  return { min: a.min + b.min, max: a.max === null || b.max === null ? null : a.max + b.max };
}

export const sumRanges = (ranges: readonly CountRange[]): CountRange =>
  ranges.reduce(addRanges, ZERO);

/** Scales a range by a non-negative factor, rounding outward so nothing is lost. */
export function scaleRange(r: CountRange, factor: number): CountRange {
  return {
    min: Math.floor(r.min * factor),
    max: r.max === null ? null : Math.ceil(r.max * factor),
  };
}

/** Widens the minimum to 0: a count that only possibly belongs may contribute nothing. */
export const possiblyNone = (r: CountRange): CountRange => ({ min: 0, max: r.max });

/** Is the count at least `n`? Three-valued, since the count is a range. */
export function atLeast(r: CountRange, n: number): Membership {
  if (r.min >= n) return 'definitely';
  if (maxOf(r) < n) return 'not';
  return 'possibly';
}

/** Renders [81, ∞) as "81 or more", [3, 3] as "3", [2, 5] as "2–5". */
export function formatRange(r: CountRange): string {
  if (r.max === null) return `${r.min} or more`;
  return r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`;
}
