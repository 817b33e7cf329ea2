import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import type { Evaluation } from '../../../src/core/evaluation/evaluation.js';
import { example } from './evaluation-fixtures.js';

const { agreement, claims } = example('yemen-stockholm-2018-12');

const idOf = (text: string): string => {
  const found = claims.find((c) => c.content.text.includes(text));
  if (found === undefined) throw new Error(`no claim says "${text}"`);
  return found.id;
};
const once = (e: Evaluation, norm: string) => e.once.find((r) => r.norm === norm);

describe('the prisoner exchange of the Stockholm Agreement, "all for all"', () => {
  const after = evaluate(agreement, claims, '2019-03-01T00:00:00Z');

  it('owes all each side held: a total reported by the lists and the ICRC, 7,200 to 8,800 each', () => {
    const houthis = once(after, 'ansar-allah-releases-all');
    expect(houthis?.explanation.required).toEqual({ min: 7200, max: 8800 });
    expect(houthis?.explanation.totals).toEqual([
      expect.objectContaining({
        total: 'held-by-ansar-allah',
        from: 'reported',
        claims: expect.arrayContaining([
          idOf("The government's list named 8,576"),
          idOf('about 8,000 names from the government'),
        ]) as string[],
      }),
    ]);
    expect(once(after, 'government-releases-all')?.explanation.required).toEqual({
      min: 7200,
      max: 8800,
    });
  });

  it('before the ICRC spoke, owed what each side’s list said the other held', () => {
    const early = evaluate(agreement, claims, '2018-12-15T00:00:00Z');
    expect(once(early, 'ansar-allah-releases-all')).toMatchObject({
      verdict: 'not_due',
      explanation: { required: { min: 8576, max: 8576 } },
    });
    expect(once(early, 'government-releases-all')?.explanation.required).toEqual({
      min: 7487,
      max: 7487,
    });
  });

  it('finds both sides short at the end of January 2019: seven freed by the coalition and one by the Houthis, at most', () => {
    const houthis = once(after, 'ansar-allah-releases-all');
    const government = once(after, 'government-releases-all');
    expect(houthis).toMatchObject({ verdict: 'violated', due: '2019-01-31T21:00:00.000Z' });
    expect(government).toMatchObject({ verdict: 'violated', due: '2019-01-31T21:00:00.000Z' });
    // "Last week", said on 4 February: possibly before the deadline, possibly after. Each of
    // the four days of that week before the deadline counts it from none to all of it.
    expect(houthis?.explanation.count).toEqual({ min: 0, max: 4 * 1 });
    expect(government?.explanation.count).toEqual({ min: 0, max: 4 * 7 });
    expect(government?.explanation.possible).toEqual([idOf('the Saudi-led coalition freed seven')]);
  });

  it('keeps those verdicts once the exchanges of 2020 and 2023 are known: they came long after the deadline', () => {
    const later = evaluate(agreement, claims, '2023-04-25T00:00:00Z');
    expect(later.term.state).toBe('ended');
    for (const norm of ['ansar-allah-releases-all', 'government-releases-all']) {
      expect(once(later, norm)).toEqual(once(after, norm));
    }
  });

  it('tallies the exchanges under it: the ICRC’s 1,056 of October 2020 and 869 of April 2023', () => {
    const later = evaluate(agreement, claims, '2023-04-25T00:00:00Z');
    const unnamed = later.tallies.find(
      (t) => t.act === 'release' && t.by === null && t.category === null && t.role === 'persons',
    );
    expect(unnamed?.from).toEqual(
      expect.arrayContaining([
        idOf('1,056 former detainees'),
        idOf('The exchange of 869 detainees'),
      ]) as string[],
    );
    // Each exchange took several days, so each day counts from none to all of it.
    expect(unnamed?.count).toEqual({ min: 0, max: 2 * 1056 + 3 * 869 });
  });
});
