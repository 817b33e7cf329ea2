import { describe, expect, it } from 'vitest';
import { diffEvaluations } from '../../../src/core/evaluation/diff-evaluations.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { agreementWith, at, by, claimOf, example, people } from './evaluation-fixtures.js';

describe('diffEvaluations', () => {
  const agreement = agreementWith(`
  - id: releases
    kind: achievement
    per: day
    bearer: north
    ref: clause 1
    act: {event: release}
    quantity: {min: 10, unit: people}`);

  it('names a verdict that changed because a claim became known, and the claim that changed it', () => {
    const early = claimOf(1, {
      type: 'release',
      actors: [by('north')],
      quantities: people(4),
      knownAt: '2024-03-01T13:00:00Z',
    });
    const late = claimOf(2, {
      type: 'release',
      actors: [by('north')],
      quantities: people(11),
      attribution: [{ name: 'Monitor', kind: 'monitor' }],
      when: at('2024-03-01T15:00:00Z'),
      knownAt: '2024-03-08T00:00:00Z',
    });
    const before = evaluate(agreement, [early, late], '2024-03-07T00:00:00Z');
    const after = evaluate(agreement, [early, late], '2024-03-09T00:00:00Z');
    const diff = diffEvaluations(before, after);
    expect(diff.verdicts).toEqual([
      expect.objectContaining({
        period: 1,
        periodStart: '2024-03-01T00:00:00.000Z',
        norm: 'releases',
        bearer: 'north',
        from: 'violated',
        to: 'fulfilled',
        claimsAdded: ['clm_000002'],
        claimsRemoved: [],
      }),
    ]);
    expect(diff.breachesRemoved).toEqual([
      expect.objectContaining({ norm: 'releases', basis: 'shortfall' }),
    ]);
    expect(diff.term).toBeNull();
  });

  it('is empty between an evaluation and itself', () => {
    const e = evaluate(agreement, [], '2024-03-09T00:00:00Z');
    expect(diffEvaluations(e, e)).toMatchObject({
      verdicts: [],
      breachesAdded: [],
      breachesRemoved: [],
      powers: [],
      term: null,
    });
  });

  it('follows the 2023 pause from the eve of its end to the day after', () => {
    const { agreement: pause, claims } = example('gaza-pause-2023-11');
    const diff = diffEvaluations(
      evaluate(pause, claims, '2023-11-30T20:00:00Z'),
      evaluate(pause, claims, '2023-12-02T00:00:00Z'),
    );
    expect(diff.term?.to.state).toBe('ended');
    const list = diff.verdicts.find((v) => v.norm === 'next-day-list' && v.period === 7);
    expect(list).toMatchObject({ from: 'not_due', to: 'disputed' });
    expect(list?.claimsAdded.length).toBe(3);
  });
});
