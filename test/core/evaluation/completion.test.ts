import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { agreementWith, at, by, claimOf } from './evaluation-fixtures.js';

/**
 * "All forces out of the zone by the end of 2 March, and none there from then on": a
 * withdrawal by the deadline, and a lasting state over the area that a report of forces
 * remaining breaks. Monitors deployed in the zone by 3 March.
 */
const agreement = agreementWith(
  `
  - id: withdraw
    kind: achievement
    per: once
    bearer: north
    ref: art. 1
    act: {event: withdrawal, area: zone}
    deadline: {end_of_date: 2024-03-02}
  - id: zone-stays-clear
    kind: maintenance
    per: day
    bearer: north
    from: 2024-03-03T00:00
    ref: art. 2
    broken_by: {event: presence, area: zone}
  - id: monitors-deployed
    kind: achievement
    per: once
    bearer: south
    ref: art. 3
    act: {event: deployment, area: zone}
    deadline: {end_of_date: 2024-03-03}`,
  'areas: [{id: zone, places: [Zone Town, Zone Ridge]}]',
);
const inZone = { name: 'Zone Town', lat: null, lon: null, precision: 'city' as const };
const AFTER = '2024-03-10T00:00:00Z';

describe('completion and lasting states over an area', () => {
  it('a report that forces remain after the deadline breaks the lasting state, even after a withdrawal', () => {
    const e = evaluate(
      agreement,
      [
        claimOf(1, {
          type: 'withdrawal',
          actors: [by('north')],
          where: inZone,
          when: at('2024-03-02T10:00:00Z'),
        }),
        claimOf(2, {
          type: 'presence',
          actors: [by('north')],
          where: inZone,
          when: at('2024-03-04T10:00:00Z'),
        }),
      ],
      AFTER,
    );
    expect(e.once.find((n) => n.norm === 'withdraw')?.verdict).toBe('fulfilled');
    const days = e.periods.map((p) => p.norms.find((n) => n.norm === 'zone-stays-clear')?.verdict);
    expect(days).toEqual([undefined, undefined, 'fulfilled', 'violated', 'fulfilled']);
  });

  it('a deployment in the area by its date fulfils the deployment clause; one elsewhere does not', () => {
    const deployed = (n: number, where: typeof inZone) =>
      claimOf(n, {
        type: 'deployment',
        actors: [by('south')],
        where,
        when: at('2024-03-03T08:00:00Z'),
      });
    const elsewhere = { ...inZone, name: 'Far City' };
    const verdict = (claims: ReturnType<typeof deployed>[]) =>
      evaluate(agreement, claims, AFTER).once.find((n) => n.norm === 'monitors-deployed')?.verdict;
    expect(verdict([deployed(1, inZone)])).toBe('fulfilled');
    expect(verdict([deployed(1, elsewhere)])).toBe('unknown');
  });

  it('any day with a report of forces remaining in the area is violated, and no other', () => {
    fc.assert(
      fc.property(fc.subarray([3, 4, 5]), (days) => {
        const claims = days.map((d, i) =>
          claimOf(i + 1, {
            type: 'presence',
            actors: [by('north')],
            where: inZone,
            when: at(`2024-03-0${d}T12:00:00Z`),
          }),
        );
        const e = evaluate(agreement, claims, AFTER);
        for (const d of [3, 4, 5]) {
          const v = e.periods[d - 1]?.norms.find((n) => n.norm === 'zone-stays-clear')?.verdict;
          expect(v).toBe(days.includes(d) ? 'violated' : 'fulfilled');
        }
      }),
      { numRuns: 20 },
    );
  });
});
