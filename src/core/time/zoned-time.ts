import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { Duration } from './duration.js';

/**
 * Local wall-clock time ("07:00", "22:30"). A local time that does not exist on a given day
 * (a DST gap) resolves to the instant the clocks jump to; one that happens twice (a fold)
 * resolves to the first: Temporal's `compatible` disambiguation, everywhere.
 */
export const LocalTimeText = z
  .string({ error: 'must be a local time like "07:00" (quote it in YAML)' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time like "07:00"');

export interface LocalTime {
  readonly hour: number;
  readonly minute: number;
}

export function parseLocalTime(text: string): LocalTime {
  const [hour, minute] = text.split(':').map(Number);
  return { hour: hour ?? 0, minute: minute ?? 0 };
}

/** A date-time as written in an agreement: local ("2023-11-24T07:00") or with an offset. */
export const DateTimeText = z
  .string({ error: 'must be a date-time like 2023-11-24T07:00' })
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/,
    'must be a date-time like 2023-11-24T07:00 (local) or 2023-11-24T05:00Z',
  );

/** A calendar date as written in an agreement ("2025-01-25"). */
export const DateText = z
  .string({ error: 'must be a date like 2025-01-25' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2025-01-25');

/** Is `zone` an IANA time zone this runtime knows? */
export function isTimeZone(zone: string): boolean {
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

const zoned = (ms: number, zone: string): Temporal.ZonedDateTime =>
  Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);

/**
 * The instant a written date-time stands for: with an offset as given, without one as local
 * time in `zone`. Returns null when the text is not a valid date-time (31 February).
 */
export function instantOfDateTime(text: string, zone: string): number | null {
  try {
    if (/(Z|[+-]\d{2}:\d{2})$/.test(text)) return Temporal.Instant.from(text).epochMilliseconds;
    return Temporal.PlainDateTime.from(text, { overflow: 'reject' }).toZonedDateTime(zone, {
      disambiguation: 'compatible',
    }).epochMilliseconds;
  } catch {
    return null;
  }
}

/** The instant of a local date at a local time in `zone`, or null for an invalid date. */
export function instantOfLocalDate(date: string, time: LocalTime, zone: string): number | null {
  try {
    return Temporal.PlainDate.from(date, { overflow: 'reject' }).toZonedDateTime({
      timeZone: zone,
      plainTime: Temporal.PlainTime.from(time),
    }).epochMilliseconds;
  } catch {
    return null;
  }
}

/**
 * The end of a local calendar date in `zone`: the first instant of the next date (its
 * midnight, or whenever that day begins where clocks skip midnight). Null for an invalid date.
 */
export function endOfLocalDate(date: string, zone: string): number | null {
  try {
    return Temporal.PlainDate.from(date, { overflow: 'reject' })
      .add({ days: 1 })
      .toZonedDateTime({ timeZone: zone }).epochMilliseconds;
  } catch {
    return null;
  }
}

/** `ms` plus a duration, days counted on the local calendar of `zone`. */
export function addDuration(ms: number, zone: string, d: Duration): number {
  return zoned(ms, zone).add({ days: d.days ?? 0, hours: d.hours ?? 0, minutes: d.minutes ?? 0 })
    .epochMilliseconds;
}

/** The first instant strictly after `ms` at which the local clock in `zone` reads `time`. */
export function nextLocalTimeAfter(ms: number, zone: string, time: LocalTime): number {
  // The date and the time are made once: the calendar and the daily windows call this for
  // every day of a term, and each Temporal conversion is dear.
  const date = zoned(ms, zone).toPlainDate();
  const plainTime = Temporal.PlainTime.from(time);
  const sameDay = date.toZonedDateTime({ timeZone: zone, plainTime }).epochMilliseconds;
  if (sameDay > ms) return sameDay;
  return date.add({ days: 1 }).toZonedDateTime({ timeZone: zone, plainTime }).epochMilliseconds;
}

/** The local date-time in `zone`, to the minute ("2023-11-24T07:00"), for tables and labels. */
export const localDateTime = (ms: number, zone: string): string =>
  zoned(ms, zone).toPlainDateTime().toString({ smallestUnit: 'minute' });

/** The local calendar date in `zone` ("2023-11-24"). */
export const localDate = (ms: number, zone: string): string =>
  zoned(ms, zone).toPlainDate().toString();

/**
 * The instant at local `time` on the local date of `ms` plus `days`; when that is not after
 * `ms` (and no day was added), the same time on the next day. For deadlines: "by 22:00".
 */
export function localTimeAfter(ms: number, zone: string, time: LocalTime, days: number): number {
  if (days === 0) return nextLocalTimeAfter(ms, zone, time);
  return zoned(ms, zone)
    .toPlainDate()
    .add({ days })
    .toZonedDateTime({ timeZone: zone, plainTime: Temporal.PlainTime.from(time) })
    .epochMilliseconds;
}
