// The train split cut into five folds, each with weights trained on the other four: what
// `npm run eval:folds` scores and what the miss-listing scripts read with `--folds`, so that a
// report's misses are those of weights that have not seen it.
import type { ClaimModelFile } from '../src/ingest/claim-model.js';
import { FOLDS, foldOf } from '../src/ingest/corpus-words.js';
import {
  codingsOf,
  taughtTraining,
  trainFromExamples,
  withPlaceRanker,
} from '../src/ingest/train-claim-model.js';
import type { LabelledReport } from '../src/ingest/train-claim-model.js';

export { FOLDS, foldOf };

/** For each fold, the weights trained on the reports of the other folds. */
export function foldModels(reports: readonly LabelledReport[]): ClaimModelFile[] {
  // Each report's codings are read once. Its examples depend on the words learned from the
  // reports beside it (decision 0187), so each fold's training reads its reports again: the
  // held-out fold's gold teaches no word that fold's weights or examples see.
  const codings = codingsOf(reports);
  return Array.from({ length: FOLDS }, (_, fold) => {
    const { examples, places, ...pairs } = taughtTraining(
      reports.filter((r) => foldOf(r) !== fold),
      codings,
    );
    // With the place ranker, which `eval:folds` scores beside the rules' places (decision 0165).
    return withPlaceRanker(
      trainFromExamples(examples, `train without fold ${fold}`, pairs),
      places,
    );
  });
}
