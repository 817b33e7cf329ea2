import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMs } from '../../src/core/time/instant-ms.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** An instant as the schemas write it, with fields in range and out of it (a 13th month, a 31 February). */
const written = fc.record({
  year: fc.integer({ min: 0, max: 9999 }),
  month: fc.integer({ min: 0, max: 14 }),
  day: fc.integer({ min: 0, max: 35 }),
  hour: fc.integer({ min: 0, max: 25 }),
  minute: fc.integer({ min: 0, max: 61 }),
  second: fc.option(fc.integer({ min: 0, max: 61 })),
  fraction: fc.constantFrom('', '.0', '.5', '.12', '.123', '.999', '.1234'),
  offset: fc.option(fc.integer({ min: -14 * 60, max: 14 * 60 })),
});

type Written = typeof written extends fc.Arbitrary<infer T> ? T : never;

function textOf(w: Written): string {
  const time = `${pad(w.hour, 2)}:${pad(w.minute, 2)}${w.second === null ? '' : `:${pad(w.second, 2)}${w.fraction}`}`;
  const offset =
    w.offset === null
      ? 'Z'
      : `${w.offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(w.offset) / 60), 2)}:${pad(Math.abs(w.offset) % 60, 2)}`;
  return `${pad(w.year, 4)}-${pad(w.month, 2)}-${pad(w.day, 2)}T${time}${offset}`;
}

/**
 * The instant Date's own calendar makes of the same fields, fields out of range carried over as
 * Date.UTC carries them, and the year as written (setUTCFullYear does not read 0–99 as 19xx).
 */
function byDateFields(w: Written, text: string): number {
  const milli = w.second === null ? 0 : Math.floor(Number(`0${w.fraction || '.0'}`) * 1000);
  const date = new Date(0);
  date.setUTCFullYear(w.year, w.month - 1, w.day);
  const ms = date.setUTCHours(w.hour, w.minute, w.second ?? 0, milli) - (w.offset ?? 0) * 60_000;
  return Number.isNaN(ms) ? Date.parse(text) : ms;
}

describe('an instant read as epoch milliseconds', () => {
  it('is what the calendar makes of its fields, in range or not, at any offset', () => {
    fc.assert(
      fc.property(written, (w) => {
        const text = textOf(w);
        expect(instantMs(text)).toBe(byDateFields(w, text));
      }),
      { numRuns: 5000 },
    );
  });

  it('is what Date.parse reads of a valid instant, leap days and the years before 1970 among them', () => {
    const times = fc.integer({ min: Date.UTC(100, 0, 1), max: Date.UTC(9999, 11, 31) });
    fc.assert(
      fc.property(times, (ms) => {
        const text = new Date(ms).toISOString();
        expect(instantMs(text)).toBe(Date.parse(text));
        expect(instantMs(text)).toBe(ms);
      }),
      { numRuns: 5000 },
    );
    for (const text of [
      '2024-02-29T23:59:59.999Z',
      '2000-03-01T00:00Z',
      '1900-02-28T12:00:00+05:30',
    ])
      expect(instantMs(text)).toBe(Date.parse(text));
  });

  it('reads a year before 100 as written, as Date.parse does, and any other shape as Date.parse does', () => {
    for (const text of [
      '0050-01-01T00:00:00Z',
      '0000-02-29T12:00:00Z',
      '0099-12-31T23:59:59.999Z',
      '0004-03-01T00:30:00+01:00',
    ])
      expect(instantMs(text)).toBe(Date.parse(text));
    for (const text of ['2024-03-01', '2024-03-01T05:00:00', '2024-03-01T05:00:00+0200', 'soon'])
      expect(instantMs(text)).toBe(Date.parse(text));
  });
});
