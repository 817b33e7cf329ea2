import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import type { Tally } from '../../../src/core/evaluation/evaluation.js';
import { verdictGrid } from '../../../src/core/evaluation/verdict-grid.js';
import { agreementWith, at, by, claimOf, people } from './evaluation-fixtures.js';

const NORMS = `
  - id: no-strikes
    kind: prohibition
    bearer: [north, south]
    ref: art. 1
    act: {event: airstrike}
  - id: releases
    kind: achievement
    per: day
    bearer: north
    ref: art. 2
    act: {event: release}`;
const AFTER = '2024-03-10T00:00:00Z';
const agreement = agreementWith(NORMS);

const killed = (n: number) => [{ unit: 'killed', min: n, max: n, qualifier: 'exact' as const }];
const rows = (tallies: readonly Tally[], act: string) =>
  tallies
    .filter((t) => t.act === act && t.category === null)
    .map((t) => [t.by, t.role, t.unit, t.count]);

describe('tallies by role', () => {
  it('keep their sources in the evaluation but not in the grid, whose size must not grow with claims', () => {
    const claims = [1, 2, 3].map((n) =>
      claimOf(n, { type: 'release', actors: [by('north')], quantities: people(n) }),
    );
    const e = evaluate(agreement, claims, AFTER);
    const row = e.tallies.find((t) => t.act === 'release' && t.role === 'persons');
    expect(row?.from).toHaveLength(3);
    const grid = verdictGrid(e);
    expect(grid.tallies).toHaveLength(e.tallies.length);
    for (const t of grid.tallies) expect(t).not.toHaveProperty('from');
    expect(grid.tallies.map((t) => t.count)).toEqual(e.tallies.map((t) => t.count));
  });

  it('count a strike that killed nine as one strike, with nine killed as its outcome', () => {
    const strike = claimOf(1, { type: 'airstrike', actors: [by('south')], quantities: killed(9) });
    const e = evaluate(agreement, [strike], AFTER);
    expect(rows(e.tallies, 'airstrike')).toEqual([
      ['south', 'acts', null, { min: 1, max: 1 }],
      ['south', 'killed', 'killed', { min: 9, max: 9 }],
    ]);
    expect(e.periods[0]?.norms.find((n) => n.bearer === 'south')?.explanation.count).toEqual({
      min: 1,
      max: 1,
    });
  });

  it('widen the persons row with a release that gives no figure, instead of a row of its own', () => {
    const e = evaluate(
      agreement,
      [
        claimOf(1, { type: 'release', actors: [by('north')], quantities: people(13) }),
        claimOf(2, { type: 'release', actors: [by('north')], when: at('2024-03-02T12:00:00Z') }),
      ],
      AFTER,
    );
    expect(rows(e.tallies, 'release')).toEqual([
      ['north', 'persons', 'persons', { min: 14, max: null }],
      ['north', 'acts', null, { min: 2, max: 2 }],
    ]);
  });

  it('take the role a claim gives over the one its unit suggests', () => {
    const e = evaluate(
      agreement,
      [
        claimOf(1, {
          type: 'airstrike',
          actors: [by('north')],
          quantities: [{ unit: 'sorties', min: 3, max: 3, qualifier: 'exact', role: 'acts' }],
        }),
      ],
      AFTER,
    );
    expect(rows(e.tallies, 'airstrike')).toEqual([
      ['north', 'acts', 'sorties', { min: 3, max: 3 }],
    ]);
  });

  it('count one act per claim of one origin, whatever outcomes the claims report', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }), {
          minLength: 1,
          maxLength: 8,
        }),
        (figures) => {
          const claims = figures.map((f, i) =>
            claimOf(i + 1, {
              type: 'airstrike',
              actors: [by('south')],
              quantities: f === undefined ? [] : killed(f),
            }),
          );
          const e = evaluate(agreement, claims, AFTER);
          const acts = e.tallies.find((t) => t.act === 'airstrike' && t.role === 'acts');
          expect(acts?.count).toEqual({ min: figures.length, max: figures.length });
          const dead = figures.reduce<number>((sum, f) => sum + (f ?? 0), 0);
          const outcome = e.tallies.find((t) => t.act === 'airstrike' && t.role === 'killed');
          expect(outcome?.count ?? { min: 0, max: 0 }).toEqual({ min: dead, max: dead });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('add figures in units that mean the same, in one row named by the vocabulary', () => {
    const spellings = ['people', 'persons', 'Persons', 'person', 'individuals'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...spellings), fc.integer({ min: 0, max: 40 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (figures) => {
          const claims = figures.map(([unit, n], i) =>
            claimOf(i + 1, {
              type: 'release',
              actors: [by('north')],
              quantities: [{ unit, min: n, max: n, qualifier: 'exact' as const }],
            }),
          );
          const sum = figures.reduce((total, [, n]) => total + n, 0);
          const e = evaluate(agreement, claims, AFTER);
          expect(rows(e.tallies, 'release').filter(([, role]) => role === 'persons')).toEqual([
            ['north', 'persons', 'persons', { min: sum, max: sum }],
          ]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('name no unit for a row whose figures are in two different units', () => {
    const e = evaluate(
      agreement,
      [
        claimOf(1, { type: 'release', actors: [by('north')], quantities: people(13) }),
        claimOf(2, {
          type: 'release',
          actors: [by('north')],
          quantities: [{ unit: 'hostages', min: 2, max: 2, qualifier: 'exact' }],
        }),
      ],
      AFTER,
    );
    expect(rows(e.tallies, 'release')[0]).toEqual(['north', 'persons', null, { min: 15, max: 15 }]);
  });

  it('keep each row its category and role when the claims name more than 65,536 categories', () => {
    // 2^16 + 100 category names among the claims: more than a 16-bit field of a key holds.
    const many = Array.from({ length: 66 }, (_, n) =>
      claimOf(n + 1, {
        type: 'release',
        actors: [by('north')],
        categories: Array.from({ length: 1_000 }, (_, k) => `kind ${n * 1_000 + k}`),
        quantities: people(1),
      }),
    );
    const women = claimOf(100, {
      type: 'release',
      actors: [by('south')],
      categories: ['women'],
      quantities: people(7),
    });
    const e = evaluate(agreement, [...many, women], AFTER);
    const south = e.tallies.filter((t) => t.act === 'release' && t.by === 'south');
    expect(south.map((t) => [t.category, t.role, t.count.min])).toEqual([
      [null, 'persons', 7],
      ['women', 'persons', 7],
      [null, 'acts', 1],
      ['women', 'acts', 1],
    ]);
    // Tens of thousands of rows: slow on a loaded machine, and no measure of speed.
  }, 120_000);
});

/** A claim for the reference below: release or strike, by a party or none, on a day or across two. */
const tallyLine = fc.record({
  type: fc.constantFrom('release' as const, 'airstrike' as const),
  agent: fc.constantFrom('north', 'south', null),
  origin: fc.constantFrom('Wire', 'Agency', 'Radio'),
  category: fc.constantFrom('women', 'children', null),
  figure: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  hour: fc.integer({ min: 0, max: 5 * 24 - 1 }),
  span: fc.constantFrom(0, 0, 0, 30),
  modality: fc.constantFrom('asserted' as const, 'asserted' as const, 'denied' as const),
  status: fc.constantFrom('accepted' as const, 'accepted' as const, 'rejected' as const),
});
type TallyLine = typeof tallyLine extends fc.Arbitrary<infer T> ? T : never;

const hourOf = (h: number) => new Date(Date.parse('2024-03-01T00:00:00Z') + h * 3_600_000);

/**
 * Tallies summed the plain way, with string keys: per day, each origin's claims add up per
 * row; the fullest account of the origins is the day's count; days add up. A claim across two
 * days counts in each from nothing to its figure. Rows name the claims that met them.
 */
function referenceTallies(
  lines: readonly TallyLine[],
  days: readonly { start: string; end: string }[],
) {
  type Row = { min: number; max: number; claims: number; unit: string | null; from: Set<number> };
  const rows = new Map<string, Row>();
  for (const day of days) {
    const [start, end] = [Date.parse(day.start), Date.parse(day.end)];
    const byOrigin = new Map<string, Map<string, { min: number; max: number; claims: number }>>();
    lines.forEach((l, i) => {
      const lo = hourOf(l.hour).getTime();
      const hi = hourOf(l.hour + l.span).getTime();
      if (l.status !== 'accepted' || l.modality === 'denied' || hi < start || lo >= end) return;
      const definite = lo >= start && hi < end;
      const parts: [string, number, number, string | null][] =
        l.type === 'release'
          ? [
              [
                'persons',
                l.figure ?? 1,
                l.figure ?? Infinity,
                l.figure === null ? null : 'persons',
              ],
              ['acts', 1, 1, null],
            ]
          : [
              ['acts', 1, 1, null],
              ...(l.figure === null
                ? []
                : [['killed', l.figure, l.figure, 'killed'] as [string, number, number, string]]),
            ];
      for (const [role, min, max, unit] of parts) {
        for (const category of [null, ...(l.category === null ? [] : [l.category])]) {
          const key = `${l.type}|${l.agent}|${category}|${role}`;
          const row = rows.get(key) ?? { min: 0, max: 0, claims: 0, unit: null, from: new Set() };
          rows.set(key, row);
          row.from.add(i + 1);
          if (unit !== null) row.unit = unit;
          const sums = byOrigin.get(l.origin) ?? new Map();
          byOrigin.set(l.origin, sums);
          const sum = sums.get(key) ?? { min: 0, max: 0, claims: 0 };
          sums.set(key, {
            min: sum.min + (definite ? min : 0),
            max: sum.max + max,
            claims: sum.claims + 1,
          });
        }
      }
    });
    const combined = new Map<string, { min: number; max: number; claims: number }>();
    for (const sums of byOrigin.values()) {
      for (const [key, s] of sums) {
        const c = combined.get(key) ?? { min: 0, max: 0, claims: 0 };
        combined.set(key, {
          min: Math.max(c.min, s.min),
          max: Math.max(c.max, s.max),
          claims: c.claims + s.claims,
        });
      }
    }
    for (const [key, c] of combined) {
      const row = rows.get(key) as Row;
      row.min += c.min;
      row.max += c.max;
      row.claims += c.claims;
    }
  }
  return [...rows]
    .map(([key, r]) => {
      const [act, by, category, role] = key.split('|');
      return {
        key: `${act}|${by}|${category}|${role}`,
        unit: r.unit,
        count: { min: r.min, max: Number.isFinite(r.max) ? r.max : null },
        claims: r.claims,
        from: [...r.from].sort((a, b) => a - b).map((n) => `clm_${String(n).padStart(6, '0')}`),
      };
    })
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

describe('tallies against a plain sum', () => {
  it('equal the rows summed by origin, day and row with string keys, claim by claim', () => {
    fc.assert(
      fc.property(fc.array(tallyLine, { maxLength: 30 }), (lines) => {
        const claims = lines.map((l, i) =>
          claimOf(i + 1, {
            type: l.type,
            when: at(hourOf(l.hour).toISOString(), hourOf(l.hour + l.span).toISOString()),
            actors: l.agent === null ? [] : [by(l.agent)],
            attribution: [{ name: l.origin, kind: 'news_agency' }],
            categories: l.category === null ? [] : [l.category],
            quantities:
              l.figure === null ? [] : l.type === 'release' ? people(l.figure) : killed(l.figure),
            modality: l.modality,
            status: l.status,
          }),
        );
        const e = evaluate(agreement, claims, AFTER);
        const got = e.tallies
          .map((t) => ({
            key: `${t.act}|${t.by}|${t.category}|${t.role}`,
            unit: t.unit,
            count: t.count,
            claims: t.claims,
            from: t.from,
          }))
          .sort((a, b) => (a.key < b.key ? -1 : 1));
        expect(got).toEqual(referenceTallies(lines, e.periods));
      }),
      { numRuns: 150 },
    );
  });
});
