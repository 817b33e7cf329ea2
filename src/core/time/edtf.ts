import { Temporal } from 'temporal-polyfill';
import { badInput } from '../errors.js';
import type { TimeInterval, TimePrecision } from './time-interval.js';

/**
 * EDTF (ISO 8601-2, Level 1) for the times Truce keeps: a year, a month or a day as the local
 * calendar of `zone` has it ("2023-11" is all of November there), a qualified date
 * ("2023-11-24~" approximate, "?" uncertain, "%" both), a date-time (local without an offset),
 * and intervals of these with open ("..") or unknown ("") ends. The qualifier does not widen the
 * interval; it is kept in the label, and the formatter gives the label back when it still fits.
 */

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?$/;

interface Endpoint {
  readonly startMs: number;
  /** Exclusive. */
  readonly endMs: number;
  readonly precision: TimePrecision;
}

const iso = (ms: number) => new Date(ms).toISOString();

function dateEndpoint(text: string, zone: string): Endpoint | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  try {
    const start = Temporal.PlainDate.from(
      { year: Number(year), month: Number(month ?? 1), day: Number(day ?? 1) },
      { overflow: 'reject' },
    );
    const unit =
      day !== undefined ? { days: 1 } : month !== undefined ? { months: 1 } : { years: 1 };
    const at = (d: Temporal.PlainDate) => d.toZonedDateTime({ timeZone: zone }).epochMilliseconds;
    return {
      startMs: at(start),
      endMs: at(start.add(unit)),
      precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'days',
    };
  } catch {
    return null;
  }
}

function dateTimeEndpoint(text: string, zone: string): Endpoint | null {
  if (!DATE_TIME.test(text)) return null;
  try {
    const ms = /(Z|[+-]\d{2}:\d{2})$/.test(text)
      ? Temporal.Instant.from(text).epochMilliseconds
      : Temporal.PlainDateTime.from(text, { overflow: 'reject' }).toZonedDateTime(zone, {
          disambiguation: 'compatible',
        }).epochMilliseconds;
    const precision: TimePrecision = /T\d{2}:\d{2}:\d{2}/.test(text) ? 'exact' : 'minute';
    return { startMs: ms, endMs: ms + 1, precision };
  } catch {
    return null;
  }
}

const endpoint = (text: string, zone: string): Endpoint | null =>
  dateEndpoint(text, zone) ?? dateTimeEndpoint(text, zone);

const unreadable = (text: string) =>
  badInput(
    `"${text}" is not an EDTF date or interval this reads; write 2023-11, 2023-11-24, 2023-11-24~, 2023-11-24T18:00, 2023-11-24/2023-11-26 or 2023-11-24T18:00/..`,
  );

/** The interval an EDTF value stands for, local dates read in `zone`. */
export function parseEdtf(text: string, zone: string): TimeInterval {
  const value = text.trim();
  const parts = value.split('/');
  if (parts.length === 1) {
    const one = endpoint(value, zone);
    if (one === null) throw unreadable(text);
    return {
      earliest: iso(one.startMs),
      latest: iso(one.endMs - 1),
      label: value,
      precision: one.precision,
    };
  }
  if (parts.length !== 2) throw unreadable(text);
  const [from = '', to = ''] = parts;
  const open = (side: string) => side === '..' || side === '';
  const start = open(from) ? null : endpoint(from, zone);
  const end = open(to) ? null : endpoint(to, zone);
  if (
    (!open(from) && start === null) ||
    (!open(to) && end === null) ||
    (start === null && end === null)
  )
    throw unreadable(text);
  const earliest = start === null ? null : start.startMs;
  const latest = end === null ? null : end.endMs - 1;
  if (earliest !== null && latest !== null && latest < earliest)
    throw badInput(`in "${text}" the interval ends before it starts`);
  return {
    earliest: earliest === null ? null : iso(earliest),
    latest: latest === null ? null : iso(latest),
    label: value,
    precision: intervalPrecision(earliest, latest),
  };
}

function intervalPrecision(earliest: number | null, latest: number | null): TimePrecision {
  if (earliest === null || latest === null) return 'days';
  const span = latest - earliest;
  if (span < 3_600_000) return 'hour';
  if (span < 86_400_000) return 'part_of_day';
  return 'days';
}

const zonedDate = (ms: number, zone: string) =>
  Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);

/** Is `ms` a local midnight in `zone`? */
const isLocalMidnight = (ms: number, zone: string): boolean =>
  zonedDate(ms, zone).toPlainDate().toZonedDateTime({ timeZone: zone }).epochMilliseconds === ms;

/** The date-time with its offset, to the second (or millisecond when it has one). */
function dateTimeText(ms: number, zone: string): string {
  const z = zonedDate(ms, zone);
  const smallestUnit = ms % 1000 === 0 ? 'second' : 'millisecond';
  return z.toString({ smallestUnit, timeZoneName: 'never' });
}

/**
 * The EDTF value for an interval: a day, month or year when it is exactly one in `zone`, a
 * range of days, or date-times with offsets; null when both ends are unknown. A label that is
 * itself EDTF for the same interval (with its qualifier) is given back as written.
 */
export function formatEdtf(t: TimeInterval, zone: string): string | null {
  if (t.earliest === null && t.latest === null) return null;
  if (t.label !== '') {
    try {
      const again = parseEdtf(t.label, zone);
      if (again.earliest === t.earliest && again.latest === t.latest) return t.label.trim();
    } catch {
      // a label in words ("Friday evening"): derive the value instead
    }
  }
  const lo = t.earliest === null ? null : Date.parse(t.earliest);
  const hi = t.latest === null ? null : Date.parse(t.latest) + 1; // exclusive
  const daysAligned =
    (lo === null || isLocalMidnight(lo, zone)) && (hi === null || isLocalMidnight(hi, zone));
  if (lo !== null && hi !== null && daysAligned) {
    const start = zonedDate(lo, zone).toPlainDate();
    const last = zonedDate(hi, zone).toPlainDate().subtract({ days: 1 });
    if (start.equals(last)) return start.toString();
    if (start.day === 1 && start.add({ months: 1 }).subtract({ days: 1 }).equals(last))
      return start.toString().slice(0, 7);
    if (
      start.day === 1 &&
      start.month === 1 &&
      start.add({ years: 1 }).subtract({ days: 1 }).equals(last)
    )
      return String(start.year).padStart(4, '0');
    return `${start.toString()}/${last.toString()}`;
  }
  if (lo !== null && hi !== null && lo === hi - 1) return dateTimeText(lo, zone);
  const side = (ms: number | null, end: boolean): string => {
    if (ms === null) return '..';
    if (daysAligned) {
      const day = zonedDate(end ? ms - 1 : ms, zone).toPlainDate();
      return day.toString();
    }
    return dateTimeText(end ? ms - 1 : ms, zone);
  };
  return `${side(lo, false)}/${side(hi, true)}`;
}
