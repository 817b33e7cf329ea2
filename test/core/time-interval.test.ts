import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bothMembership } from '../../src/core/time/membership.js';
import type { Membership } from '../../src/core/time/membership.js';
import {
  TimeInterval,
  hull,
  membershipBefore,
  membershipIn,
  overlaps,
  timeInterval,
} from '../../src/core/time/time-interval.js';
import { isTruceError } from '../../src/core/errors.js';

const MIN = Date.UTC(2020, 0, 1);
const MAX = Date.UTC(2030, 0, 1);
const ms = fc.integer({ min: MIN, max: MAX });
const iso = (t: number) => new Date(t).toISOString();

/** Intervals with either end possibly open. */
const interval = fc
  .tuple(fc.option(ms, { nil: null }), fc.option(ms, { nil: null }))
  .map(([a, b]) => {
    const [lo, hi] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return timeInterval(lo === null ? null : iso(lo), hi === null ? null : iso(hi), 'days');
  });
const window = fc
  .tuple(ms, ms)
  .map(([a, b]): readonly [number, number] => (a <= b ? [a, b + 1] : [b, a + 1]));

const pointsOf = (t: TimeInterval): number[] => {
  const lo = t.earliest === null ? MIN - 1 : Date.parse(t.earliest);
  const hi = t.latest === null ? MAX + 1 : Date.parse(t.latest);
  return [lo, hi, Math.floor((lo + hi) / 2)];
};

describe('time intervals', () => {
  it('an interval whose latest is before its earliest is refused with a clear error', () => {
    expect(() => timeInterval('2023-11-25T00:00:00Z', '2023-11-24T00:00:00Z', 'day')).toThrowError(
      /latest is before earliest/,
    );
    try {
      timeInterval('2023-11-25T00:00:00Z', '2023-11-24T00:00:00Z', 'day');
    } catch (error) {
      expect(isTruceError(error) && error.kind).toBe('BadInput');
    }
  });

  it('a claim inside the period is definitely in it; one straddling its start only possibly', () => {
    const start = Date.parse('2023-11-24T05:00:00Z');
    const end = Date.parse('2023-11-25T05:00:00Z');
    const inside = timeInterval('2023-11-24T14:00:00Z', '2023-11-24T16:00:00Z', 'hour');
    const straddling = timeInterval('2023-11-24T03:00:00Z', '2023-11-24T06:00:00Z', 'part_of_day');
    const before = timeInterval('2023-11-23T03:00:00Z', '2023-11-23T06:00:00Z', 'part_of_day');
    expect(membershipIn(inside, start, end)).toBe('definitely');
    expect(membershipIn(straddling, start, end)).toBe('possibly');
    expect(membershipIn(before, start, end)).toBe('not');
  });

  it('periods are half-open: an instant at the next boundary belongs to the next period', () => {
    const boundary = '2023-11-25T05:00:00Z';
    const at = timeInterval(boundary, boundary, 'exact');
    expect(membershipIn(at, Date.parse('2023-11-24T05:00:00Z'), Date.parse(boundary))).toBe('not');
    expect(membershipIn(at, Date.parse(boundary), Date.parse('2023-11-26T05:00:00Z'))).toBe(
      'definitely',
    );
  });

  it('an unknown time is possibly in every period, never definitely', () => {
    fc.assert(
      fc.property(window, ([s, e]) => {
        expect(membershipIn(timeInterval(null, null, 'unresolved'), s, e)).toBe('possibly');
      }),
    );
  });

  it('membership agrees with the points of the interval: definitely means all, not means none', () => {
    fc.assert(
      fc.property(interval, window, (t, [s, e]) => {
        const m = membershipIn(t, s, e);
        const inside = pointsOf(t).map((p) => p >= s && p < e);
        if (m === 'definitely') expect(inside.every(Boolean)).toBe(true);
        if (m === 'not') expect(inside.some(Boolean)).toBe(false);
      }),
    );
  });

  it('a window split in two: definitely in the whole iff not "not" in both halves can sum up', () => {
    fc.assert(
      fc.property(interval, window, (t, [s, e]) => {
        const mid = Math.floor((s + e) / 2);
        const left = membershipIn(t, s, mid);
        const right = membershipIn(t, mid, e);
        const whole = membershipIn(t, s, e);
        if (left === 'definitely' || right === 'definitely') expect(whole).toBe('definitely');
        if (left === 'not' && right === 'not') expect(whole).toBe('not');
      }),
    );
  });

  it('before a deadline is membership in everything before it', () => {
    fc.assert(
      fc.property(interval, ms, (t, d) => {
        expect(membershipBefore(t, d)).toBe(membershipIn(t, -Infinity, d));
      }),
    );
  });

  it('the hull contains both intervals and overlaps is symmetric', () => {
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        const h = hull(a, b);
        expect(TimeInterval.safeParse(h).success).toBe(true);
        expect(overlaps(a, h) && overlaps(b, h)).toBe(true);
        expect(overlaps(a, b)).toBe(overlaps(b, a));
      }),
    );
  });

  it('three-valued conjunction is commutative and "not" absorbs', () => {
    const m = fc.constantFrom<Membership>('definitely', 'possibly', 'not');
    fc.assert(
      fc.property(m, m, (a, b) => {
        expect(bothMembership(a, b)).toBe(bothMembership(b, a));
        expect(bothMembership(a, 'not')).toBe('not');
        expect(bothMembership(a, 'definitely')).toBe(a);
      }),
    );
  });
});
