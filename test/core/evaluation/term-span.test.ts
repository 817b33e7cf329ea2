import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TermResult } from '../../../src/core/evaluation/evaluation.js';
import { termSpan } from '../../../src/core/evaluation/term-span.js';

const DAY = 86_400_000;
const START = '2023-11-24T05:00:00.000Z';
const ASOF = '2023-12-10T00:00:00.000Z';

/** A term with only the fields the span reads filled in. */
function term(
  end: { earliest: string | null; latest: string | null },
  baseEnd: { earliest: string | null; latest: string | null } = { earliest: null, latest: null },
): TermResult {
  return {
    start: START,
    end,
    state: 'in_effect',
    endReason: null,
    endCause: null,
    baseEnd,
    extensions: [],
    rules: [],
    phases: [],
    suspensions: [],
  };
}

describe('the span of a term', () => {
  it('runs from the day before the start to the day after the latest end', () => {
    const span = termSpan(
      term({ earliest: '2023-11-28T05:00:00.000Z', latest: '2023-12-01T05:00:00.000Z' }),
      ASOF,
    );
    expect(span).toEqual({ from: '2023-11-23T05:00:00.000Z', to: '2023-12-02T05:00:00.000Z' });
  });

  it('ends a day after the end before extensions when that is all that is known', () => {
    const span = termSpan(
      term({ earliest: null, latest: null }, { earliest: null, latest: '2023-11-28T05:00:00Z' }),
      ASOF,
    );
    expect(span.to).toBe('2023-11-29T05:00:00.000Z');
  });

  it('runs to asOf, with no day added, while no end is known', () => {
    expect(termSpan(term({ earliest: null, latest: null }), ASOF).to).toBe(ASOF);
  });

  it('is two days at least, so a term of hours still reads', () => {
    const span = termSpan(term({ earliest: START, latest: START }), START);
    expect(span).toEqual({ from: '2023-11-23T05:00:00.000Z', to: '2023-11-25T05:00:00.000Z' });
  });

  it('holds the whole term and every end it may have, whatever the end and asOf', () => {
    const instant = fc
      .date({
        min: new Date('2023-11-24T05:00:00Z'),
        max: new Date('2030-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString());
    fc.assert(
      fc.property(
        fc.option(instant),
        fc.option(instant),
        fc.option(instant),
        instant,
        (a, b, base, asOf) => {
          // A range's earliest end is never after its latest.
          const [earliest, latest] = a !== null && b !== null && a > b ? [b, a] : [a, b];
          const t = term({ earliest, latest }, { earliest: null, latest: base });
          const span = termSpan(t, asOf);
          const from = Date.parse(span.from);
          const to = Date.parse(span.to);
          expect(from).toBe(Date.parse(START) - DAY);
          expect(to - from).toBeGreaterThanOrEqual(2 * DAY);
          for (const end of [earliest, latest]) {
            if (end !== null) expect(to).toBeGreaterThanOrEqual(Date.parse(end) + DAY);
          }
          if (earliest === null && latest === null && base === null) {
            expect(to).toBe(Math.max(Date.parse(asOf), from + 2 * DAY));
          }
        },
      ),
    );
  });
});
