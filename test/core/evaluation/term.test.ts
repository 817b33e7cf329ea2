import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { agreementWith, at, by, claimOf, from, people } from './evaluation-fixtures.js';

const AFTER = '2024-04-01T00:00:00Z';
const REPORTED = `duration: {days: 3}
  reported_extensions: {event: truce_extended}
  reported_end: {event: truce_end}`;
const RELEASES = `
  - id: releases
    kind: achievement
    per: day
    bearer: north
    ref: clause 1
    act: {event: release}
    quantity: {min: 1}`;
const days = (n: number) => [{ unit: 'days', min: n, max: n, qualifier: 'exact' as const }];

describe('the term', () => {
  it('runs its base duration, then ends by expiry', () => {
    const e = evaluate(agreementWith(RELEASES, '', 'duration: {days: 3}'), [], AFTER);
    expect(e.term).toMatchObject({
      start: '2024-03-01T00:00:00.000Z',
      end: { earliest: '2024-03-04T00:00:00.000Z', latest: '2024-03-04T00:00:00.000Z' },
      state: 'ended',
      endCause: { kind: 'expired', confirmedBy: [] },
    });
    expect(e.term.endReason).toBe('expired at the end of its base term, 2024-03-04T00:00 local');
    expect(e.periods).toHaveLength(3);
  });

  it('is not started, in effect or ended as of the moment asked', () => {
    const a = agreementWith(RELEASES, '', 'duration: {days: 3}');
    expect(evaluate(a, [], '2024-02-01T00:00:00Z').term.state).toBe('not_started');
    expect(evaluate(a, [], '2024-03-02T00:00:00Z').term.state).toBe('in_effect');
  });

  it('takes a range where reports disagree on its length, and lists periods possibly in it', () => {
    const a = agreementWith(RELEASES, '', 'duration: {between: [{days: 2, hours: 12}, {days: 3}]}');
    const e = evaluate(a, [], AFTER);
    expect(e.term.end).toEqual({
      earliest: '2024-03-03T12:00:00.000Z',
      latest: '2024-03-04T00:00:00.000Z',
    });
    expect(e.periods.map((p) => p.inTerm)).toEqual(['definitely', 'definitely', 'possibly']);
  });

  it('grows by reported extensions; reports of one decision count once', () => {
    const claims = [
      claimOf(1, {
        type: 'truce_extended',
        when: at('2024-03-03T18:00:00Z'),
        quantities: days(2),
        attribution: from('Broker Ministry', 'mediator'),
      }),
      claimOf(2, {
        type: 'truce_extended',
        when: at('2024-03-03T20:00:00Z'),
        quantities: days(2),
        attribution: from('North Army', 'party'),
      }),
      claimOf(3, {
        type: 'truce_extended',
        when: at('2024-03-05T22:00:00Z'),
        until: at('2024-03-07T00:00:00Z'),
        attribution: from('Wire'),
      }),
    ];
    const e = evaluate(agreementWith(RELEASES, '', REPORTED), claims, AFTER);
    expect(
      e.term.extensions.map((x) => [x.source, x.adds, x.at, x.until.latest, x.claims]),
    ).toEqual([
      [
        'reported',
        'P2D',
        '2024-03-04T00:00:00.000Z',
        '2024-03-06T00:00:00.000Z',
        ['clm_000001', 'clm_000002'],
      ],
      ['reported', null, '2024-03-06T00:00:00.000Z', '2024-03-07T00:00:00.000Z', ['clm_000003']],
    ]);
    expect(e.periods).toHaveLength(6);
  });

  it('keeps disagreeing lengths of one extension as a range', () => {
    const claims = [
      claimOf(1, {
        type: 'truce_extended',
        when: at('2024-03-03T18:00:00Z'),
        quantities: days(1),
        attribution: from('A'),
      }),
      claimOf(2, {
        type: 'truce_extended',
        when: at('2024-03-03T18:00:00Z'),
        quantities: days(2),
        attribution: from('B'),
      }),
    ];
    const e = evaluate(agreementWith(RELEASES, '', REPORTED), claims, AFTER);
    expect(e.term.end).toEqual({
      earliest: '2024-03-05T00:00:00.000Z',
      latest: '2024-03-06T00:00:00.000Z',
    });
    expect(e.term.extensions[0]).toMatchObject({ adds: 'P1D', addsUpTo: 'P2D' });
    expect(e.term.state).toBe('ended');
  });

  it('ends early when an end is reported before its expiry, and discharges what was not yet due', () => {
    const end = claimOf(1, {
      type: 'truce_end',
      when: at('2024-03-02T12:00:00Z'),
      actors: [by('south')],
    });
    const e = evaluate(agreementWith(RELEASES, '', REPORTED), [end], AFTER);
    expect(e.term).toMatchObject({
      state: 'ended',
      endCause: { kind: 'reported', claims: ['clm_000001'] },
    });
    expect(e.periods).toHaveLength(2);
    expect(e.periods[1]?.norms[0]).toMatchObject({ verdict: 'not_due', lifecycle: 'discharged' });
  });

  it('without a fixed end, runs to the period of asOf until an end is reported', () => {
    const a = agreementWith(RELEASES, '', 'reported_end: {event: truce_end}');
    const open = evaluate(a, [], '2024-03-05T12:00:00Z');
    expect(open.term).toMatchObject({
      state: 'in_effect',
      end: { earliest: null, latest: null },
      endCause: null,
    });
    expect(open.periods).toHaveLength(5);
    const ended = evaluate(
      a,
      [claimOf(1, { type: 'truce_end', when: at('2024-03-03T06:00:00Z') })],
      AFTER,
    );
    expect(ended.term.end.latest).toBe('2024-03-03T06:00:00.000Z');
    expect(ended.periods).toHaveLength(3);
  });

  it('splits into phases, each norm held only in its own', () => {
    const a = agreementWith(
      `${RELEASES}
    phase: two`,
      '',
      `duration: {days: 4}
  phases: [{id: one, duration: {days: 1}}, {id: two}]`,
    );
    const e = evaluate(a, [], AFTER);
    expect(e.periods.map((p) => [p.phase, p.norms.length])).toEqual([
      ['one', 0],
      ['two', 1],
      ['two', 1],
      ['two', 1],
    ]);
    expect(e.term.phases.map((p) => [p.phase, p.end.latest])).toEqual([
      ['one', '2024-03-02T00:00:00.000Z'],
      ['two', '2024-03-05T00:00:00.000Z'],
    ]);
  });

  it('judges reported extensions by the count rule, three-valued', () => {
    const rule = `duration: {days: 2}
  reported_extensions: {event: truce_extended}
  extensions: [{id: more, ref: rule, counts: releases, beyond: 2, step: 2, adds: {days: 1}, max_length: {days: 10}}]`;
    const release = (n: number, when: string, count: number) =>
      claimOf(n, {
        type: 'release',
        actors: [by('north')],
        when: at(when),
        quantities: people(count),
      });
    const extension = claimOf(9, {
      type: 'truce_extended',
      when: at('2024-03-02T20:00:00Z'),
      quantities: days(1),
    });
    const enough = evaluate(
      agreementWith(RELEASES, '', rule),
      [release(1, '2024-03-01T10:00:00Z', 2), release(2, '2024-03-03T10:00:00Z', 2), extension],
      AFTER,
    );
    // The rule is not automatic: it judges the one reported extension and adds no line of its own.
    expect(enough.term.extensions.map((x) => [x.source, x.certainty, x.supportedByRule])).toEqual([
      ['reported', 'definitely', 'definitely'],
    ]);
    expect(enough.term.rules.map((r) => r.steps)).toEqual([{ min: 1, max: 1 }]);
    const short = evaluate(
      agreementWith(RELEASES, '', rule),
      [release(1, '2024-03-01T10:00:00Z', 3), extension],
      AFTER,
    );
    expect(short.term.extensions.map((x) => x.supportedByRule)).toEqual(['not']);
  });

  it('grows by itself under an automatic count rule, up to its cap', () => {
    const rule = `duration: {days: 2}
  extensions: [{id: more, ref: rule, counts: releases, beyond: 0, step: 1, adds: {days: 1}, max_length: {days: 3}, automatic: true}]`;
    const claims = [1, 2, 3].map((n) =>
      claimOf(n, {
        type: 'release',
        actors: [by('north')],
        when: at(`2024-03-0${n}T10:00:00Z`),
        quantities: people(1),
      }),
    );
    const e = evaluate(agreementWith(RELEASES, '', rule), claims, AFTER);
    expect(e.term.end.latest).toBe('2024-03-04T00:00:00.000Z');
    expect(e.term.rules[0]?.steps).toEqual({ min: 1, max: 1 });
    expect(e.term.extensions.map((x) => [x.source, x.rule, x.adds])).toEqual([
      ['rule', 'more', 'P1D'],
    ]);
  });
});

describe('powers', () => {
  const withPower = (effect: string, extra = '') =>
    agreementWith(
      `
  - id: no-fire
    kind: prohibition
    bearer: [north, south]
    ref: clause 1
    act: {event: rocket_fire}`,
      `powers:
  - id: respond
    holder: counterparty
    trigger: {violated: [no-fire]}
    effect: ${effect}
    exercised_by: {event: truce_end}
    ref: clause 9
${extra}`,
      'duration: {days: 5}',
    );

  it('are triggered by a violation, held by the other party, and end the term when exercised', () => {
    const claims = [
      claimOf(1, { type: 'rocket_fire', actors: [by('south')], when: at('2024-03-02T10:00:00Z') }),
      claimOf(2, { type: 'truce_end', actors: [by('north')], when: at('2024-03-03T06:00:00Z') }),
    ];
    const e = evaluate(withPower('terminate'), claims, AFTER);
    expect(e.powers[0]).toMatchObject({
      state: 'exercised',
      triggered: 'definitely',
      holders: ['north'],
      exercised: { by: 'north', claims: ['clm_000002'] },
    });
    expect(e.term).toMatchObject({
      end: { latest: '2024-03-03T06:00:00.000Z' },
      endCause: { kind: 'power', power: 'respond', by: 'north' },
    });
    expect(e.periods).toHaveLength(3);
  });

  it('ignore an exercise before the trigger, or by a party that does not hold them', () => {
    const claims = [
      claimOf(1, { type: 'truce_end', actors: [by('north')], when: at('2024-03-01T06:00:00Z') }),
      claimOf(2, { type: 'rocket_fire', actors: [by('south')], when: at('2024-03-02T10:00:00Z') }),
      claimOf(3, { type: 'truce_end', actors: [by('south')], when: at('2024-03-03T06:00:00Z') }),
    ];
    const e = evaluate(withPower('terminate'), claims, AFTER);
    expect(e.powers[0]).toMatchObject({
      state: 'lapsed',
      ignored: [expect.objectContaining({ claim: 'clm_000001', reason: 'before_trigger' })],
    });
    expect(e.term.endCause?.kind).toBe('expired');
  });

  it('suspend the norms whose windows lie in a suspension', () => {
    const claims = [
      claimOf(1, { type: 'rocket_fire', actors: [by('south')], when: at('2024-03-01T10:00:00Z') }),
      claimOf(2, { type: 'truce_end', actors: [by('north')], when: at('2024-03-02T00:00:00Z') }),
    ];
    const e = evaluate(withPower('suspend'), claims, AFTER);
    expect(e.term.suspensions).toEqual([
      { power: 'respond', from: '2024-03-02T00:00:00.000Z', until: null },
    ]);
    expect(e.periods[2]?.norms.map((n) => n.lifecycle)).toEqual(['suspended', 'suspended']);
  });
});
