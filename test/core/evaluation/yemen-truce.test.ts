import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { example } from './evaluation-fixtures.js';

describe('the Yemen truce of April 2022', () => {
  const { agreement, claims } = example('yemen-truce-2022-04');
  const after = evaluate(agreement, claims, '2022-10-10T00:00:00Z');

  it('ran from 2 April to 2 October, renewed twice by reports of the envoy, and ended then', () => {
    expect(after.term.state).toBe('ended');
    expect(after.term.end).toEqual({
      earliest: '2022-10-02T16:00:00.000Z',
      latest: '2022-10-02T16:00:00.000Z',
    });
    expect(after.term.extensions.map((x) => [x.source, x.until.latest])).toEqual([
      ['reported', '2022-08-02T16:00:00.000Z'],
      ['reported', '2022-10-02T16:00:00.000Z'],
    ]);
    expect(after.periods).toHaveLength(183);
  });

  it('saw flights resume before the end of 2 June: the first, on 16 May, fulfils the clause', () => {
    const flights = after.once.find((n) => n.norm === 'flights-resume');
    expect(flights).toMatchObject({ verdict: 'fulfilled', due: '2022-06-02T21:00:00.000Z' });
  });

  it('leaves the fuel-ship quota unknown: the record holds no count of ships', () => {
    expect(after.once.find((n) => n.norm === 'fuel-ships')?.verdict).toBe('unknown');
  });

  it('before the renewal was reported, the truce was due to end on 2 June', () => {
    const e = evaluate(agreement, claims, '2022-05-20T00:00:00Z');
    expect(e.term.state).toBe('in_effect');
    expect(e.term.end.latest).toBe('2022-06-02T16:00:00.000Z');
    expect(e.once.find((n) => n.norm === 'flights-resume')?.verdict).toBe('fulfilled');
  });

  it('tallies the flight as one act', () => {
    expect(after.tallies.find((t) => t.act === 'civil_flight')).toMatchObject({
      role: 'acts',
      count: { min: 1, max: 1 },
    });
  });
});
