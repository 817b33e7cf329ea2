import { z } from 'zod';
import type { CountRange } from './count-range.js';
import { QuantityRole } from './quantity-role.js';

/** How a report qualified a number: "more than 80", "about 200", "up to 9". */
export const Qualifier = z.enum(['exact', 'at_least', 'more_than', 'about', 'up_to']);
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * A reported quantity: the range it stands for, the unit ("people", "trucks", "targets"),
 * the qualifier and figure the text used, kept so the UI can say what was said, and what it
 * counts (its role: the acts, the persons concerned, the killed…).
 */
export const Quantity = z
  .object({
    unit: z.string().min(1).max(60),
    min: z.number().int().nonnegative(),
    max: z.number().int().nonnegative().nullable(),
    qualifier: Qualifier,
    /** What the figure counts; without it, the unit says (`roleOfQuantity`). */
    role: QuantityRole.optional(),
  })
  .readonly()
  .refine((q) => q.max === null || q.min <= q.max, { message: 'max is below min', path: ['max'] });
export type Quantity = z.infer<typeof Quantity>;

/** "about N" is read as N ± 10%, rounded outward (at least ±1). */
const aboutDelta = (figure: number): number => Math.ceil(figure / 10);

/** The range a qualified figure stands for: "more than 80" is [81, ∞), "up to 9" is [0, 9]. */
export function rangeOfFigure(figure: number, qualifier: Qualifier): CountRange {
  switch (qualifier) {
    case 'exact':
      return { min: figure, max: figure };
    case 'at_least':
      return { min: figure, max: null };
    case 'more_than':
      return { min: figure + 1, max: null };
    case 'about':
      return { min: Math.max(0, figure - aboutDelta(figure)), max: figure + aboutDelta(figure) };
    case 'up_to':
      return { min: 0, max: figure };
  }
}

/** Builds a quantity from a qualified figure. */
export function quantityOf(figure: number, qualifier: Qualifier, unit: string): Quantity {
  return { unit, qualifier, ...rangeOfFigure(figure, qualifier) };
}

export const rangeOf = (q: Quantity): CountRange => ({ min: q.min, max: q.max });
