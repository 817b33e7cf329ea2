import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import type { NormResult } from '../../../src/core/evaluation/evaluation.js';
import { agreementWith, at, by, claimOf, from, people } from './evaluation-fixtures.js';

const RELEASES = `
  - id: releases
    kind: achievement
    per: day
    bearer: north
    ref: clause 1
    act: {event: release, categories: [women, children]}
    quantity: {min: 10, unit: people}`;

const AFTER = '2024-03-10T00:00:00Z';

const day = (
  e: ReturnType<typeof evaluate>,
  n: number,
  norm = 'releases',
  bearer = 'north',
): NormResult => {
  const r = e.periods[n - 1]?.norms.find((x) => x.norm === norm && x.bearer === bearer);
  if (r === undefined) throw new Error(`no ${norm} on day ${n}`);
  return r;
};

describe('achievement obligations', () => {
  const agreement = agreementWith(RELEASES);
  const release = (n: number, count: number, line: Record<string, unknown> = {}) =>
    claimOf(n, {
      type: 'release',
      actors: [by('north')],
      quantities: people(count),
      categories: ['women'],
      ...line,
    });

  it('are fulfilled when the count meets what is owed, and name the claims counted', () => {
    const e = evaluate(agreement, [release(1, 12)], AFTER);
    expect(day(e, 1)).toMatchObject({ verdict: 'fulfilled', lifecycle: 'fulfilled' });
    expect(day(e, 1).explanation).toMatchObject({
      counted: ['clm_000001'],
      count: { min: 12, max: 12 },
      owed: null,
    });
  });

  it('are violated once due when the evidence falls short, with what was still owed', () => {
    const e = evaluate(agreement, [release(1, 8)], AFTER);
    expect(day(e, 1).verdict).toBe('violated');
    expect(day(e, 1).explanation.owed).toBe('at least 10 people owed, 8 counted: 2 more');
    expect(e.breaches).toContainEqual(
      expect.objectContaining({ norm: 'releases', basis: 'shortfall', according_to: 'Wire' }),
    );
  });

  it('are unknown when nothing is reported, unless the silence policy says violated', () => {
    expect(day(evaluate(agreement, [], AFTER), 2).verdict).toBe('unknown');
    const strict = agreementWith(RELEASES, 'evidence: {silence: violated}');
    const e = evaluate(strict, [], AFTER);
    expect(day(e, 2).verdict).toBe('violated');
    expect(e.breaches).toContainEqual(
      expect.objectContaining({
        norm: 'releases',
        period: 2,
        basis: 'silence',
        according_to: null,
      }),
    );
  });

  it('are not due before their deadline, and fulfilled early when already met', () => {
    expect(day(evaluate(agreement, [release(1, 3)], '2024-03-01T18:00:00Z'), 1)).toMatchObject({
      verdict: 'not_due',
      lifecycle: 'active',
    });
    expect(day(evaluate(agreement, [release(1, 12)], '2024-03-01T18:00:00Z'), 1).verdict).toBe(
      'fulfilled',
    );
    expect(day(evaluate(agreement, [], '2024-03-01T18:00:00Z'), 3).lifecycle).toBe('pending');
  });

  it('count a claim only possibly inside the day from zero: it can never settle a verdict', () => {
    const straddling = release(1, 12, { when: at('2024-03-01T22:00:00Z', '2024-03-02T02:00:00Z') });
    const e = evaluate(agreement, [straddling], AFTER);
    expect(day(e, 1).verdict).toBe('unknown');
    expect(day(e, 1).explanation).toMatchObject({
      possible: ['clm_000001'],
      count: { min: 0, max: 12 },
    });
  });

  it('read categories as describing every person counted: men are not women or children', () => {
    const a = agreementWith(RELEASES, 'categories: [[women, men, children]]');
    const e = evaluate(
      a,
      [release(1, 12, { categories: ['men'] }), release(2, 12, { categories: ['israeli'] })],
      AFTER,
    );
    expect(day(e, 1).explanation.possible).toEqual(['clm_000002']);
    expect(day(e, 1).explanation.counted).toEqual([]);
  });

  it('take the fullest account of the day where origins differ, and list each account', () => {
    const e = evaluate(
      agreement,
      [
        release(1, 12, { attribution: from('Wire') }),
        release(2, 9, { attribution: from('Other') }),
      ],
      AFTER,
    );
    expect(day(e, 1).explanation.count).toEqual({ min: 12, max: 12 });
    expect(day(e, 1).explanation.accounts.map((a) => [a.origin, a.count.min])).toEqual([
      ['Wire', 12],
      ['Other', 9],
    ]);
  });

  it('are disputed when met by one account and said not to have happened by another', () => {
    const a = agreementWith(`
  - id: lists
    kind: achievement
    per: day
    bearer: north
    ref: clause 2
    act: {event: list_delivered}`);
    const claims = [
      claimOf(1, {
        type: 'list_delivered',
        actors: [by('north')],
        attribution: from('North Army', 'party'),
      }),
      claimOf(2, {
        type: 'list_not_delivered',
        actors: [by('north')],
        attribution: from('South Command', 'party'),
      }),
    ];
    const e = evaluate(a, claims, AFTER);
    expect(day(e, 1, 'lists').verdict).toBe('disputed');
    expect(
      day(e, 1, 'lists').explanation.accounts.find((x) => x.origin === 'North Army')?.selfReport,
    ).toBe(true);
    expect(e.breaches).toEqual([
      expect.objectContaining({
        norm: 'lists',
        by: 'north',
        according_to: 'South Command',
        basis: 'negation',
        selfReport: false,
      }),
    ]);
  });

  it('read a denial of a type the act itself names as a denial, though that type negates another', () => {
    const a = agreementWith(`
  - id: lists
    kind: achievement
    per: day
    bearer: north
    ref: clause 2
    act: {event: [list_delivered, list_not_delivered]}`);
    const claims = [
      claimOf(1, {
        type: 'list_not_delivered',
        modality: 'denied',
        actors: [by('north')],
        attribution: from('Harbour Radio', 'party'),
      }),
    ];
    const e = evaluate(a, claims, AFTER);
    expect(e.breaches).toEqual([
      expect.objectContaining({ norm: 'lists', according_to: 'Harbour Radio', basis: 'denial' }),
    ]);
  });

  it('fall due at a local time of day when the clause gives one', () => {
    const a = agreementWith(`
  - id: lists
    kind: achievement
    per: day
    bearer: north
    ref: clause 2
    act: {event: list_delivered}
    deadline: {local_time: "22:00"}`);
    const late = claimOf(1, {
      type: 'list_delivered',
      actors: [by('north')],
      when: at('2024-03-01T23:00:00Z'),
    });
    const e = evaluate(a, [late], AFTER);
    expect(day(e, 1, 'lists')).toMatchObject({
      due: '2024-03-01T22:00:00.000Z',
      verdict: 'unknown',
    });
  });

  it("owe quantities computed from counts of other norms' acts", () => {
    const a = agreementWith(`${RELEASES}
  - id: exchange
    kind: achievement
    per: day
    bearer: south
    ref: clause 3
    act: {event: release}
    quantity: {min: "3 * count(releases) - 1", unit: people}`);
    const claims = [
      release(1, 10),
      claimOf(2, { type: 'release', actors: [by('south')], quantities: people(29) }),
    ];
    const e = evaluate(a, claims, AFTER);
    expect(day(e, 1, 'exchange', 'south')).toMatchObject({
      verdict: 'fulfilled',
      explanation: {
        required: { min: 29, max: 29 },
        requiredExpression: '3 * count(releases) - 1',
      },
    });
  });

  it('owing nothing before they fall due, are not due (not fulfilled) until they do', () => {
    const a = agreementWith(`${RELEASES}
  - id: exchange
    kind: achievement
    per: day
    bearer: south
    ref: clause 3
    act: {event: release}
    quantity: {min: "3 * count(releases)", unit: people}`);
    const asOf = '2024-03-02T12:00:00Z';
    const e = evaluate(a, [], asOf);
    expect(day(e, 2, 'exchange', 'south')).toMatchObject({
      verdict: 'not_due',
      lifecycle: 'active',
    });
    for (const n of [3, 4, 5]) {
      expect(day(e, n, 'exchange', 'south')).toMatchObject({
        verdict: 'not_due',
        lifecycle: 'pending',
        explanation: { required: { min: 0, max: 0 } },
      });
    }
    // Once due, owing nothing is owing nothing.
    expect(day(e, 1, 'exchange', 'south')).toMatchObject({
      verdict: 'fulfilled',
      lifecycle: 'fulfilled',
    });
    expect(day(evaluate(a, [], AFTER), 5, 'exchange', 'south').verdict).toBe('fulfilled');
  });

  it('count a release where a mediator counted it, and a release outside the deal nowhere', () => {
    const counted = release(1, 2, {
      countsToward: { kind: 'counted_at', when: at('2024-03-02T12:00:00Z') },
    });
    const outside = release(2, 5, { countsToward: { kind: 'outside' } });
    const e = evaluate(
      agreement,
      [counted, outside, release(3, 8, { when: at('2024-03-02T09:00:00Z') })],
      AFTER,
    );
    expect(day(e, 1).explanation.ignored.map((i) => [i.claim, i.reason])).toEqual([
      ['clm_000001', 'counted_elsewhere'],
      ['clm_000002', 'outside_agreement'],
    ]);
    expect(day(e, 2).explanation.count).toEqual({ min: 10, max: 10 });
  });

  it('set aside claims not accepted, planned, known after asOf, or corrected by their origin', () => {
    const claims = [
      release(1, 10, { status: 'rejected' }),
      release(2, 10, { modality: 'planned' }),
      release(3, 10, { knownAt: '2024-04-01T00:00:00Z' }),
      release(4, 12, { knownAt: '2024-03-01T13:00:00Z' }),
      release(5, 9, { knownAt: '2024-03-01T15:00:00Z' }),
    ];
    const e = evaluate(agreement, claims, AFTER);
    expect(day(e, 1).explanation.ignored.map((i) => i.reason)).toEqual([
      'not_accepted',
      'planned',
      'known_after_as_of',
      'superseded',
    ]);
    expect(day(e, 1)).toMatchObject({
      verdict: 'violated',
      explanation: { counted: ['clm_000005'] },
    });
  });

  it('under a quorum, need that many independent origins', () => {
    const a = agreementWith(RELEASES, 'evidence: {fulfilment: {quorum: 2}}');
    const one = evaluate(a, [release(1, 12)], AFTER);
    expect(day(one, 1).verdict).toBe('unknown');
    const two = evaluate(
      a,
      [release(1, 12), release(2, 11, { attribution: from('Other') })],
      AFTER,
    );
    expect(day(two, 1).explanation.count).toEqual({ min: 11, max: 12 });
    expect(day(two, 1).verdict).toBe('fulfilled');
  });

  it('under a priority, use the highest-ranked origins and list the others as set aside', () => {
    const a = agreementWith(
      RELEASES,
      'evidence: {fulfilment: {priority: [mediator, independent]}}',
    );
    const e = evaluate(
      a,
      [release(1, 12), release(2, 8, { attribution: from('Broker Ministry', 'mediator') })],
      AFTER,
    );
    expect(day(e, 1)).toMatchObject({
      verdict: 'violated',
      explanation: { count: { min: 8, max: 8 } },
    });
    expect(day(e, 1).explanation.ignored).toEqual([
      expect.objectContaining({ claim: 'clm_000001', reason: 'policy' }),
    ]);
  });

  it('held once, count over the whole window up to the deadline', () => {
    const a = agreementWith(`
  - id: talks-begin
    kind: achievement
    per: once
    bearer: [north, south]
    ref: clause 4
    act: {event: talks, by: any}
    deadline: {day: 2}`);
    const e = evaluate(a, [claimOf(1, { type: 'talks', when: at('2024-03-02T10:00:00Z') })], AFTER);
    expect(e.once.map((r) => [r.bearer, r.verdict, r.due])).toEqual([
      ['north', 'fulfilled', '2024-03-03T00:00:00.000Z'],
      ['south', 'fulfilled', '2024-03-03T00:00:00.000Z'],
    ]);
  });
});
