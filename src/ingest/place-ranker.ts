import type { Place } from '../core/evidence/place.js';
import { scoreVector } from './averaged-perceptron.js';
import type { PerceptronModel, RankExample } from './averaged-perceptron.js';
import type { PlaceCandidate } from './place-features.js';

/**
 * The place ranker (decision 0165): an averaged perceptron over candidates (`trainRanker`)
 * that scores each of a claim's candidate places by the features of `place-features.ts`; the
 * claim takes the candidate scored highest. Trained where the claim classifier is, on the gold
 * claims matched to an extracted claim, each candidate labelled by whether the scorer counts
 * its place as the gold's.
 */
export type PlaceExample = RankExample;

/**
 * By head, the score of each candidate's features: a report's own places are offered to every
 * claim in it as one shared list (`placeCandidates`), scored once.
 */
const scores = new WeakMap<PerceptronModel, WeakMap<readonly string[], number>>();

/** The candidate the ranker scores highest; of equals, the rules' choice, else the first. */
export function choosePlace(
  head: PerceptronModel,
  candidates: readonly PlaceCandidate[],
): Place | null {
  let best: PlaceCandidate | undefined;
  let top = -Infinity;
  let scored = scores.get(head);
  if (scored === undefined) scores.set(head, (scored = new WeakMap()));
  for (const c of candidates) {
    let s = scored.get(c.features);
    if (s === undefined) scored.set(c.features, (s = scoreVector(head, c.features)[0] ?? 0));
    if (s > top || (s === top && c.ruled && best?.ruled !== true)) [best, top] = [c, s];
  }
  return best?.place ?? null;
}
