// Rebuilds what extraction reads from src/ingest/models/: the WordNet expansion of the lemma
// table, then the claim classifier's weights from the train split, and the split's labelled
// examples beside them (what `truce model train` adds a store's reviews to). Byte for byte: the
// same tables and corpus give the same files. Run with `npm run train`. `-- --seed N` trains
// with another shuffling seed than the shipped 1, to tell a change from a retrain's noise
// (docs/ingest.md); `npm run train` alone puts the shipped weights back. `-- --reports 1-298`
// trains on those train reports only, to read the newer batches with weights not fitted to them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeClaimExamples } from '../src/ingest/claim-examples.js';
import { CLAIM_EXAMPLES_URL, CLAIM_MODEL_URL } from '../src/ingest/claim-model.js';
import {
  corpusTraining,
  trainClaimModel,
  trainFromExamples,
  withPlaceRanker,
  writeClaimModel,
} from '../src/ingest/train-claim-model.js';
import { LEXICON_URL } from '../src/ingest/trigger-lexicon.js';
import { buildTriggerLexicon } from './build-trigger-lexicon.js';
import {
  CORPUS_DIR,
  FIXTURE_REPORTS,
  FIXTURE_URL,
  readReports,
  reportRangeOf,
} from './read-corpus.js';

const seedAt = process.argv.indexOf('--seed');
const seed = seedAt < 0 ? 1 : Number(process.argv[seedAt + 1]);
if (!Number.isSafeInteger(seed) || seed < 1) {
  process.stderr.write('--seed takes a whole number from 1, such as --seed 2.\n');
  process.exit(2);
}

writeFileSync(LEXICON_URL, buildTriggerLexicon());
process.stdout.write(`wrote ${LEXICON_URL.pathname}\n`);
const some = process.argv.includes('--reports');
const inRange = reportRangeOf(process.argv);
const reports = readReports(join(CORPUS_DIR, 'train')).filter((r) => inRange(r.name));
const trainedOn = `test/corpus/train (${reports.length} reports)`;
const { examples, places, ...pairs } = corpusTraining(reports);
// The shipped weights choose the act's place too (decision 0165); the fixture keeps the rules'.
writeFileSync(
  CLAIM_MODEL_URL,
  writeClaimModel(
    withPlaceRanker(trainFromExamples(examples, trainedOn, pairs, seed), places, seed),
  ),
);
writeFileSync(CLAIM_EXAMPLES_URL, writeClaimExamples(examples, trainedOn));
process.stdout.write(
  `wrote ${CLAIM_MODEL_URL.pathname} and ${CLAIM_EXAMPLES_URL.pathname} from ${reports.length} reports${seed === 1 ? '' : ` with seed ${seed}`}${seed === 1 && !some ? '' : ', not the shipped weights'}\n`,
);
if (process.argv.includes('--fixture')) {
  const small = reports.filter((r) => FIXTURE_REPORTS.includes(r.name));
  writeFileSync(FIXTURE_URL, trainClaimModel(small, 'fixture'));
  process.stdout.write(`wrote ${FIXTURE_URL.pathname}\n`);
}
