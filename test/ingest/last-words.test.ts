import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastWordsBefore } from '../../src/ingest/last-words.js';

describe('the last words before a point', () => {
  it('are the pieces splitting the whole span would end with', () => {
    const piece = fc.constantFrom(
      'a',
      'fired',
      'not',
      ',',
      '“',
      'n’t',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (text, a, b, count) => {
          const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
          expect(lastWordsBefore(text, start!, end!, count)).toEqual(
            text.slice(start, end).split(/\s+/).slice(-count),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('read a clause’s last words, not its first', () => {
    const clause = 'Officials said on Tuesday that the army did not fire';
    expect(lastWordsBefore(clause, 0, clause.length, 3)).toEqual(['did', 'not', 'fire']);
    expect(lastWordsBefore(clause, 10, 20, 5)).toEqual(['said', 'on', 'Tu']);
  });
});
