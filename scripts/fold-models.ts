// The train split cut into five folds, each with weights trained on the other four: what
// `npm run eval:folds` scores and what the miss-listing scripts read with `--folds`, so that a
// report's misses are those of weights that have not seen it.
import { createHash } from 'node:crypto';
import type { ClaimModelFile } from '../src/ingest/claim-model.js';
import {
  corpusTraining,
  trainFromExamples,
  withPlaceRanker,
} from '../src/ingest/train-claim-model.js';
import type { CorpusTraining, LabelledReport } from '../src/ingest/train-claim-model.js';

export const FOLDS = 5;

/** A report's fold, by a hash of its name: fixed, and blind to what the report says. */
export const foldOf = (r: LabelledReport): number =>
  createHash('sha256').update(r.name).digest().readUInt32BE(0) % FOLDS;

/** For each fold, the weights trained on the reports of the other folds. */
export function foldModels(reports: readonly LabelledReport[]): ClaimModelFile[] {
  // A report's examples depend on its own words and the rules only, so each is read once and
  // the folds' training sets are put together from them, in name order as `npm run train` has it.
  const trainingOf = new Map(reports.map((r) => [r.name, corpusTraining([r])]));
  const joined = (part: readonly LabelledReport[]): CorpusTraining => {
    const each = [...part]
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((r) => trainingOf.get(r.name) ?? []);
    return {
      examples: each.flatMap((t) => t.examples),
      pairs: each.flatMap((t) => t.pairs),
      typePairs: each.flatMap((t) => t.typePairs),
      places: each.flatMap((t) => t.places),
    };
  };
  return Array.from({ length: FOLDS }, (_, fold) => {
    const { examples, places, ...pairs } = joined(reports.filter((r) => foldOf(r) !== fold));
    // With the place ranker, which `eval:folds` scores beside the rules' places (decision 0165).
    return withPlaceRanker(
      trainFromExamples(examples, `train without fold ${fold}`, pairs),
      places,
    );
  });
}
