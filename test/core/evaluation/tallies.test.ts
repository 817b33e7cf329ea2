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
