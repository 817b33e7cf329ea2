import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { example } from './evaluation-fixtures.js';

describe('the US–Taliban agreement of February 2020', () => {
  const { agreement, claims } = example('doha-2020-02');
  const after = evaluate(agreement, claims, '2020-08-01T00:00:00Z');
  const strikeDay = after.periods.find((p) => p.start.startsWith('2020-03-03T19:30'));
  const usOn4March = strikeDay?.norms.find(
    (n) => n.norm === 'no-attacks' && n.bearer === 'united-states',
  );

  it('shows the strike of 4 March as the defence of Afghan forces its author said it was', () => {
    expect(usOn4March?.explanation.exceptions).toEqual([
      {
        exception: 'defence-of-afghan-forces',
        ref: expect.stringContaining('strike of 4 March 2020') as string,
        claim: 'clm_000001',
        ground: 'self_defence',
        contestedBy: [],
      },
    ]);
  });

  it('finds no breach of the halt to attacks that day, since no one denied the ground', () => {
    expect(usOn4March).toMatchObject({ verdict: 'fulfilled', lifecycle: 'fulfilled' });
    expect(after.breaches).toEqual([]);
  });

  it('would count the strike as a breach without the carve-out', () => {
    const plain = { ...agreement, exceptions: [] };
    const e = evaluate(plain, claims, '2020-08-01T00:00:00Z');
    const day = e.periods.find((p) => p.start === strikeDay?.start);
    expect(day?.norms.find((n) => n.bearer === 'united-states')?.verdict).toBe('violated');
  });

  it('leaves the drawdown to 8,600 unknown: met, said the Pentagon the day after the deadline, but not when', () => {
    const drawdown = after.once.find((r) => r.norm === 'down-to-8600');
    expect(drawdown).toMatchObject({ verdict: 'unknown', due: '2020-07-12T19:30:00.000Z' });
    expect([...new Set(drawdown?.explanation.possible)]).toEqual(['clm_000002']);
  });

  it('holds the first drawdown open before its deadline', () => {
    const e = evaluate(agreement, claims, '2020-06-01T00:00:00Z');
    expect(e.once.find((r) => r.norm === 'down-to-8600')?.verdict).toBe('not_due');
  });
});
