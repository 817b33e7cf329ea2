import { describe, expect, it } from 'vitest';
import { ClaimMarks } from '../../../src/core/evaluation/claim-marks.js';
import { Int32List } from '../../../src/core/evaluation/int32-list.js';

describe('marks by claim position', () => {
  it('mark each claim once until cleared, and none before the first mark', () => {
    const marks = new ClaimMarks(3);
    expect(marks.mark(0)).toBe(true);
    expect(marks.mark(0)).toBe(false);
    expect(marks.mark(2)).toBe(true);
    marks.clear();
    expect([0, 1, 2, 0].map((i) => marks.mark(i))).toEqual([true, true, true, false]);
  });
});

describe('a list of 32-bit integers', () => {
  it('keeps every item pushed, in order, past the room it starts with', () => {
    const list = new Int32List();
    const pushed = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 100_003);
    for (const v of pushed) list.push(v);
    expect(list.length).toBe(pushed.length);
    expect([...list.toArray()]).toEqual(pushed);
  });
});
