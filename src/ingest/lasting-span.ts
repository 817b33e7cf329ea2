import { Temporal } from 'temporal-polyfill';
import type { TimeInterval } from '../core/time/time-interval.js';
import { compilePattern } from './compile-pattern.js';
import { readNumber, withCount } from './read-number.js';
import { DEFINITE_WORDS, POSSESSIVE_WORDS } from './tables/claim-cues.js';
import { LASTING_NOT_AFTER, LASTING_STARTS, LASTING_UNITS } from './tables/time-words.js';

/** How far before its noun a length is read ("after twenty-three days of closed sessions"). */
const REACH = 80;
/** At most this many words between the length and the act's noun ("of fierce fighting"). */
const WORDS_BETWEEN = 2;

const LENGTHS = LASTING_UNITS.map((u) => ({
  unit: u.unit,
  pattern: compilePattern(
    `(?:(\\p{L}+) )?${withCount(u.pattern)}((?: [\\p{L}-]+){0,${WORDS_BETWEEN}}) $`,
    'iu',
  ),
}));
const notAfter = new Set([...LASTING_NOT_AFTER, ...LASTING_STARTS]);
/** A determiner between makes the noun another thing's ("three days of the truce", "of no fighting"). */
const notBetween = new Set([...DEFINITE_WORDS, ...POSSESSIVE_WORDS, 'a', 'an', 'no']);

/**
 * An act told by how long it lasted, up to the day its sentence gives ("signed on Saturday after
 * five days of talks", "captured the base on Friday after two weeks of fighting"), runs that long
 * to that day, the day itself included, as the corpus dates it. Any other time is left as read,
 * and so is a day after publication (the publication day runs only to its hour, so the day's
 * start is what is compared): a length still to come may start on its day, not end there.
 * The caller gives only asserted acts, for the same reason.
 */
export function lastingSpan(
  text: string,
  triggerStart: number,
  day: TimeInterval,
  zone: string,
  publicationDay: TimeInterval | null,
): TimeInterval {
  if (day.earliest === null || day.latest === null) return day;
  if (
    publicationDay?.latest != null &&
    Date.parse(day.earliest) > Date.parse(publicationDay.latest)
  ) {
    return day;
  }
  const last = Temporal.Instant.from(day.latest).toZonedDateTimeISO(zone).toPlainDate();
  if (!Temporal.Instant.from(day.earliest).toZonedDateTimeISO(zone).toPlainDate().equals(last)) {
    return day;
  }
  const length = lengthBefore(text, triggerStart);
  if (length === null) return day;
  const { unit, n, count } = length;
  const first = last.subtract({ [`${unit}s`]: n }).add({ days: 1 });
  const earliest = new Date(
    first.toZonedDateTime({ timeZone: zone }).epochMilliseconds,
  ).toISOString();
  return {
    ...day,
    earliest,
    precision: 'days',
    label: `${count.toLowerCase()} ${unit}${n === 1 ? '' : 's'} ending ${day.label}`,
  };
}

/** How long the act at `triggerStart` is told to have lasted ("after five days of talks"), or null. */
export function lengthBefore(
  text: string,
  triggerStart: number,
): { unit: string; n: number; count: string } | null {
  const before = text.slice(Math.max(0, triggerStart - REACH), triggerStart).replace(/\s+/g, ' ');
  for (const { unit, pattern } of LENGTHS) {
    const m = pattern.exec(before.endsWith(' ') ? before : `${before} `);
    if (m === null) continue;
    const [, previous, count, between] = m;
    if (previous !== undefined && notAfter.has(previous.toLowerCase())) return null;
    const words = (between ?? '').trim().split(' ').filter(Boolean);
    if (words.some((w) => notBetween.has(w.toLowerCase()))) return null;
    const n = readNumber(count ?? '');
    if (n === null || n < 1) return null;
    return { unit, n, count: count ?? '' };
  }
  return null;
}
