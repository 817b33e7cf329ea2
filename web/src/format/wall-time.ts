import { Temporal } from 'temporal-polyfill';
import type { Iso } from '../api/api-types';

/** An instant as a `datetime-local` value ("2023-11-28T07:00") on the clocks of a zone. */
export const toWallTime = (iso: Iso, timeZone: string): string =>
  Temporal.Instant.from(iso)
    .toZonedDateTimeISO(timeZone)
    .toPlainDateTime()
    .toString({ smallestUnit: 'minute' });

/** A `datetime-local` value read on the clocks of a zone, as a UTC instant. */
export const fromWallTime = (wallTime: string, timeZone: string): Iso =>
  Temporal.PlainDateTime.from(wallTime).toZonedDateTime(timeZone).toInstant().toString();
