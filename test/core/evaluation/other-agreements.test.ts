import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/evidence/claim.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import type { Evaluation } from '../../../src/core/evaluation/evaluation.js';
import type { ClaimId } from '../../../src/core/ids.js';
import { agreementWith, at, by, claimOf, example, from, people } from './evaluation-fixtures.js';

// The store holds the records of every agreement: each is evaluated against all of them, and
// the claims about another agreement must change nothing.

const EXAMPLES = [
  'gaza-pause-2023-11',
  'sudan-jeddah-2023-05',
  'gaza-ceasefire-2025-01',
  'yemen-truce-2022-04',
  'yemen-stockholm-2018-12',
  'idlib-sochi-2018-09',
];

/** One example's claims (ids as `example` gives them), then the other examples' claims. */
function withTheOthers(name: string): { alone: Claim[]; together: Claim[] } {
  const alone = example(name).claims;
  const together = [...alone];
  for (const other of EXAMPLES.filter((x) => x !== name)) {
    for (const c of example(other).claims) {
      together.push({ ...c, id: `clm_${String(together.length + 1).padStart(6, '0')}` as ClaimId });
    }
  }
  return { alone, together };
}

/** An evaluation without its count of claims read (the only thing other claims may change). */
const outcome = (e: Evaluation): Omit<Evaluation, 'claims'> => {
  const { claims: _claims, ...rest } = e;
  return rest;
};

describe('the examples loaded together', () => {
  it('give the 2023 pause, as of 25 Nov 09:00, no extension but the count rule', () => {
    const { agreement } = example('gaza-pause-2023-11');
    const { together } = withTheOthers('gaza-pause-2023-11');
    const e = evaluate(agreement, together, '2023-11-25T09:00:00+02:00');
    expect(e.term.extensions.filter((x) => x.source === 'reported')).toEqual([]);
    expect(e.term.end).toEqual({
      earliest: '2023-11-27T22:00:00.000Z',
      latest: '2023-11-28T05:00:00.000Z',
    });
  });

  for (const name of EXAMPLES) {
    const { agreement } = example(name);
    const { alone, together } = withTheOthers(name);
    const start = Date.parse(evaluate(agreement, alone, '2030-01-01T00:00:00Z').term.start);
    const moments = [
      start - 86_400_000,
      start + 3_600_000,
      start + 1.5 * 86_400_000,
      start + 4.25 * 86_400_000,
      start + 12 * 86_400_000,
      Date.parse('2030-01-01T00:00:00Z'),
    ].map((ms) => new Date(ms).toISOString());
    // Twelve evaluations each; the Stockholm exchange's four years are 1,591 periods.
    it(`give ${name} the same outcome as its own claims alone`, { timeout: 90_000 }, () => {
      for (const asOf of moments) {
        expect(outcome(evaluate(agreement, together, asOf)), asOf).toEqual(
          outcome(evaluate(agreement, alone, asOf)),
        );
      }
    });
  }
});

const RELEASES = `
  - id: releases
    kind: achievement
    per: day
    bearer: north
    ref: clause 1
    act: {event: release}
    quantity: {min: 1}
  - id: no-fire
    kind: prohibition
    bearer: [north, south]
    ref: clause 2
    act: {event: rocket_fire}`;
const REPORTED = `duration: {days: 3}
  reported_extensions: {event: truce_extended}
  reported_end: {event: truce_end}`;
const AFTER = '2024-04-01T00:00:00Z';
const days = (n: number) => [{ unit: 'days', min: n, max: n, qualifier: 'exact' as const }];
const agent = (party: string) => ({ name: party.toUpperCase(), role: 'agent' as const, party });
const target = (party: string) => ({ name: party.toUpperCase(), role: 'target' as const, party });

describe('claims about parties outside the agreement', () => {
  const a = agreementWith(RELEASES, '', REPORTED);

  it('do not extend or end its term', () => {
    const claims = [
      claimOf(1, {
        type: 'truce_extended',
        when: at('2024-03-03T18:00:00Z'),
        quantities: days(5),
        actors: [agent('east'), agent('west')],
      }),
      claimOf(2, {
        type: 'truce_end',
        when: at('2024-03-02T12:00:00Z'),
        actors: [agent('east')],
      }),
    ];
    const e = evaluate(a, claims, AFTER);
    expect(e.term.extensions).toEqual([]);
    expect(e.term.endCause).toEqual({ kind: 'expired', confirmedBy: [] });
    expect(e.term.end.latest).toBe('2024-03-04T00:00:00.000Z');
  });

  it('still extend it when they name a party or a mediator among the agents, or no one', () => {
    const extension = (n: number, actors: ReturnType<typeof agent>[]) =>
      claimOf(n, {
        type: 'truce_extended',
        when: at('2024-03-03T18:00:00Z'),
        quantities: days(1),
        actors,
      });
    for (const actors of [[agent('north'), agent('east')], [agent('broker')], []]) {
      const e = evaluate(a, [extension(1, actors)], AFTER);
      expect(e.term.end.latest, JSON.stringify(actors)).toBe('2024-03-05T00:00:00.000Z');
    }
  });

  it('are set aside as outside the agreement by every clause that would read them', () => {
    const claims = [
      claimOf(1, { type: 'release', actors: [agent('east')], quantities: people(3) }),
      claimOf(2, {
        type: 'rocket_fire',
        actors: [agent('east')],
        when: at('2024-03-02T12:00:00Z'),
      }),
      claimOf(3, {
        type: 'rocket_fire',
        actors: [target('west')],
        when: at('2024-03-02T13:00:00Z'),
      }),
      // Naming no party at all, a claim may be of the agreement: it counts, possibly.
      claimOf(4, { type: 'rocket_fire', when: at('2024-03-02T14:00:00Z') }),
    ];
    const e = evaluate(a, claims, AFTER);
    const day1 = e.periods[0]?.norms.find((n) => n.norm === 'releases');
    expect(day1?.verdict).toBe('unknown');
    expect(day1?.explanation.possible).toEqual([]);
    expect(day1?.explanation.ignored).toEqual([
      expect.objectContaining({ claim: 'clm_000001', reason: 'outside_agreement' }),
    ]);
    const fire = e.periods[1]?.norms.filter((n) => n.norm === 'no-fire') ?? [];
    for (const n of fire) {
      expect(n.explanation.counted).toEqual([]);
      expect(n.explanation.possible).toEqual(['clm_000004']);
      expect(n.explanation.ignored.map((i) => [i.claim, i.reason])).toEqual([
        ['clm_000002', 'outside_agreement'],
        ['clm_000003', 'outside_agreement'],
      ]);
    }
    expect(e.breaches.map((b) => b.claim)).toEqual(['clm_000004']);
    expect(e.tallies.filter((t) => t.act === 'release' && t.claims > 0)).toEqual([]);
  });

  it('accusations between outsiders are not breaches of it', () => {
    const accusation = claimOf(1, {
      type: 'accusation',
      when: at('2024-03-02T12:00:00Z'),
      actors: [agent('east'), target('west')],
      attribution: from('East Army', 'party'),
    });
    expect(evaluate(a, [accusation], AFTER).breaches).toEqual([]);
  });
});

describe('reported extensions and ends dated far from the term', () => {
  const a = agreementWith(RELEASES, '', REPORTED);
  const extension = (n: number, when: string) =>
    claimOf(n, {
      type: 'truce_extended',
      when: at(when),
      quantities: days(2),
      actors: [by('north')],
    });

  it('an extension decided months before the start or long after the end is not one', () => {
    for (const when of ['2023-10-01T12:00:00Z', '2024-02-29T12:00:00Z', '2024-03-09T12:00:00Z']) {
      const e = evaluate(a, [extension(1, when)], AFTER);
      expect(e.term.extensions, when).toEqual([]);
      expect(e.term.end.latest, when).toBe('2024-03-04T00:00:00.000Z');
    }
  });

  it('an extension decided within the term, or within a day of its end, is one', () => {
    for (const when of ['2024-03-01T00:00:00Z', '2024-03-03T23:00:00Z', '2024-03-04T20:00:00Z']) {
      const e = evaluate(a, [extension(1, when)], AFTER);
      expect(e.term.end.latest, when).toBe('2024-03-06T00:00:00.000Z');
    }
  });

  it('a reported end long after the latest expiry is not a report of this term', () => {
    const ends = [
      claimOf(1, { type: 'truce_end', when: at('2024-03-04T00:00:00Z'), actors: [by('north')] }),
      claimOf(2, { type: 'truce_end', when: at('2025-03-18T00:00:00Z'), actors: [by('north')] }),
    ];
    const e = evaluate(a, ends, AFTER);
    expect(e.term.endCause).toEqual({ kind: 'expired', confirmedBy: ['clm_000001'] });
  });
});
