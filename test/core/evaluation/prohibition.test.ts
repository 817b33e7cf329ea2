import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import type { NormResult } from '../../../src/core/evaluation/evaluation.js';
import { agreementWith, at, by, claimOf, from } from './evaluation-fixtures.js';

const AFTER = '2024-03-10T00:00:00Z';
const day = (
  e: ReturnType<typeof evaluate>,
  n: number,
  norm: string,
  bearer: string,
): NormResult => {
  const r = e.periods[n - 1]?.norms.find((x) => x.norm === norm && x.bearer === bearer);
  if (r === undefined) throw new Error(`no ${norm}/${bearer} on day ${n}`);
  return r;
};

const CEASEFIRE = `
  - id: no-fire
    kind: prohibition
    bearer: [north, south]
    ref: clause 1
    act: {event: [rocket_fire, shelling], area: front}`;
const AREAS = 'areas: [{id: front, places: [Front Town], within: [Region]}]';

describe('prohibitions', () => {
  const agreement = agreementWith(CEASEFIRE, AREAS);
  const fire = (n: number, line: Record<string, unknown> = {}) =>
    claimOf(n, {
      type: 'rocket_fire',
      where: { name: 'Front Town', lat: null, lon: null, precision: 'city' },
      ...line,
    });

  it('are violated by a reported act of the bearer, as its origin tells it', () => {
    const e = evaluate(
      agreement,
      [fire(1, { actors: [by('south')], attribution: from('North Army', 'party') })],
      AFTER,
    );
    expect(day(e, 1, 'no-fire', 'south').verdict).toBe('violated');
    expect(day(e, 1, 'no-fire', 'north').verdict).toBe('fulfilled');
    expect(e.breaches).toEqual([
      expect.objectContaining({
        norm: 'no-fire',
        period: 1,
        by: 'south',
        according_to: 'North Army',
        basis: 'act',
        certainty: 'definitely',
      }),
    ]);
  });

  it('are disputed when the accused denies the act', () => {
    const claims = [
      fire(1, { actors: [by('south')], attribution: from('North Army', 'party') }),
      fire(2, {
        actors: [by('south')],
        attribution: from('South Command', 'party'),
        modality: 'denied',
      }),
    ];
    expect(day(evaluate(agreement, claims, AFTER), 1, 'no-fire', 'south').verdict).toBe('disputed');
  });

  it('mark an admission: a breach told by the accused party itself', () => {
    const e = evaluate(
      agreement,
      [fire(1, { actors: [by('south')], attribution: from('South Command', 'party') })],
      AFTER,
    );
    expect(e.breaches[0]).toMatchObject({ by: 'south', selfReport: true });
  });

  it('leave a verdict unknown when no one names who fired, and list one unattributed breach', () => {
    const e = evaluate(agreement, [fire(1)], AFTER);
    expect(day(e, 1, 'no-fire', 'south').verdict).toBe('unknown');
    expect(e.breaches).toEqual([expect.objectContaining({ by: null, certainty: 'possibly' })]);
  });

  it('do not hold a party to an act aimed at it', () => {
    const e = evaluate(
      agreement,
      [fire(1, { actors: [{ name: 'North Town', role: 'target', party: 'north' }] })],
      AFTER,
    );
    expect(day(e, 1, 'no-fire', 'north').verdict).toBe('fulfilled');
    expect(day(e, 1, 'no-fire', 'south').verdict).toBe('unknown');
  });

  it('count only acts in their area; a place that contains it is possibly inside', () => {
    const elsewhere = fire(1, {
      actors: [by('south')],
      where: { name: 'Far City', lat: null, lon: null, precision: 'city' },
    });
    const region = fire(2, {
      actors: [by('north')],
      where: { name: 'Region', lat: null, lon: null, precision: 'region' },
    });
    const e = evaluate(agreement, [elsewhere, region], AFTER);
    expect(day(e, 1, 'no-fire', 'south').verdict).toBe('fulfilled');
    expect(day(e, 1, 'no-fire', 'south').explanation.ignored).toEqual([
      expect.objectContaining({ reason: 'outside_area' }),
    ]);
    expect(day(e, 1, 'no-fire', 'north').verdict).toBe('unknown');
  });

  it('in a daily window, count only acts within those local hours', () => {
    const a = agreementWith(`
  - id: no-drones
    kind: prohibition
    bearer: south
    ref: clause 2
    act: {event: overflight, daily_window: {from: "10:00", to: "16:00"}}`);
    const claims = [
      claimOf(1, { type: 'overflight', actors: [by('south')], when: at('2024-03-01T09:00:00Z') }),
      claimOf(2, { type: 'overflight', actors: [by('south')], when: at('2024-03-02T11:00:00Z') }),
      claimOf(3, {
        type: 'overflight',
        actors: [by('south')],
        when: at('2024-03-03T15:00:00Z', '2024-03-03T17:00:00Z'),
      }),
    ];
    const e = evaluate(a, claims, AFTER);
    expect([1, 2, 3].map((d) => day(e, d, 'no-drones', 'south').verdict)).toEqual([
      'fulfilled',
      'violated',
      'unknown',
    ]);
  });

  it('are violated at once, but fulfilled only when the day is over', () => {
    const during = '2024-03-01T12:00:00Z';
    expect(day(evaluate(agreement, [], during), 1, 'no-fire', 'south')).toMatchObject({
      verdict: 'not_due',
      lifecycle: 'active',
    });
    const e = evaluate(
      agreement,
      [fire(1, { actors: [by('south')], when: at('2024-03-01T10:00:00Z') })],
      during,
    );
    expect(day(e, 1, 'no-fire', 'south')).toMatchObject({
      verdict: 'violated',
      lifecycle: 'violated',
    });
  });

  it('may hold over a window of their own, before the term begins', () => {
    const a = agreementWith(`
  - id: no-advantage
    kind: prohibition
    per: once
    bearer: north
    from: 2024-02-28T00:00
    until: 2024-03-01T00:00
    ref: clause 3
    act: {event: shelling}`);
    const e = evaluate(
      a,
      [claimOf(1, { type: 'shelling', actors: [by('north')], when: at('2024-02-29T12:00:00Z') })],
      AFTER,
    );
    expect(e.once).toEqual([
      expect.objectContaining({
        norm: 'no-advantage',
        verdict: 'violated',
        window: { start: '2024-02-28T00:00:00.000Z', end: '2024-03-01T00:00:00.000Z' },
      }),
    ]);
  });
});

describe('maintenance obligations', () => {
  it('are kept while no breaking act is reported, and broken by one', () => {
    const a = agreementWith(`
  - id: stay-out
    kind: maintenance
    per: day
    bearer: north
    ref: clause 1
    broken_by: {event: ground_operation}`);
    const e = evaluate(
      a,
      [
        claimOf(1, {
          type: 'ground_operation',
          actors: [by('north')],
          when: at('2024-03-02T08:00:00Z'),
        }),
      ],
      AFTER,
    );
    expect([1, 2].map((d) => day(e, d, 'stay-out', 'north').verdict)).toEqual([
      'fulfilled',
      'violated',
    ]);
  });
});

describe('punctual obligations', () => {
  it('fall on the days given, each with its own quantity where it has one', () => {
    const a = agreementWith(`
  - id: rounds
    kind: punctual
    bearer: north
    ref: clause 1
    on: [{day: 2}, {date: 2024-03-04, quantity: {min: 5}}]
    act: {event: release}
    quantity: {min: 3}`);
    const claims = [
      claimOf(1, {
        type: 'release',
        actors: [by('north')],
        quantities: [{ unit: 'people', min: 3, max: 3, qualifier: 'exact' }],
        when: at('2024-03-02T10:00:00Z'),
      }),
      claimOf(2, {
        type: 'release',
        actors: [by('north')],
        quantities: [{ unit: 'people', min: 3, max: 3, qualifier: 'exact' }],
        when: at('2024-03-04T10:00:00Z'),
      }),
    ];
    const e = evaluate(a, claims, AFTER);
    expect(e.periods.map((p) => p.norms.map((n) => n.verdict))).toEqual([
      [],
      ['fulfilled'],
      [],
      ['violated'],
      [],
    ]);
  });

  it('every N days from a first day', () => {
    const a = agreementWith(
      `
  - id: weekly
    kind: punctual
    bearer: north
    ref: clause 1
    on: {every: 2, first: 1}
    act: {event: release}`,
    );
    const e = evaluate(a, [], AFTER);
    expect(e.periods.map((p) => p.norms.length)).toEqual([1, 0, 1, 0, 1]);
  });
});
