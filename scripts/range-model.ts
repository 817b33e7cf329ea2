// Weights trained during a run on a range of train reports only, so that reports outside it are
// read by weights that have not seen them: what `--trained-on` means in the scoring and
// miss-listing scripts.
import { join } from 'node:path';
import type { ClaimModelFile } from '../src/ingest/claim-model.js';
import {
  corpusTraining,
  trainFromExamples,
  withPlaceRanker,
} from '../src/ingest/train-claim-model.js';
import { CORPUS_DIR, readReports, reportRangeOf } from './read-corpus.js';

/** The weights trained on the train reports `--trained-on` names, in training order `seed`. */
export function modelTrainedOn(args: readonly string[], seed: number): ClaimModelFile {
  const taught = reportRangeOf(args, '--trained-on');
  const { examples, places, ...pairs } = corpusTraining(
    readReports(join(CORPUS_DIR, 'train')).filter((r) => taught(r.name)),
  );
  return withPlaceRanker(
    trainFromExamples(examples, 'train reports in --trained-on', pairs, seed),
    places,
    seed,
  );
}
