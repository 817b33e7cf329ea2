import { z } from 'zod';
import { badInput } from '../errors.js';
import type { Membership } from './membership.js';

/** Milliseconds in a day of 24 hours (a UTC day; local days may be 23 or 25 hours). */
export const DAY_MS = 86_400_000;

/** An ISO-8601 instant with an explicit offset ("2023-11-24T05:00:00Z", "…+02:00"). */
export const IsoInstant = z.iso.datetime({ offset: true });
export type IsoInstant = z.infer<typeof IsoInstant>;

/** How finely a time is known: the label says what the text said, the precision its grain. */
export const TimePrecision = z.enum([
  'exact',
  'minute',
  'hour',
  'part_of_day',
  'day',
  'days',
  'week',
  'month',
  'unresolved',
]);
export type TimePrecision = z.infer<typeof TimePrecision>;

/**
 * When something happened, as known: an interval [earliest, latest] of instants.
 * A null end is unbounded on that side; both null is "unknown" (an unresolved relative
 * expression, say), which is flagged, never guessed.
 */
export const TimeInterval = z
  .object({
    earliest: IsoInstant.nullable(),
    latest: IsoInstant.nullable(),
    label: z.string().max(200).default(''),
    precision: TimePrecision,
  })
  .readonly()
  .refine(
    (t) =>
      t.earliest === null || t.latest === null || Date.parse(t.earliest) <= Date.parse(t.latest),
    { message: 'latest is before earliest', path: ['latest'] },
  );
export type TimeInterval = z.infer<typeof TimeInterval>;

/** Milliseconds since the epoch, or ±Infinity for an open end. */
export const earliestMs = (t: TimeInterval): number =>
  t.earliest === null ? -Infinity : Date.parse(t.earliest);
export const latestMs = (t: TimeInterval): number =>
  t.latest === null ? Infinity : Date.parse(t.latest);

/** Builds an interval, refusing one whose latest is before its earliest. */
export function timeInterval(
  earliest: string | null,
  latest: string | null,
  precision: TimePrecision,
  label = '',
): TimeInterval {
  const parsed = TimeInterval.safeParse({ earliest, latest, precision, label });
  if (!parsed.success) {
    throw badInput(
      `invalid time interval ${earliest ?? '…'} – ${latest ?? '…'}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

/** A single known instant. */
export const instantInterval = (iso: string, label = ''): TimeInterval =>
  timeInterval(iso, iso, 'exact', label);

/**
 * Is an occurrence known to lie in `t` inside the half-open window [start, end)?
 * definitely: all of t is inside; not: none of it is; possibly: they overlap only in part
 * (or t is unknown, which overlaps everything).
 */
export function membershipIn(t: TimeInterval, startMs: number, endMs: number): Membership {
  const lo = earliestMs(t);
  const hi = latestMs(t);
  if (hi < startMs || lo >= endMs) return 'not';
  if (lo >= startMs && hi < endMs) return 'definitely';
  return 'possibly';
}

/** Is the occurrence before a deadline (strictly)? */
export function membershipBefore(t: TimeInterval, deadlineMs: number): Membership {
  return membershipIn(t, -Infinity, deadlineMs);
}

/** Do two intervals share at least one instant? */
export const overlaps = (a: TimeInterval, b: TimeInterval): boolean =>
  earliestMs(a) <= latestMs(b) && earliestMs(b) <= latestMs(a);

/** The smallest interval containing both, for merging accounts of one occurrence. */
export function hull(a: TimeInterval, b: TimeInterval): TimeInterval {
  const lo = Math.min(earliestMs(a), earliestMs(b));
  const hi = Math.max(latestMs(a), latestMs(b));
  return {
    earliest: Number.isFinite(lo) ? new Date(lo).toISOString() : null,
    latest: Number.isFinite(hi) ? new Date(hi).toISOString() : null,
    label: a.label === b.label ? a.label : `${a.label} / ${b.label}`,
    precision: a.precision === b.precision ? a.precision : 'days',
  };
}
