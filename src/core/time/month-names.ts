/** The months by name, in lower case, January first: a month's number is its index plus one. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** A month's number, 1 for January, from its name in any case; 0 for a word no month is called. */
export function monthNumber(name: string): number {
  return (MONTH_NAMES as readonly string[]).indexOf(name.toLowerCase()) + 1;
}
