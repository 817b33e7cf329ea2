/**
 * Which persons an act counts, as bits of the agreement's person categories. A claim's
 * categories describe every person it counts ("9 Israeli women"), so it is of the wanted
 * persons definitely when it names a wanted category, not when it names, in every group of
 * mutually exclusive categories the wanted ones belong to, another category (men are not
 * women or children), and possibly otherwise (it names none, or only categories that do not
 * exclude them).
 */
export interface PersonFilter {
  readonly mask: number;
  /** Masks of the exclusive groups that hold a wanted category. */
  readonly groups: readonly number[];
}

export const DEFINITELY = 2;
export const POSSIBLY = 1;
export const NOT = 0;

export function personMembership(filter: PersonFilter, persons: number): number {
  if ((persons & filter.mask) !== 0) return DEFINITELY;
  if (persons === 0 || filter.groups.length === 0) return POSSIBLY;
  for (const g of filter.groups) if ((persons & g) === 0) return POSSIBLY;
  return NOT;
}
