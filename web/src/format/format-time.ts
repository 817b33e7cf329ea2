import type { Iso } from '../api/api-types';
import { countOf } from './format-count';

const PARTS = {
  day: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function format(iso: Iso, timeZone: string, part: keyof typeof PARTS): string {
  const key = `${timeZone}|${part}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, ...PARTS[part] });
    formatters.set(key, f);
  }
  return f.format(new Date(iso));
}

/** "Fri 24 Nov 2023" in the given zone. */
export const formatDay = (iso: Iso, timeZone: string): string => format(iso, timeZone, 'day');

/** "Fri 24 Nov 2023, 07:00" in the given zone. */
export const formatInstant = (iso: Iso, timeZone: string): string =>
  `${formatDay(iso, timeZone)}, ${format(iso, timeZone, 'time')}`;

/**
 * An interval of possible instants, as precisely as it is known: one instant, a range, or an
 * open end ("after …", "before …"); both ends unknown is said, never guessed.
 */
export function formatInterval(
  range: { readonly earliest: Iso | null; readonly latest: Iso | null },
  timeZone: string,
): string {
  const { earliest, latest } = range;
  if (earliest === null && latest === null) return 'time unknown';
  if (earliest === null) return `before ${formatInstant(latest as Iso, timeZone)}`;
  if (latest === null) return `after ${formatInstant(earliest, timeZone)}`;
  if (Date.parse(earliest) === Date.parse(latest)) return formatInstant(earliest, timeZone);
  const end =
    formatDay(earliest, timeZone) === formatDay(latest, timeZone)
      ? format(latest, timeZone, 'time')
      : formatInstant(latest, timeZone);
  return `${formatInstant(earliest, timeZone)} – ${end}`;
}

const DURATION_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute'] as const;

/** "P1D" → "1 day", "PT12H" → "12 hours"; anything else is shown as written. */
export function formatDuration(iso: string): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(
    iso,
  );
  if (match === null) return iso;
  const parts = DURATION_UNITS.flatMap((word, i) => {
    const n = Number(match[i + 1] ?? 0);
    return n === 0 ? [] : [countOf(n, word)];
  });
  return parts.length === 0 ? iso : parts.join(' ');
}
