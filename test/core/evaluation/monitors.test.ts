import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAgreement } from '../../../src/core/agreement/parse-agreement.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { agreementWith, by, claimOf, people } from './evaluation-fixtures.js';

const RELEASES = `
  - id: releases
    kind: achievement
    per: day
    bearer: north
    ref: art. 1
    act: {event: release}
    quantity: {min: 10, unit: people}`;
const MONITORED = agreementWith(
  RELEASES,
  `monitors: [{id: jmc, name: Joint Monitoring Commission, aliases: [JMC]}]
evidence: {fulfilment: {priority: [monitor, independent]}}`,
);
const AFTER = '2024-03-10T00:00:00Z';

const account = (n: number, origin: string, count: number) =>
  claimOf(n, {
    type: 'release',
    actors: [by('north')],
    quantities: people(count),
    attribution: [{ name: origin, kind: 'official_body' }],
  });

describe('monitors', () => {
  it('are origins of their own, which a priority policy ranks first', () => {
    const e = evaluate(MONITORED, [account(1, 'Wire', 12), account(2, 'JMC', 7)], AFTER);
    const day = e.periods[0]?.norms[0];
    expect(day?.verdict).toBe('violated');
    expect(day?.explanation.accounts.map((a) => [a.affiliation, a.used])).toEqual([
      ['independent', false],
      ['monitor:jmc', true],
    ]);
  });

  it('decide the count whenever they report, whatever independent origins say', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (wire, jmc) => {
        const e = evaluate(MONITORED, [account(1, 'Wire', wire), account(2, 'JMC', jmc)], AFTER);
        expect(e.periods[0]?.norms[0]?.explanation.count).toEqual({ min: jmc, max: jmc });
      }),
      { numRuns: 30 },
    );
  });

  it('share one namespace with parties and mediators', () => {
    const checked = checkAgreement(`
id: clash
title: t
ref: r
timezone: UTC
parties: [{id: north}, {id: south}]
monitors: [{id: north}]
term: {start: 2024-03-01T00:00, ref: r}
`);
    expect(checked.ok ? [] : checked.problems.map((p) => p.path)).toEqual(['monitors[0].id']);
  });
});
