import type { Breach } from './evaluation.js';
import type { NormInstance } from './norm-instances.js';

/**
 * An evaluation's breaches and where each instance's lie among them: a whole pass lists them
 * instance by instance (norm by norm, period by period), then the accusations, which name no
 * clause. An advance copies the runs of the instances it did not assess again whole.
 */
export interface BreachRuns {
  readonly breaches: readonly Breach[];
  /** Each instance's breaches, by `norm|period` (period from 0, empty for once): [start, end). */
  readonly runs: ReadonlyMap<string, { readonly start: number; readonly end: number }>;
  /** Where the accusations begin: they follow every instance's run. */
  readonly accusationsFrom: number;
}

/** An instance's name among the runs. */
export const instanceKey = (norm: string, period: number | null): string =>
  `${norm}|${period ?? ''}`;

/** A breach's instance's name: its period is counted from 1, an instance's from 0. */
const keyOfBreach = (b: Breach, norm: string): string =>
  instanceKey(norm, b.period === null ? null : b.period - 1);

/**
 * The runs of breaches listed as a whole pass lists them; null when they are not (an instance
 * met twice apart, or a breach of a clause after an accusation), so they cannot be copied whole.
 */
export function breachRunsOf(breaches: readonly Breach[]): BreachRuns | null {
  const runs = new Map<string, { start: number; end: number }>();
  let accusationsFrom = breaches.length;
  let run = { start: 0, end: 0 };
  for (let k = 0; k < breaches.length; k++) {
    const b = breaches[k] as Breach;
    if (b.norm === null) {
      accusationsFrom = Math.min(accusationsFrom, k);
      continue;
    }
    if (accusationsFrom < breaches.length) return null;
    // A run goes on while the norm and the period stay: a name is made only where one begins.
    const before = breaches[k - 1];
    if (before !== undefined && before.norm === b.norm && before.period === b.period) {
      run.end = k + 1;
      continue;
    }
    const key = keyOfBreach(b, b.norm);
    if (runs.has(key)) return null;
    run = { start: k, end: k + 1 };
    runs.set(key, run);
  }
  return { breaches, runs, accusationsFrom };
}

/**
 * The breaches in the order the instances give them: those of the instances assessed again
 * remade, the others' runs copied whole from `held`, then the accusations, `accusations` when
 * they were listed again, else kept.
 */
export function breachesWith(
  instances: readonly NormInstance[],
  held: BreachRuns,
  remade: readonly Breach[],
  reassessed: ReadonlySet<string>,
  accusations: readonly Breach[] | null = null,
): BreachRuns {
  const remadeGroups = new Map<string, Breach[]>();
  for (const b of remade) {
    if (b.norm === null) continue;
    const key = keyOfBreach(b, b.norm);
    const g = remadeGroups.get(key);
    if (g === undefined) remadeGroups.set(key, [b]);
    else g.push(b);
  }
  const out: Breach[] = [];
  const runs = new Map<string, { start: number; end: number }>();
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k++) out.push(held.breaches[k] as Breach);
  };
  for (const inst of instances) {
    const key = instanceKey(inst.norm.id, inst.period);
    if (runs.has(key)) continue;
    const start = out.length;
    if (reassessed.has(key)) out.push(...(remadeGroups.get(key) ?? []));
    else {
      const run = held.runs.get(key);
      if (run !== undefined) copy(run.start, run.end);
    }
    runs.set(key, { start, end: out.length });
  }
  const accusationsFrom = out.length;
  if (accusations === null) copy(held.accusationsFrom, held.breaches.length);
  else out.push(...accusations);
  return { breaches: out, runs, accusationsFrom };
}
