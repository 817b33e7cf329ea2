import { describe, expect, it } from 'vitest';
import { monthNumber } from '../../src/core/time/month-names.js';

describe('a month by name', () => {
  it('is numbered from January as 1, in any case', () => {
    expect(['January', 'may', 'DECEMBER', 'September'].map(monthNumber)).toEqual([1, 5, 12, 9]);
  });

  it('is 0 for a word no month is called, or a shortened name', () => {
    expect(['Sept', 'Mayday', ''].map(monthNumber)).toEqual([0, 0, 0]);
  });
});
