import { InvalidArgumentError } from 'commander';
import { quantityOf } from '../core/quantity/quantity.js';
import type { Quantity, Qualifier } from '../core/quantity/quantity.js';
import { IsoInstant } from '../core/time/time-interval.js';

/** Commander's way to say an option's value is wrong: exit 2 with this sentence. */
const invalid = (message: string) => new InvalidArgumentError(message);

export function parseInstant(value: string): string {
  const parsed = IsoInstant.safeParse(normaliseInstant(value));
  if (!parsed.success)
    throw invalid(
      `expected an ISO date-time with offset, like 2023-11-24T07:00:00+02:00; found "${value}"`,
    );
  return parsed.data;
}

/** Accepts "2023-11-24T07:00+02:00" (seconds optional) and a bare date as midnight UTC. */
function normaliseInstant(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00Z`;
  return value.replace(/T(\d{2}:\d{2})(?=[Z+-])/, 'T$1:00');
}

const COUNT_FORMS: readonly [RegExp, Qualifier][] = [
  [/^(\d+)$/, 'exact'],
  [/^(\d+)\+$/, 'at_least'],
  [/^>(\d+)$/, 'more_than'],
  [/^~(\d+)$/, 'about'],
  [/^<=(\d+)$/, 'up_to'],
];

/** "13", "81+" (at least), ">80" (more than), "~200" (about), "<=9" (up to), "8-13" (a range). */
export function parseCount(value: string, unit: string): Quantity {
  const range = /^(\d+)-(\d+)$/.exec(value);
  if (range) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    if (min > max) throw invalid(`in the count "${value}" the maximum is below the minimum`);
    return { unit, min, max, qualifier: 'exact' };
  }
  for (const [pattern, qualifier] of COUNT_FORMS) {
    const match = pattern.exec(value);
    if (match) return quantityOf(Number(match[1]), qualifier, unit);
  }
  throw invalid(`expected a count like 13, 81+, >80, ~200, <=9 or 8-13; found "${value}"`);
}

/** "120-188": character offsets [start, end) of a quote in its document. */
export function parseSpan(value: string): readonly [number, number] {
  const match = /^(\d+)-(\d+)$/.exec(value);
  const [start, end] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(start <= end)) throw invalid(`expected a span like 120-188 (start-end), found "${value}"`);
  return [start, end];
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  // Beyond 2^53 a number is not exact, and no listing is that long.
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n <= 0)
    throw invalid(
      `expected a positive whole number up to ${Number.MAX_SAFE_INTEGER}, found "${value}"`,
    );
  return n;
}

/** A cell of the grid, `NORM:PERIOD` (`hamas-releases:3`, or `withdrawal:once`). */
export function parseCell(value: string): { norm: string; period: number | 'once' } {
  const at = value.lastIndexOf(':');
  const norm = value.slice(0, at).trim();
  const period = value.slice(at + 1).trim();
  if (at <= 0 || norm === '' || !(period === 'once' || /^[1-9]\d{0,8}$/.test(period)))
    throw invalid(
      `expected NORM:PERIOD, a clause id and a period from 1 (or "once"), such as hamas-releases:3; found "${value}"`,
    );
  return { norm, period: period === 'once' ? 'once' : Number(period) };
}

/** Collects a repeatable option into a list. */
export const collect = (value: string, previous: readonly string[] = []): string[] => [
  ...previous,
  value,
];

/** An argument parser for a branded id: a malformed id is bad usage (exit 2), not "not found". */
export const idArgument =
  <T>(
    schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
    what: string,
  ) =>
  (value: string): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      throw invalid(`"${value}" is not ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} id`);
    return parsed.data;
  };
