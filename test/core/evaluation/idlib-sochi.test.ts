import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/evidence/claim.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import type { Evaluation } from '../../../src/core/evaluation/evaluation.js';
import { evaluateVersions } from '../../../src/core/evaluation/evaluate-versions.js';
import { amendedExample } from './evaluation-fixtures.js';

const NAME = 'idlib-sochi-2018-09';
const { versions, claims } = amendedExample(NAME);
const [original, amended] = versions;
const AFTER = '2018-11-20T00:00:00Z';

const idOf = (text: string): string => {
  const found = claims.find((c: Claim) => c.content.text.includes(text));
  if (found === undefined) throw new Error(`no claim says "${text}"`);
  return found.id;
};
const once = (e: Evaluation, norm: string, bearer: string) =>
  e.once.find((r) => r.norm === norm && r.bearer === bearer);
/** The verdict of a per-day clause on each local date it holds, in order. */
const daily = (e: Evaluation, norm: string, bearer: string) =>
  e.periods.flatMap((p) => {
    const n = p.norms.find((x) => x.norm === norm && x.bearer === bearer);
    return n === undefined ? [] : [[p.localStart.slice(0, 10), n.verdict] as const];
  });

describe('the Sochi memorandum on Idlib, with the radical groups’ deadline moved', () => {
  const e = evaluateVersions(versions, claims, AFTER);

  it('reads the amendment as version 2: the deadline and the lasting state two days later, the rest as it was', () => {
    expect(amended).toMatchObject({ version: 2, effectiveFrom: '2018-10-10T13:00:00.000Z' });
    expect(amended.norms.find((n) => n.id === 'radicals-out')).toMatchObject({
      deadline: { kind: 'at', at: '2018-10-17T21:00:00.000Z' },
    });
    const changed = new Set(['radicals-out', 'zone-stays-clear']);
    expect(amended.norms.filter((n) => !changed.has(n.id))).toEqual(
      original.norms.filter((n) => !changed.has(n.id)),
    );
  });

  it('saw the heavy weapons out by the end of 10 October, as Turkey and Anadolu reported', () => {
    expect(once(e, 'heavy-weapons-out', 'opposition')).toMatchObject({
      verdict: 'fulfilled',
      due: '2018-10-10T21:00:00.000Z',
      version: 2,
    });
  });

  it('leaves the radical groups’ withdrawal unknown: none recorded, but militants unnamed were said to have left', () => {
    const r = once(e, 'radicals-out', 'turkey');
    expect(r).toMatchObject({ verdict: 'unknown', due: '2018-10-17T21:00:00.000Z', version: 2 });
    expect(r?.explanation.counted).toEqual([]);
    expect(r?.explanation.contrary).toEqual([idOf('recorded no withdrawal of jihadist fighters')]);
    expect([...new Set(r?.explanation.possible)].sort()).toEqual(
      [idOf('more than a thousand militants'), idOf('some militants had left it')].sort(),
    );
  });

  it('as of 16 October, the radical groups are not yet due under the amendment, though due by the memorandum alone', () => {
    const asOf = '2018-10-16T12:00:00Z';
    expect(once(evaluateVersions(versions, claims, asOf), 'radicals-out', 'turkey')).toMatchObject({
      verdict: 'not_due',
      version: 2,
    });
    expect(once(evaluate(original, claims, asOf), 'radicals-out', 'turkey')).toMatchObject({
      verdict: 'unknown',
      due: '2018-10-15T21:00:00.000Z',
    });
  });

  it('holds Turkey to a zone clear of the groups from 18 October, broken on 16 November when they were reported still there', () => {
    const days = daily(e, 'zone-stays-clear', 'turkey');
    expect(days[0]).toEqual(['2018-10-18', 'fulfilled']);
    expect(days.filter(([, v]) => v !== 'fulfilled')).toEqual([['2018-11-16', 'violated']]);
    expect(days).toHaveLength(31);
    const breach = e.breaches.find((b) => b.norm === 'zone-stays-clear');
    expect(breach).toMatchObject({
      by: 'turkey',
      according_to: 'Syrian Observatory for Human Rights',
    });
    // The report of 15 October, before the lasting state began, breaks nothing.
    expect(e.breaches.filter((b) => b.norm === 'zone-stays-clear')).toHaveLength(1);
  });

  it('by the memorandum alone, the lasting state begins on 16 October', () => {
    const days = daily(evaluate(original, claims, AFTER), 'zone-stays-clear', 'turkey');
    expect(days[0]).toEqual(['2018-10-16', 'fulfilled']);
    expect(days).toHaveLength(33);
  });

  it('leaves the patrols unknown for both guarantors: no report of any by 15 October', () => {
    expect(once(e, 'patrols-deployed', 'russia')).toMatchObject({
      verdict: 'unknown',
      explanation: { counted: [], possible: [] },
    });
    // Turkish troops sent to the posts in Idlib province, which the zone lies within.
    expect(once(e, 'patrols-deployed', 'turkey')).toMatchObject({
      verdict: 'unknown',
      explanation: { possible: [idOf('convoys have brought more troops')] },
    });
  });

  it('leaves the posts’ reinforcement unknown: reported over weeks, it counts from none on each day', () => {
    const posts = once(e, 'observation-posts-reinforced', 'turkey');
    expect(posts).toMatchObject({
      verdict: 'unknown',
      explanation: { count: { min: 0, max: 24 } },
    });
  });

  it('finds the government’s shelling of Jarjanaz on 2 November a breach of the zone, and no attack by the opposition', () => {
    expect(
      daily(e, 'no-attacks-in-zone', 'syrian-government').filter(([, v]) => v !== 'fulfilled'),
    ).toEqual([['2018-11-02', 'violated']]);
    expect(daily(e, 'no-attacks-in-zone', 'opposition').every(([, v]) => v === 'fulfilled')).toBe(
      true,
    );
  });

  it('runs 62 days, from 17 September to 18 November', () => {
    expect(e.periods).toHaveLength(62);
    expect(e.periods[0]?.localStart).toBe('2018-09-17T00:00');
    expect(e.periods.at(-1)?.localEnd).toBe('2018-11-18T00:00');
  });
});
