import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { parseAgreement } from '../../../src/core/agreement/parse-agreement.js';
import { at, claimOf } from './evaluation-fixtures.js';

const NORMS = `
  - id: no-attacks
    kind: prohibition
    bearer: [north, south]
    act: {event: [armed_attack, shelling]}
    ref: clause 1`;
/** The agreement, with north answering for the Hill Brigade, a group it named, or not. */
const withGroup = (answersFor: boolean) =>
  parseAgreement(`
id: bound
title: Bound groups
ref: a test
timezone: UTC
parties:
  - id: north
    aliases: [North Army]
    ${answersFor ? 'answers_for: [{id: hill-brigade, name: Hill Brigade, aliases: [HB]}]' : ''}
  - id: south
term: {start: 2024-03-01T00:00, duration: {days: 5}, ref: a test}
norms:${NORMS}
`);

const attackBy = (n: number, actor: { name: string; party: string | null }, day: number) =>
  claimOf(n, {
    type: 'armed_attack',
    actors: [{ ...actor, role: 'agent' }],
    when: at(`2024-03-0${day}T12:00:00Z`),
  });

const northVerdicts = (e: ReturnType<typeof evaluate>) =>
  e.periods.map((p) => p.norms.find((n) => n.bearer === 'north')?.verdict);

describe('armed groups bound through a party', () => {
  it('counts an act of a group a party named as the party’s', () => {
    const e = evaluate(
      withGroup(true),
      [attackBy(1, { name: 'HB', party: null }, 2)],
      '2024-03-10T00:00:00Z',
    );
    expect(northVerdicts(e)[1]).toBe('violated');
    expect(e.breaches.map((b) => b.by)).toEqual(['north']);
  });

  it('leaves the group’s acts outside the agreement when no party answers for it', () => {
    const e = evaluate(
      withGroup(false),
      [attackBy(1, { name: 'Hill Brigade', party: 'hill-brigade' }, 2)],
      '2024-03-10T00:00:00Z',
    );
    expect(northVerdicts(e)[1]).toBe('fulfilled');
  });

  it('judges a group’s acts exactly as the same acts of the party that answers for it', () => {
    const named = fc.constantFrom(
      { name: 'Hill Brigade', party: 'hill-brigade' },
      { name: 'HB', party: null },
      { name: 'hill brigade', party: null },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(named, fc.integer({ min: 1, max: 5 })), { maxLength: 5 }),
        (acts) => {
          const asGroup = acts.map(([actor, day], i) => attackBy(i + 1, actor, day));
          const asParty = acts.map(([, day], i) =>
            attackBy(i + 1, { name: 'North Army', party: 'north' }, day),
          );
          const a = evaluate(withGroup(true), asGroup, '2024-03-10T00:00:00Z');
          const b = evaluate(withGroup(true), asParty, '2024-03-10T00:00:00Z');
          expect(northVerdicts(a)).toEqual(northVerdicts(b));
          expect(a.breaches.map((x) => [x.by, x.period])).toEqual(
            b.breaches.map((x) => [x.by, x.period]),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
