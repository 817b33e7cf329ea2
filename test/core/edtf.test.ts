import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatEdtf, parseEdtf } from '../../src/core/time/edtf.js';

const ZONES = ['UTC', 'Asia/Jerusalem', 'Africa/Khartoum', 'America/New_York', 'Pacific/Chatham'];
const zone = fc.constantFrom(...ZONES);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const date = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`);

describe('EDTF level 1', () => {
  test('a date-only value is that local day in the given zone, not midnight UTC', () => {
    const t = parseEdtf('2023-11-24', 'Asia/Jerusalem');
    expect(t).toMatchObject({
      earliest: '2023-11-23T22:00:00.000Z',
      latest: '2023-11-24T21:59:59.999Z',
      precision: 'day',
    });
  });

  test('a month is all of it; an approximate day keeps its qualifier in the label', () => {
    expect(parseEdtf('2023-11', 'UTC')).toMatchObject({
      earliest: '2023-11-01T00:00:00.000Z',
      latest: '2023-11-30T23:59:59.999Z',
      precision: 'month',
    });
    const around = parseEdtf('2023-11-24~', 'UTC');
    expect(around.label).toBe('2023-11-24~');
    expect(formatEdtf(around, 'UTC')).toBe('2023-11-24~');
  });

  test('intervals of days, and of a local date-time open at its end', () => {
    expect(parseEdtf('2023-11-24/2023-11-26', 'UTC')).toMatchObject({
      earliest: '2023-11-24T00:00:00.000Z',
      latest: '2023-11-26T23:59:59.999Z',
    });
    expect(parseEdtf('2023-11-24T18:00/..', 'Asia/Jerusalem')).toMatchObject({
      earliest: '2023-11-24T16:00:00.000Z',
      latest: null,
    });
  });

  test.each(['2023-13', '2023-02-30', '24 Nov 2023', '2023-11-26/2023-11-24', '../..', ''])(
    '"%s" is refused with a sentence naming the forms it reads',
    (text) => {
      expect(() => parseEdtf(text, 'UTC')).toThrow(/EDTF|ends before/);
    },
  );

  test('every day, month and year formats back to itself in any zone', () => {
    fc.assert(
      fc.property(date, zone, fc.constantFrom(10, 7, 4), (d, z, cut) => {
        const text = d.slice(0, cut);
        const t = parseEdtf(text, z);
        expect(formatEdtf({ ...t, label: '' }, z)).toBe(text);
      }),
    );
  });

  test('parsing what was formatted gives the same interval, for days and instants alike', () => {
    const instant = fc
      .integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2090, 0, 1) })
      .map((ms) => new Date(ms).toISOString());
    const end = fc.option(instant, { nil: null });
    fc.assert(
      fc.property(end, end, zone, (a, b, z) => {
        fc.pre(a !== null || b !== null);
        const [earliest, latest] = a !== null && b !== null && a > b ? [b, a] : [a, b];
        const t = { earliest, latest, label: '', precision: 'days' as const };
        const text = formatEdtf(t, z);
        expect(text).not.toBeNull();
        const back = parseEdtf(text!, z);
        expect([back.earliest, back.latest]).toEqual([earliest, latest]);
      }),
    );
    fc.assert(
      fc.property(date, date, zone, (a, b, z) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const t = parseEdtf(`${from}/${to}`, z);
        const back = parseEdtf(formatEdtf({ ...t, label: '' }, z)!, z);
        expect([back.earliest, back.latest]).toEqual([t.earliest, t.latest]);
      }),
    );
  });
});
