import { Temporal } from 'temporal-polyfill';
import type { TimeInterval } from '../core/time/time-interval.js';
import { compilePattern } from './compile-pattern.js';
import { readNumber, withCount } from './read-number.js';
import { DEFINITE_WORDS, POSSESSIVE_WORDS } from './tables/claim-cues.js';
import {
  LASTING_AFTER,
  LASTING_NOT_AFTER,
  LASTING_STARTS,
  LASTING_UNITS,
} from './tables/time-words.js';

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
/** A length a report tells: its unit, how many, and the words that count them. */
interface ToldLength {
  unit: string;
  n: number;
  count: string;
}

/** The same units told after the noun: "talks lasting three days", "that went on for a week". */
const LENGTHS_AFTER = LASTING_UNITS.map((u) => ({
  unit: u.unit,
  pattern: compilePattern(`${LASTING_AFTER}${withCount(u.pattern.replace(/ of$/, ''))}\\b`, 'iu'),
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
  trigger: { readonly start: number; readonly end: number },
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
  const length = lengthOf(text, trigger);
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

/**
 * How long the act of `trigger` is told to have lasted, before its noun ("after five days of
 * talks") or after it ("talks that lasted five days"), or null.
 */
export function lengthOf(
  text: string,
  trigger: { readonly start: number; readonly end: number },
): ToldLength | null {
  return lengthBefore(text, trigger.start) ?? lengthAfter(text, trigger.end);
}

/** "talks lasting three days", "talks that went on for a week": the length told after the noun. */
function lengthAfter(text: string, triggerEnd: number): ToldLength | null {
  const after = text.slice(triggerEnd, triggerEnd + REACH).replace(/\s+/g, ' ');
  for (const { unit, pattern } of LENGTHS_AFTER) {
    const count = pattern.exec(after)?.[1];
    if (count === undefined) continue;
    // "a week", "an hour": the article counts one.
    const n = /^an?$/i.test(count) ? 1 : readNumber(count);
    if (n === null || n < 1) return null;
    return { unit, n, count };
  }
  return null;
}

/** How long the act at `triggerStart` is told to have lasted ("after five days of talks"), or null. */
function lengthBefore(text: string, triggerStart: number): ToldLength | null {
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
