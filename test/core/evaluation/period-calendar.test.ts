import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { PeriodCalendar } from '../../../src/core/evaluation/period-calendar.js';
import type { LocalTime } from '../../../src/core/time/zoned-time.js';
import {
  localDateTime,
  nextLocalTimeAfter,
  parseLocalTime,
} from '../../../src/core/time/zoned-time.js';
import { agreementWith } from './evaluation-fixtures.js';

const NY = 'America/New_York';
const hours = (ms: number) => ms / 3_600_000;
const lengths = (c: PeriodCalendar) =>
  Array.from({ length: c.length }, (_, p) => hours(c.end(p) - c.start(p)));

describe('the period calendar', () => {
  it('moves a boundary that falls in a DST gap to the time the clocks jump to', () => {
    // 10 March 2024: at 02:00 New York clocks jump to 03:00; 02:30 does not exist that day.
    const c = PeriodCalendar.build(
      Date.parse('2024-03-08T07:30:00Z'),
      Date.parse('2024-03-12T06:30:00Z'),
      NY,
      parseLocalTime('02:30'),
    );
    expect(Array.from({ length: c.length }, (_, p) => c.localStart(p))).toEqual([
      '2024-03-08T02:30',
      '2024-03-09T02:30',
      '2024-03-10T03:30',
      '2024-03-11T02:30',
    ]);
    expect(lengths(c)).toEqual([24, 24, 23, 24]);
  });

  it('takes the first of the two instants a boundary names in a DST fold', () => {
    // 3 November 2024: 01:00–02:00 happens twice in New York.
    const c = PeriodCalendar.build(
      Date.parse('2024-11-02T05:30:00Z'),
      Date.parse('2024-11-04T06:30:00Z'),
      NY,
      parseLocalTime('01:30'),
    );
    expect(c.start(1)).toBe(Date.parse('2024-11-03T05:30:00Z'));
    expect(lengths(c)).toEqual([24, 25]);
  });

  it('puts a deadline in a DST gap at the time the clocks jump to', () => {
    const a = agreementWith(
      `
  - id: lists
    kind: achievement
    per: day
    bearer: north
    ref: clause 1
    act: {event: list_delivered}
    deadline: {local_time: "02:30"}`,
    );
    const inNewYork = {
      ...a,
      timezone: NY,
      term: { ...a.term, start: '2024-03-10T05:00:00.000Z' },
    };
    const e = evaluate(inNewYork, [], '2024-04-01T00:00:00Z');
    expect(e.periods[0]?.localStart).toBe('2024-03-10T00:00');
    expect(e.periods[0]?.norms[0]?.due).toBe('2024-03-10T07:30:00.000Z');
  });

  it('in any zone and at any boundary, periods follow one another, each starting at the boundary or where a gap moved it', () => {
    const zones = [
      'America/New_York',
      'Europe/London',
      'Asia/Jerusalem',
      'Australia/Lord_Howe',
      'America/Santiago',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.integer({ min: 0, max: 364 }),
        (zone, hour, minute, day) => {
          const boundary = { hour, minute };
          const startDay = Temporal.PlainDate.from('2024-01-01').add({ days: day });
          const start = startDay.toZonedDateTime({
            timeZone: zone,
            plainTime: Temporal.PlainTime.from(boundary),
          });
          // Ten local days on: the boundary on the tenth date, not start + 10 days, which keeps
          // a start that a DST gap moved (02:00 → 02:30) at its moved wall-clock time.
          const end = startDay
            .add({ days: 10 })
            .toZonedDateTime({ timeZone: zone, plainTime: Temporal.PlainTime.from(boundary) });
          const c = PeriodCalendar.build(
            start.epochMilliseconds,
            end.epochMilliseconds,
            zone,
            boundary,
          );
          expect(c.length).toBe(10);
          for (let p = 0; p < c.length; p++) {
            const local = Temporal.Instant.fromEpochMilliseconds(c.start(p)).toZonedDateTimeISO(
              zone,
            );
            const wanted = local
              .toPlainDate()
              .toZonedDateTime({ timeZone: zone, plainTime: Temporal.PlainTime.from(boundary) });
            expect(c.start(p)).toBe(wanted.epochMilliseconds);
            expect(hours(c.end(p) - c.start(p))).toBeGreaterThanOrEqual(22.5);
            expect(hours(c.end(p) - c.start(p))).toBeLessThanOrEqual(25);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** `nextLocalTimeAfter` as first written, each step its own conversion: the reference. */
function nextLocalTimeAfterAsBefore(ms: number, zone: string, time: LocalTime): number {
  const here = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
  const sameDay = here
    .toPlainDate()
    .toZonedDateTime({ timeZone: zone, plainTime: Temporal.PlainTime.from(time) });
  if (sameDay.epochMilliseconds > ms) return sameDay.epochMilliseconds;
  return here
    .toPlainDate()
    .add({ days: 1 })
    .toZonedDateTime({ timeZone: zone, plainTime: Temporal.PlainTime.from(time) })
    .epochMilliseconds;
}

/** Zones with gaps and folds at midnight, at half hours, and a day skipped (Apia, 2011). */
const ZONES = [
  NY,
  'Asia/Jerusalem',
  'Australia/Lord_Howe',
  'America/Havana',
  'America/Santiago',
  'Pacific/Apia',
  'UTC',
];
/** Instants near the zones' changes of the last years, and a local time of any minute. */
const moment = fc.record({
  zone: fc.constantFrom(...ZONES),
  ms: fc.integer({
    min: Date.parse('2011-01-01T00:00:00Z'),
    max: Date.parse('2025-12-31T00:00:00Z'),
  }),
  time: fc.record({
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  }),
});

describe('local times, computed once per day', () => {
  it('find the next local time as each conversion made afresh finds it, gaps and folds too', () => {
    fc.assert(
      fc.property(moment, ({ zone, ms, time }) => {
        // Near a change of clocks, where the two could part: the hours either side of one; and
        // from each answer again, as the calendar steps from boundary to boundary.
        const near = Temporal.Instant.fromEpochMilliseconds(ms)
          .toZonedDateTimeISO(zone)
          .getTimeZoneTransition('next');
        for (let at of [ms, ...(near === null ? [] : [near.epochMilliseconds - 3_600_000])]) {
          for (let step = 0; step < 3; step++) {
            const next = nextLocalTimeAfterAsBefore(at, zone, time);
            expect(nextLocalTimeAfter(at, zone, time)).toBe(next);
            at = next;
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("label each period's start and end as the local time of its boundary", () => {
    fc.assert(
      fc.property(moment, fc.integer({ min: 1, max: 9 }), ({ zone, ms, time }, days) => {
        const c = PeriodCalendar.build(ms, ms + days * 86_400_000, zone, time);
        for (let p = 0; p < c.length; p++) {
          expect(c.localStart(p)).toBe(localDateTime(c.start(p), zone));
          expect(c.localEnd(p)).toBe(localDateTime(c.end(p), zone));
        }
      }),
      { numRuns: 60 },
    );
  });
});
