import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/evidence/claim.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import type { Evaluation, NormResult } from '../../../src/core/evaluation/evaluation.js';
import { example, exampleDocuments } from './evaluation-fixtures.js';

const idOf = (claims: readonly Claim[], text: string): string => {
  const found = claims.find((c) => c.content.text.includes(text));
  if (found === undefined) throw new Error(`no claim says "${text}"`);
  return found.id;
};

const norm = (e: Evaluation, period: number, id: string, bearer: string): NormResult => {
  const found = e.periods[period - 1]?.norms.find((n) => n.norm === id && n.bearer === bearer);
  if (found === undefined) throw new Error(`no ${id}/${bearer} in period ${period}`);
  return found;
};

const tally = (e: Evaluation, by: string, category: string | null) =>
  e.tallies.find((t) => t.act === 'release' && t.by === by && t.category === category)?.count;

describe('the November 2023 pause, as of 25 Nov 09:00 local', () => {
  const { agreement, claims } = example('gaza-pause-2023-11');
  const e = evaluate(agreement, claims, '2023-11-25T09:00:00+02:00');

  it('owes Israel nothing yet for the days to come, and shows them not due, not fulfilled', () => {
    expect(norm(e, 1, 'israel-releases', 'israel').verdict).toBe('fulfilled');
    expect(norm(e, 2, 'israel-releases', 'israel')).toMatchObject({
      verdict: 'not_due',
      lifecycle: 'active',
    });
    for (let p = 3; p <= e.periods.length; p++) {
      expect(norm(e, p, 'israel-releases', 'israel')).toMatchObject({
        verdict: 'not_due',
        lifecycle: 'pending',
      });
    }
  });
});

describe('the November 2023 pause, as reported', () => {
  const { agreement, claims } = example('gaza-pause-2023-11');
  const e = evaluate(agreement, claims, '2023-12-03T00:00:00Z');

  it('runs seven periods from 24 Nov 07:00 to 1 Dec 07:00 local', () => {
    expect(e.periods).toHaveLength(7);
    expect(e.periods[0]?.localStart).toBe('2023-11-24T07:00');
    expect(e.periods[0]?.start).toBe('2023-11-24T05:00:00.000Z');
    expect(e.periods[6]?.localEnd).toBe('2023-12-01T07:00');
    expect(e.periods.every((p) => p.inTerm === 'definitely')).toBe(true);
  });

  it('ended on 1 Dec at 07:00, expired at the end of its second extension, as reported', () => {
    expect(e.term.state).toBe('ended');
    expect(e.term.end).toEqual({
      earliest: '2023-12-01T05:00:00.000Z',
      latest: '2023-12-01T05:00:00.000Z',
    });
    expect(e.term.endReason).toContain(
      'expired at the end of its 2 reported extensions, 2023-12-01T07:00 local',
    );
    expect(e.term.endCause).toEqual({
      kind: 'expired',
      confirmedBy: expect.arrayContaining([idOf(claims, 'The truce expired at 07:00')]) as string[],
    });
    // The four days ended at midnight or at 07:00 on 28 Nov, as reports disagree.
    expect(e.term.baseEnd).toEqual({
      earliest: '2023-11-27T22:00:00.000Z',
      latest: '2023-11-28T05:00:00.000Z',
    });
  });

  it('has two reported extensions, each allowed by the count rule, and no line of the rule besides', () => {
    // The rule is not automatic: its three days are the reported ones, not three more.
    expect(e.term.extensions.map((x) => x.source)).toEqual(['reported', 'reported']);
    const reported = e.term.extensions;
    expect(reported.map((x) => [x.adds, x.until.latest, x.supportedByRule])).toEqual([
      ['P2D', '2023-11-30T05:00:00.000Z', 'definitely'],
      ['P1D', '2023-12-01T05:00:00.000Z', 'definitely'],
    ]);
    // Who reported each: every origin behind its claims, once.
    for (const x of reported) {
      expect(x.reportedBy.length).toBeGreaterThan(0);
      expect(new Set(x.reportedBy).size).toBe(x.reportedBy.length);
      const names = new Set(
        x.claims.map((id) => claims.find((c) => c.id === id)?.content.attribution.at(-1)?.name),
      );
      for (const name of x.reportedBy) expect(names.has(name)).toBe(true);
    }
    expect(e.term.rules[0]).toMatchObject({
      rule: 'ten-more-releases',
      count: { min: 80, max: 80 },
      steps: { min: 3, max: 3 },
    });
  });

  it('supports the second extension only with the two women Qatar counted toward Thursday', () => {
    const withoutCounting = claims.filter(
      (c) => !c.content.text.includes("counted in Thursday's tally"),
    );
    const e2 = evaluate(agreement, withoutCounting, '2023-12-03T00:00:00Z');
    expect(e2.term.rules[0]?.count).toEqual({ min: 78, max: 78 });
    expect(
      e2.term.extensions.filter((x) => x.source === 'reported').map((x) => x.supportedByRule),
    ).toEqual(['definitely', 'not']);
  });

  it('tallies releases to the reported totals: 105 hostages (81 Israelis, 23 Thais, 1 Filipino), 240 prisoners', () => {
    expect(tally(e, 'hamas', null)).toEqual({ min: 105, max: 105 });
    expect(tally(e, 'hamas', 'israeli')).toEqual({ min: 81, max: 81 });
    expect(tally(e, 'hamas', 'thai')).toEqual({ min: 23, max: 23 });
    expect(tally(e, 'hamas', 'filipino')).toEqual({ min: 1, max: 1 });
    expect(tally(e, 'israel', null)).toEqual({ min: 240, max: 240 });
  });

  it('finds ten or more hostages freed under the deal each day', () => {
    for (let p = 1; p <= 7; p++)
      expect(norm(e, p, 'hamas-releases', 'hamas').verdict).toBe('fulfilled');
    expect(norm(e, 7, 'hamas-releases', 'hamas').explanation.count).toEqual({ min: 10, max: 10 });
  });

  it('shows the list owed for 1 Dec as disputed, citing both accounts', () => {
    const list = norm(e, 7, 'next-day-list', 'hamas');
    expect(list.verdict).toBe('disputed');
    expect(list.explanation.contrary).toEqual(
      expect.arrayContaining([
        idOf(claims, 'did not provide the list'),
        idOf(claims, 'failed to provide a list'),
      ]),
    );
    expect(list.explanation.counted).toEqual([idOf(claims, 'offered to free elderly hostages')]);
    const hamas = list.explanation.accounts.find((a) => a.origin === 'Hamas');
    expect(hamas).toMatchObject({ stance: 'supports', selfReport: true });
    const alleging = e.breaches.filter((b) => b.norm === 'next-day-list' && b.period === 7);
    expect(alleging.map((b) => [b.by, b.according_to, b.basis]).sort()).toEqual([
      ['hamas', 'IDF', 'negation'],
      ['hamas', 'Israeli government', 'negation'],
    ]);
  });

  it('records the rockets before the expiry as a breach by Hamas according to the army', () => {
    expect(norm(e, 7, 'no-hostilities', 'hamas').verdict).toBe('violated');
    expect(norm(e, 7, 'no-hostilities', 'israel').verdict).toBe('fulfilled');
    const breach = e.breaches.find(
      (b) => b.norm === 'no-hostilities' && b.certainty === 'definitely',
    );
    expect(breach).toMatchObject({
      by: 'hamas',
      according_to: 'IDF',
      period: 7,
      selfReport: false,
    });
    // The Jerusalem shooting lies outside the clause's area, and is listed as such.
    const ignored = norm(e, 7, 'no-hostilities', 'hamas').explanation.ignored;
    expect(ignored).toContainEqual(
      expect.objectContaining({
        claim: idOf(claims, 'entrance to Jerusalem'),
        reason: 'outside_area',
      }),
    );
  });

  it('leaves aid unknown where no figure was reported, and reads the first day from two accounts', () => {
    const day1 = norm(e, 1, 'aid-trucks', 'israel');
    expect(day1.verdict).toBe('fulfilled');
    expect(day1.explanation.accounts.map((a) => [a.origin, a.selfReport]).sort()).toEqual([
      ['COGAT', true],
      ['UN OCHA', false],
    ]);
    expect(norm(e, 2, 'aid-trucks', 'israel').verdict).toBe('unknown');
  });

  it('lets the power to resume fighting lapse: the term had expired when the army announced it', () => {
    expect(e.powers[0]).toMatchObject({
      power: 'resume-fighting',
      state: 'lapsed',
      triggered: 'definitely',
    });
    expect(e.powers[0]?.ignored).toContainEqual(
      expect.objectContaining({ claim: idOf(claims, 'resumed combat'), reason: 'after_term' }),
    );
  });

  it('as of 29 Nov, knows only the first extension: in effect until 30 Nov 07:00', () => {
    const then = evaluate(agreement, claims, '2023-11-29T12:00:00Z');
    expect(then.term.state).toBe('in_effect');
    expect(then.term.end).toEqual({
      earliest: '2023-11-30T05:00:00.000Z',
      latest: '2023-11-30T05:00:00.000Z',
    });
    expect(then.periods).toHaveLength(6);
    expect(then.claims.knownAfterAsOf).toBeGreaterThan(0);
  });

  it('cites only documents of the bundle, each claim known from its publication', () => {
    const documents = exampleDocuments('gaza-pause-2023-11');
    expect(documents.size).toBeGreaterThan(30);
    for (const d of documents.values()) expect(Number.isNaN(Date.parse(d.published))).toBe(false);
  });
});

describe('the January 2025 ceasefire, phase one', () => {
  const { agreement, claims } = example('gaza-ceasefire-2025-01');
  const e = evaluate(agreement, claims, '2025-03-20T00:00:00Z');

  it('ends when Israel resumed strikes on 18 Mar, after phase one and into phase two', () => {
    expect(e.term.state).toBe('ended');
    expect(e.term.endCause?.kind).toBe('reported');
    expect(e.term.phases.map((p) => p.phase)).toEqual(['phase-one', 'phase-two']);
    expect(e.periods[0]?.localStart).toBe('2025-01-19T11:15');
    expect(e.periods.at(-1)?.phase).toBe('phase-two');
  });

  it("owes prisoners by the ratio on the women's rounds: 110 for two civilians and a soldier on 30 Jan", () => {
    const round = norm(e, 12, 'prisoner-rounds', 'israel');
    expect(round.explanation.required).toEqual({ min: 110, max: 110 });
    expect(round.verdict).toBe('fulfilled');
  });

  it("finds the round held back on 22 Feb violated, on Israel's own account", () => {
    expect(norm(e, 35, 'prisoner-rounds', 'israel').verdict).toBe('violated');
    expect(e.breaches.find((b) => b.norm === 'prisoner-rounds')).toMatchObject({
      by: 'israel',
      selfReport: true,
      basis: 'denial',
    });
  });

  it('keeps both counts of the last prisoners, 602 and 620, and tallies the fuller', () => {
    expect(tally(e, 'israel', null)).toEqual({ min: 1755, max: 1755 });
  });

  it('judges withdrawals and the start of phase-two talks once, by their deadlines', () => {
    const once = new Map(e.once.map((n) => [`${n.norm}/${n.bearer}`, n.verdict]));
    expect(once.get('leave-netzarim/israel')).toBe('fulfilled');
    expect(once.get('leave-rashid-road/israel')).toBe('unknown');
    expect(once.get('phase-two-talks/israel')).toBe('violated');
    expect(once.get('phase-two-talks/hamas')).toBe('unknown');
  });
});

describe('the Jeddah ceasefire in Sudan, May 2023', () => {
  const { agreement, claims } = example('sudan-jeddah-2023-05');
  const e = evaluate(agreement, claims, '2023-06-10T00:00:00Z');

  it('runs seven days and the five-day extension, to 3 Jun 21:45 Khartoum time', () => {
    expect(e.term.end).toEqual({
      earliest: '2023-06-03T19:45:00.000Z',
      latest: '2023-06-03T19:45:00.000Z',
    });
    expect(e.periods).toHaveLength(12);
    expect(e.term.extensions.filter((x) => x.source === 'reported').map((x) => x.adds)).toEqual([
      'P5D',
    ]);
  });

  it('holds both sides to the pledge of the 48 hours before it began', () => {
    expect(e.once.map((n) => [n.norm, n.bearer, n.verdict])).toEqual([
      ['no-advantage-before-start', 'saf', 'violated'],
      ['no-advantage-before-start', 'rsf', 'violated'],
    ]);
  });

  it('reports each breach as the facilitators tell it', () => {
    expect(norm(e, 1, 'no-offensives', 'saf').verdict).toBe('violated');
    const facilitators = e.breaches.filter((b) => b.according_to === 'US-Saudi facilitators');
    expect(facilitators.length).toBeGreaterThan(5);
  });
});
