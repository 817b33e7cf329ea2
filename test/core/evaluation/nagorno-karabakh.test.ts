import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { evaluateVersions } from '../../../src/core/evaluation/evaluate-versions.js';
import { amendedExample } from './evaluation-fixtures.js';

const NAME = 'nagorno-karabakh-2020-11';
const { versions, claims } = amendedExample(NAME);
const [original, amended] = versions;
const onceOf = (e: ReturnType<typeof evaluate>, norm: string) =>
  e.once.find((r) => r.norm === norm);

describe('the trilateral statement on Nagorno-Karabakh, with the Kalbajar deadline moved', () => {
  it('reads the amendment as version 2: the one deadline moved, every other clause as it was', () => {
    expect(amended).toMatchObject({ version: 2, effectiveFrom: '2020-11-14T20:00:00.000Z' });
    const deadlineOf = (a: typeof original, id: string) =>
      a.norms.find((n) => n.id === id && n.kind === 'achievement');
    expect(deadlineOf(amended, 'kalbajar-returned')).toMatchObject({
      deadline: { kind: 'at', at: '2020-11-25T20:00:00.000Z' },
    });
    expect(deadlineOf(original, 'kalbajar-returned')).toMatchObject({
      deadline: { kind: 'at', at: '2020-11-15T20:00:00.000Z' },
    });
    expect(amended.norms.filter((n) => n.id !== 'kalbajar-returned')).toEqual(
      original.norms.filter((n) => n.id !== 'kalbajar-returned'),
    );
  });

  it('saw all three districts returned by their deadlines, Kalbajar by the moved one', () => {
    const e = evaluateVersions(versions, claims, '2020-12-10T00:00:00Z');
    expect(
      ['aghdam-returned', 'kalbajar-returned', 'lachin-returned'].map((n) => [
        n,
        onceOf(e, n)?.verdict,
        onceOf(e, n)?.version,
      ]),
    ).toEqual([
      ['aghdam-returned', 'fulfilled', 2],
      ['kalbajar-returned', 'fulfilled', 2],
      ['lachin-returned', 'fulfilled', 2],
    ]);
    expect(onceOf(e, 'kalbajar-returned')?.due).toBe('2020-11-25T20:00:00.000Z');
  });

  it('as of 20 November, Kalbajar is not yet due under the amendment', () => {
    const e = evaluateVersions(versions, claims, '2020-11-20T12:00:00Z');
    expect(onceOf(e, 'kalbajar-returned')).toMatchObject({ verdict: 'not_due', version: 2 });
  });

  it('by the original terms alone, Kalbajar fell due on 15 November with nothing reported', () => {
    const e = evaluate(original, claims, '2020-11-20T12:00:00Z');
    expect(onceOf(e, 'kalbajar-returned')).toMatchObject({
      verdict: 'unknown',
      due: '2020-11-15T20:00:00.000Z',
    });
  });

  it('reports no breach of the ceasefire: the record holds only the handovers', () => {
    const e = evaluateVersions(versions, claims, '2020-12-10T00:00:00Z');
    expect(e.periods.every((p) => p.norms.every((n) => n.verdict !== 'violated'))).toBe(true);
    expect(e.breaches).toEqual([]);
  });
});
