import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PartyId } from '../../../src/core/ids.js';
import type { CountRange } from '../../../src/core/quantity/count-range.js';
import { sumRanges } from '../../../src/core/quantity/count-range.js';
import { releasedPersons } from '../../../src/core/evaluation/released-persons.js';
import { runningTotals } from '../../../src/core/evaluation/running-totals.js';

const HAMAS = 'hamas' as PartyId;
const ISRAEL = 'israel' as PartyId;

const cell = (
  norm: string,
  bearer: PartyId,
  required: CountRange | null,
  count: CountRange | null,
) => ({ norm, bearer, explanation: { required, count } });

describe('the running totals of required quantities', () => {
  it('adds each period to the ones before, per clause and bearer', () => {
    const totals = runningTotals([
      {
        index: 1,
        norms: [
          cell('release-hostages', HAMAS, { min: 10, max: 10 }, { min: 8, max: 12 }),
          cell('release-prisoners', ISRAEL, { min: 30, max: 30 }, { min: 30, max: 30 }),
        ],
      },
      {
        index: 2,
        norms: [
          cell('release-hostages', HAMAS, { min: 10, max: 10 }, { min: 5, max: null }),
          cell('release-prisoners', ISRAEL, { min: 30, max: 30 }, null),
        ],
      },
    ]);
    expect(totals).toEqual([
      {
        norm: 'release-hostages',
        bearer: HAMAS,
        periods: [
          { period: 1, counted: { min: 8, max: 12 }, required: { min: 10, max: 10 } },
          { period: 2, counted: { min: 13, max: null }, required: { min: 20, max: 20 } },
        ],
      },
      {
        norm: 'release-prisoners',
        bearer: ISRAEL,
        periods: [
          { period: 1, counted: { min: 30, max: 30 }, required: { min: 30, max: 30 } },
          { period: 2, counted: { min: 30, max: 30 }, required: { min: 60, max: 60 } },
        ],
      },
    ]);
  });

  it('leaves out a clause that requires no quantity, and the periods it requires none in', () => {
    const totals = runningTotals([
      { index: 1, norms: [cell('no-flights', ISRAEL, null, { min: 1, max: 1 })] },
      { index: 2, norms: [cell('release-hostages', HAMAS, null, null)] },
      { index: 3, norms: [cell('release-hostages', HAMAS, { min: 4, max: 6 }, null)] },
    ]);
    expect(totals).toEqual([
      {
        norm: 'release-hostages',
        bearer: HAMAS,
        periods: [{ period: 3, counted: { min: 0, max: 0 }, required: { min: 4, max: 6 } }],
      },
    ]);
  });

  const range = fc
    .tuple(fc.nat(50), fc.option(fc.nat(50), { nil: null }))
    .map(([min, extra]): CountRange => ({ min, max: extra === null ? null : min + extra }));
  const periods = fc
    .array(
      fc.array(
        fc.record({
          norm: fc.constantFrom('a', 'b'),
          bearer: fc.constantFrom(HAMAS, ISRAEL),
          required: fc.option(range, { nil: null }),
          count: fc.option(range, { nil: null }),
        }),
        { maxLength: 4 },
      ),
      { maxLength: 6 },
    )
    .map((days) =>
      days.map((cells, i) => ({
        index: i + 1,
        norms: cells.map((c) => cell(c.norm, c.bearer, c.required, c.count)),
      })),
    );

  it('ends each clause and bearer at the sum of its periods, never falling on the way', () => {
    fc.assert(
      fc.property(periods, (ps) => {
        for (const total of runningTotals(ps)) {
          const cells = ps.flatMap((p) =>
            p.norms
              .filter((c) => c.norm === total.norm && c.bearer === total.bearer)
              .filter((c) => c.explanation.required !== null)
              .map((c) => ({ period: p.index, ...c.explanation })),
          );
          expect(total.periods.map((d) => d.period)).toEqual(cells.map((c) => c.period));
          const last = total.periods.at(-1);
          expect(last?.required).toEqual(
            sumRanges(cells.map((c) => c.required ?? { min: 0, max: 0 })),
          );
          expect(last?.counted).toEqual(sumRanges(cells.map((c) => c.count ?? { min: 0, max: 0 })));
          total.periods.slice(1).forEach((d, i) => {
            const before = total.periods[i]!;
            expect(d.counted.min).toBeGreaterThanOrEqual(before.counted.min);
            expect(d.required.min).toBeGreaterThanOrEqual(before.required.min);
          });
        }
      }),
    );
  });
});

describe('the persons released', () => {
  it('are the release rows counted by persons, not the count of releases or other acts', () => {
    const rows = [
      { act: 'release', role: 'persons', by: HAMAS },
      { act: 'release', role: 'acts', by: HAMAS },
      { act: 'airstrike', role: 'persons', by: ISRAEL },
      { act: 'release', role: 'persons', by: ISRAEL },
    ] as const;
    expect(releasedPersons(rows)).toEqual([rows[0], rows[3]]);
  });
});
