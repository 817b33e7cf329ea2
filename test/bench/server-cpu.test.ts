import { describe, expect, it } from 'vitest';
import { median, processCpuNs, roundsOf, schedstatRunNs } from '../../bench/server-cpu.js';

describe('schedstatRunNs', () => {
  it('reads the time on CPU, the first of the three fields, not the time waiting', () => {
    expect(schedstatRunNs('48213377 1204567 31\n')).toBe(48_213_377);
  });

  it('reads a thread that has run for days exactly, in nanoseconds', () => {
    expect(schedstatRunNs('259200123456789 5 7')).toBe(259_200_123_456_789);
  });

  it('is NaN for text that is not three counts, so a sum over threads shows it', () => {
    expect(schedstatRunNs('')).toBeNaN();
    expect(schedstatRunNs('48213377 1204567')).toBeNaN();
    expect(schedstatRunNs('cpu 48213377 1204567 31')).toBeNaN();
  });
});

describe('processCpuNs', () => {
  it("counts this process's threads finer than a tick, and grows as it works", () => {
    const before = processCpuNs(process.pid);
    let x = 0;
    for (let i = 0; i < 2_000_000; i += 1) x += Math.sqrt(i);
    const after = processCpuNs(process.pid);
    expect(x).toBeGreaterThan(0);
    expect(after).toBeGreaterThan(before);
    // Not a multiple of a 10 ms tick, as /proc/<pid>/stat's counts are.
    expect(before % 10_000_000).not.toBe(0);
  });

  it('is NaN for a process that does not exist', () => {
    expect(processCpuNs(-1)).toBeNaN();
  });
});

describe('median and spread of rounds', () => {
  it('takes the middle round whatever order the rounds came in', () => {
    expect(median([40.2, 9.8, 31.5, 12.1, 55.0])).toBe(31.5);
  });

  it('takes the upper middle of an even count, not a mean', () => {
    expect(median([3, 1, 4, 2])).toBe(3);
  });

  it('gives the least and most round beside the median', () => {
    expect(roundsOf([21.4, 18.9, 64.3, 20.2, 19.7])).toEqual({
      median: 20.2,
      low: 18.9,
      high: 64.3,
    });
  });

  it('is NaN throughout for no rounds rather than infinities', () => {
    expect(roundsOf([])).toEqual({ median: NaN, low: NaN, high: NaN });
  });

  it('does not reorder the rounds it was given', () => {
    const rounds = [5, 1, 3];
    roundsOf(rounds);
    expect(rounds).toEqual([5, 1, 3]);
  });
});
