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

/**
 * A model laid out for scoring: each feature's weights as class indices and values in typed
 * arrays. Reading the JSON layout (an object of objects, walked with for…in) cost most of
 * extraction's time in the classifier; the sums are the same, added in the same order.
 */
interface CompiledPerceptron {
  readonly rows: ReadonlyMap<string, Row>;
}

const compiled = new WeakMap<PerceptronModel, CompiledPerceptron>();

function compiledOf(model: PerceptronModel): CompiledPerceptron {
  let c = compiled.get(model);
  if (c === undefined) {
    const index = new Map(model.classes.map((name, i) => [name, i]));
    const rows = new Map<string, { classes: Uint16Array; weights: Float64Array }>();
    for (const feature of Object.keys(model.weights)) {
      const w = model.weights[feature]!;
      const names = Object.keys(w).filter((name) => index.has(name));
      rows.set(feature, {
        classes: Uint16Array.from(names, (name) => index.get(name)!),
        weights: Float64Array.from(names, (name) => w[name]!),
      });
    }
    c = { rows };
    compiled.set(model, c);
  }
  return c;
}

/**
 * Several heads that read the same features, sharing one vocabulary: a feature's name is looked
 * up once for all of them (`encodeFeatures`), and each head's row is then found by index. The
 * claim classifier's four heads looked every feature up four times over.
 */
export interface SharedVocabulary {
  readonly ids: ReadonlyMap<string, number>;
}

/** A head laid out over a shared vocabulary: its row for each feature id, if it has one. */
export interface CodedHead {
  readonly model: PerceptronModel;
  readonly rows: readonly (Row | undefined)[];
  /**
   * The head's scores, written again by each `scoreCodes`: allocating a typed array per call
   * cost more than the sums themselves.
   */
  readonly scores: Float64Array;
}

type Row = { readonly classes: Uint16Array; readonly weights: Float64Array };

/** One vocabulary over the features of `models`, and each model's rows by feature id. */
export function shareVocabulary(models: readonly PerceptronModel[]): {
  vocabulary: SharedVocabulary;
  heads: CodedHead[];
} {
  const ids = new Map<string, number>();
  for (const model of models) {
    for (const feature of compiledOf(model).rows.keys()) {
      if (!ids.has(feature)) ids.set(feature, ids.size);
    }
  }
  const heads = models.map((model) => {
    const rows = new Array<Row | undefined>(ids.size).fill(undefined);
    for (const [feature, row] of compiledOf(model).rows) rows[ids.get(feature)!] = row;
    return { model, rows, scores: new Float64Array(model.classes.length) };
  });
  return { vocabulary: { ids }, heads };
}

/** The ids of `features` in a vocabulary, in their order; -1 for a feature no head knows. */
export function encodeFeatures(
  vocabulary: SharedVocabulary,
  features: readonly string[],
): Int32Array {
  const codes = new Int32Array(features.length);
  for (let i = 0; i < features.length; i++) codes[i] = vocabulary.ids.get(features[i]!) ?? -1;
  return codes;
}

/**
 * `scoreVector` over encoded features: the same sums, added in the same order. The array
 * returned is the head's own, valid until the head scores again.
 */
export function scoreCodes(head: CodedHead, codes: Int32Array): Float64Array {
  const scores = head.scores;
  scores.fill(0);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    const row = code < 0 ? undefined : head.rows[code];
    if (row === undefined) continue;
    for (let k = 0; k < row.classes.length; k++) scores[row.classes[k]!]! += row.weights[k]!;
  }
  return scores;
}

/** `weightOf` for an encoded feature and a class index (0 when it has none). */
export function weightAtCode(head: CodedHead, code: number, classIndex: number): number {
  const row = code < 0 ? undefined : head.rows[code];
  if (row === undefined) return 0;
  for (let k = 0; k < row.classes.length; k++)
    if (row.classes[k] === classIndex) return row.weights[k]!;
  return 0;
}

/** Scores of every class, in the order of `model.classes`: the sum of the features' weights. */
export function scoreVector(model: PerceptronModel, features: readonly string[]): Float64Array {
  const { rows } = compiledOf(model);
  const scores = new Float64Array(model.classes.length);
  for (const f of features) {
    const row = rows.get(f);
    if (row === undefined) continue;
    for (let k = 0; k < row.classes.length; k++) scores[row.classes[k]!]! += row.weights[k]!;
  }
  return scores;
}

/** Scores of every class for a set of features: the sum of the features' weights. */
export function scoresOf(model: PerceptronModel, features: readonly string[]): Map<string, number> {
  const vector = scoreVector(model, features);
  return new Map(model.classes.map((c, i) => [c, vector[i]!]));
}

/** The weight of one feature for one class (0 when it has none). */
export function weightOf(model: PerceptronModel, feature: string, label: string): number {
  const row = compiledOf(model).rows.get(feature);
  if (row === undefined) return 0;
  const index = model.classes.indexOf(label);
  for (let k = 0; k < row.classes.length; k++) if (row.classes[k] === index) return row.weights[k]!;
  return 0;
}

/** The best class of a score vector (ties go to the class listed first), by index. */
export function bestIndex(scores: Float64Array): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  return best;
}

/** The softmax probability of class `index` in a score vector (0 for no class). */
export function probabilityAt(scores: Float64Array, index: number): number {
  const top = scores[bestIndex(scores)] ?? 0;
  let total = 0;
  for (let i = 0; i < scores.length; i++) total += Math.exp(scores[i]! - top);
  return Math.exp((scores[index] ?? -Infinity) - top) / total;
}

/** The best class (ties go to the class listed first) and a softmax probability of it. */
export function predict(
  model: PerceptronModel,
  features: readonly string[],
): { label: string; probability: number; scores: Map<string, number> } {
  const vector = scoreVector(model, features);
  const best = bestIndex(vector);
  return {
    label: model.classes[best] ?? '',
    probability: probabilityAt(vector, best),
    scores: new Map(model.classes.map((c, i) => [c, vector[i]!])),
  };
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

/** How a model is trained: passes over the examples, the first pass's order, and rounding. */
export interface TrainingPasses {
  readonly epochs?: number;
  readonly seed?: number;
  readonly decimals?: number;
}

/**
 * Trains on the examples for `epochs` passes, each in a seeded order, and returns the
 * averaged weights rounded to `decimals` places (so the file they are written to is stable).
 */
export function trainPerceptron(
  examples: readonly Example[],
  { epochs = 10, seed = 1, decimals = 3 }: TrainingPasses = {},
): PerceptronModel {
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  const w = averagedWeights();
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const e of shuffled(examples, seed + epoch)) {
      w.step();
      const guess = predictRaw(w.weights, classes, e.features);
      if (guess === e.label) continue;
      for (const f of e.features) {
        w.update(f, e.label, 1);
        w.update(f, guess, -1);
      }
    }
  }
  return { classes, weights: w.averaged(decimals) };
}

/** One choice among candidates: each candidate's features, and whether it is a right one. */
export interface RankExample {
  readonly candidates: readonly { readonly features: readonly string[]; readonly right: boolean }[];
}

/** The one class of a ranker: a candidate's score. */
export const RANK_SCORE = 'score';

/**
 * Trains a ranker (Collins 2002, the perceptron over candidates): where the best-scoring
 * wrong candidate scores at least the best-scoring right one, the right one gains its features
 * and the wrong one loses its own. A model of the one class `RANK_SCORE`, so that it is scored,
 * averaged over orders and stored as the classifiers are. Examples without a right candidate
 * teach nothing and are skipped.
 */
export function trainRanker(
  examples: readonly RankExample[],
  { epochs = 10, seed = 1, decimals = 3 }: TrainingPasses = {},
): PerceptronModel {
  const w = averagedWeights();
  const score = (features: readonly string[]): number => {
    let s = 0;
    for (const f of features) s += w.weights.get(f)?.get(RANK_SCORE) ?? 0;
    return s;
  };
  /** The best-scoring candidate that is right, or wrong (the first of equals). */
  const best = (e: RankExample, right: boolean): RankExample['candidates'][number] | undefined => {
    let at: RankExample['candidates'][number] | undefined;
    let top = -Infinity;
    for (const c of e.candidates) {
      if (c.right !== right) continue;
      const s = score(c.features);
      if (s > top) [at, top] = [c, s];
    }
    return at;
  };
  const taught = examples.filter((e) => e.candidates.some((c) => c.right));
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const e of shuffled(taught, seed + epoch)) {
      w.step();
      const target = best(e, true)!;
      const rival = best(e, false);
      // A tie is a mistake: the right candidate must outscore every wrong one on its own.
      if (rival === undefined || score(target.features) > score(rival.features)) continue;
      for (const f of target.features) w.update(f, RANK_SCORE, 1);
      for (const f of rival.features) w.update(f, RANK_SCORE, -1);
    }
  }
  return { classes: [RANK_SCORE], weights: w.averaged(decimals) };
}

/**
 * Weights by feature and class, with what averaging needs: each weight's running total and the
 * step it last changed at, so that the mean over every step is had without a sum at each.
 */
function averagedWeights() {
  const weights = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const stamps = new Map<string, number>();
  let now = 0;
  return {
    weights: weights as ReadonlyMap<string, ReadonlyMap<string, number>>,
    step: (): void => {
      now += 1;
    },
    update(feature: string, label: string, delta: number): void {
      const key = `${feature}\u0000${label}`;
      const byClass = weights.get(feature) ?? weights.set(feature, new Map()).get(feature)!;
      const w = byClass.get(label) ?? 0;
      totals.set(key, (totals.get(key) ?? 0) + (now - (stamps.get(key) ?? 0)) * w);
      stamps.set(key, now);
      byClass.set(label, w + delta);
    },
    /** The mean of each weight over every step, rounded to `decimals` places; zeros dropped. */
    averaged(decimals: number): Record<string, Record<string, number>> {
      const scale = 10 ** decimals;
      const out: Record<string, Record<string, number>> = {};
      for (const feature of [...weights.keys()].sort()) {
        const byClass = weights.get(feature)!;
        const row: Record<string, number> = {};
        for (const label of [...byClass.keys()].sort()) {
          const key = `${feature}\u0000${label}`;
          const w = byClass.get(label) ?? 0;
          const total = (totals.get(key) ?? 0) + (now - (stamps.get(key) ?? 0)) * w;
          const mean = Math.round((total / now) * scale) / scale;
          if (mean !== 0) row[label] = mean;
        }
        if (Object.keys(row).length > 0) out[feature] = row;
      }
      return out;
    },
  };
}

/**
 * The mean of several models' weights over the same classes, rounded to `decimals` places: a
 * perceptron's weights hang on the order it saw the examples in, and the mean of several orders
 * hangs on none of them (decision 0134).
 */
export function meanOfModels(models: readonly PerceptronModel[], decimals = 3): PerceptronModel {
  const first = models[0];
  if (first === undefined) throw new Error('meanOfModels needs at least one model.');
  if (models.some((m) => m.classes.join('\u0000') !== first.classes.join('\u0000'))) {
    throw new Error('meanOfModels needs models over the same classes.');
  }
  // Summed in whole units of the last decimal, so that the order of the models cannot move a
  // mean across a rounding boundary.
  const scale = 10 ** decimals;
  const sums = new Map<string, Map<string, number>>();
  for (const { weights } of models) {
    for (const feature of Object.keys(weights)) {
      const byClass = sums.get(feature) ?? sums.set(feature, new Map()).get(feature)!;
      const w = weights[feature]!;
      for (const label of Object.keys(w)) {
        byClass.set(label, (byClass.get(label) ?? 0) + Math.round(w[label]! * scale));
      }
    }
  }
  const mean: Record<string, Record<string, number>> = {};
  for (const feature of [...sums.keys()].sort()) {
    const byClass = sums.get(feature)!;
    const out: Record<string, number> = {};
    for (const label of [...byClass.keys()].sort()) {
      const m = Math.round(byClass.get(label)! / models.length) / scale;
      if (m !== 0) out[label] = m;
    }
    if (Object.keys(out).length > 0) mean[feature] = out;
  }
  return { classes: first.classes, weights: mean };
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
