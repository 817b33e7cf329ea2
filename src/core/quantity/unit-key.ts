import { foldName } from '../text/fold-name.js';

/**
 * Unit names that mean a unit of the coding vocabulary, by their folded singular: "people"
 * and "persons" count the same thing, so a tally adds them in one row under one name. Data:
 * add a synonym here and tallies, clauses and roles read it.
 */
export const SAME_UNIT: Readonly<Record<string, string>> = {
  people: 'persons',
  person: 'persons',
  individual: 'persons',
  dead: 'killed',
  death: 'killed',
  fatalitie: 'killed',
  wounded: 'injured',
  arrested: 'detained',
};

const singular = (unit: string): string => foldName(unit).replace(/s$/, '');

/** The unit a name means, by the vocabulary's name where it has one: "People" is "persons". */
export const unitName = (unit: string): string => SAME_UNIT[singular(unit)] ?? unit;

/** "Trucks" and "truck", "people" and "persons" count alike. */
export const unitKey = (unit: string): string => singular(unitName(unit));
