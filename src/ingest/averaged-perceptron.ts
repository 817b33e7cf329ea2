/**
 * A multiclass averaged perceptron over sparse binary features (Collins 2002; Honnibal's
 * "A good part-of-speech tagger in about 200 lines of Python"). Small, fast, deterministic:
 * given the same examples in the same order it gives the same weights, bit for bit.
 */

/** Weights by feature, then by class: only non-zero weights are kept. */
export type PerceptronWeights = Readonly<Record<string, Readonly<Record<string, number>>>>;

export interface PerceptronModel {
  readonly classes: readonly string[];
  readonly weights: PerceptronWeights;
}

export interface Example {
  readonly features: readonly string[];
  readonly label: string;
}

/** Scores of every class for a set of features: the sum of the features' weights. */
export function scoresOf(model: PerceptronModel, features: readonly string[]): Map<string, number> {
  const scores = new Map<string, number>(model.classes.map((c) => [c, 0]));
  for (const f of features) {
    const w = model.weights[f];
    if (w === undefined) continue;
    for (const c in w) scores.set(c, (scores.get(c) ?? 0) + (w[c] ?? 0));
  }
  return scores;
}

/** The best class (ties go to the class listed first) and a softmax probability of it. */
export function predict(
  model: PerceptronModel,
  features: readonly string[],
): { label: string; probability: number; scores: Map<string, number> } {
  const scores = scoresOf(model, features);
  let label = model.classes[0] ?? '';
  let best = -Infinity;
  for (const c of model.classes) {
    const s = scores.get(c) ?? 0;
    if (s > best) [best, label] = [s, c];
  }
  let total = 0;
  for (const s of scores.values()) total += Math.exp(s - best);
  return { label, probability: 1 / total, scores };
}

/** A deterministic shuffle (mulberry32), so training needs no randomness from outside. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Trains on the examples for `epochs` passes, each in a seeded order, and returns the
 * averaged weights rounded to `decimals` places (so the file they are written to is stable).
 */
export function trainPerceptron(
  examples: readonly Example[],
  {
    epochs = 10,
    seed = 1,
    decimals = 3,
  }: { epochs?: number; seed?: number; decimals?: number } = {},
): PerceptronModel {
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  const weights = new Map<string, Map<string, number>>();
  // For averaging: the running total of each weight and the step it last changed at.
  const totals = new Map<string, number>();
  const stamps = new Map<string, number>();
  let step = 0;
  const update = (feature: string, label: string, delta: number): void => {
    const key = `${feature}\u0000${label}`;
    const byClass = weights.get(feature) ?? weights.set(feature, new Map()).get(feature)!;
    const w = byClass.get(label) ?? 0;
    totals.set(key, (totals.get(key) ?? 0) + (step - (stamps.get(key) ?? 0)) * w);
    stamps.set(key, step);
    byClass.set(label, w + delta);
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const e of shuffled(examples, seed + epoch)) {
      step += 1;
      const guess = predictRaw(weights, classes, e.features);
      if (guess === e.label) continue;
      for (const f of e.features) {
        update(f, e.label, 1);
        update(f, guess, -1);
      }
    }
  }
  const scale = 10 ** decimals;
  const averaged: Record<string, Record<string, number>> = {};
  for (const feature of [...weights.keys()].sort()) {
    const byClass = weights.get(feature)!;
    const out: Record<string, number> = {};
    for (const label of [...byClass.keys()].sort()) {
      const key = `${feature}\u0000${label}`;
      const w = byClass.get(label) ?? 0;
      const total = (totals.get(key) ?? 0) + (step - (stamps.get(key) ?? 0)) * w;
      const mean = Math.round((total / step) * scale) / scale;
      if (mean !== 0) out[label] = mean;
    }
    if (Object.keys(out).length > 0) averaged[feature] = out;
  }
  return { classes, weights: averaged };
}

function predictRaw(
  weights: ReadonlyMap<string, ReadonlyMap<string, number>>,
  classes: readonly string[],
  features: readonly string[],
): string {
  const scores = new Map<string, number>();
  for (const f of features) {
    const w = weights.get(f);
    if (w === undefined) continue;
    for (const [c, v] of w) scores.set(c, (scores.get(c) ?? 0) + v);
  }
  let label = classes[0] ?? '';
  let best = -Infinity;
  for (const c of classes) {
    const s = scores.get(c) ?? 0;
    if (s > best) [best, label] = [s, c];
  }
  return label;
}
