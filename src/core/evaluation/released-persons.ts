import type { Tally } from './evaluation.js';

/**
 * The tally rows of persons released: the release act counted by the persons it concerns. The
 * count of releases themselves is another row (role `acts`), and adding the two would count
 * each release twice.
 */
export function releasedPersons<T extends Pick<Tally, 'act' | 'role'>>(tallies: readonly T[]): T[] {
  return tallies.filter((t) => t.act === 'release' && t.role === 'persons');
}
