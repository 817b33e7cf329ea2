// Rebuilds what extraction reads from src/ingest/models/: the WordNet expansion of the lemma
// table, then the claim classifier's weights from the train split, and the split's labelled
// examples beside them (what `truce model train` adds a store's reviews to). Byte for byte: the
// same tables and corpus give the same files. Run with `npm run train`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeClaimExamples } from '../src/ingest/claim-examples.js';
import { CLAIM_EXAMPLES_URL, CLAIM_MODEL_URL } from '../src/ingest/claim-model.js';
import {
  corpusTraining,
  trainClaimModel,
  trainFromExamples,
  writeClaimModel,
} from '../src/ingest/train-claim-model.js';
import { LEXICON_URL } from '../src/ingest/trigger-lexicon.js';
import { buildTriggerLexicon } from './build-trigger-lexicon.js';
import { CORPUS_DIR, FIXTURE_REPORTS, FIXTURE_URL, readReports } from './read-corpus.js';

writeFileSync(LEXICON_URL, buildTriggerLexicon());
process.stdout.write(`wrote ${LEXICON_URL.pathname}\n`);
const reports = readReports(join(CORPUS_DIR, 'train'));
const trainedOn = `test/corpus/train (${reports.length} reports)`;
const { examples, ...pairs } = corpusTraining(reports);
writeFileSync(CLAIM_MODEL_URL, writeClaimModel(trainFromExamples(examples, trainedOn, pairs)));
writeFileSync(CLAIM_EXAMPLES_URL, writeClaimExamples(examples, trainedOn));
process.stdout.write(
  `wrote ${CLAIM_MODEL_URL.pathname} and ${CLAIM_EXAMPLES_URL.pathname} from ${reports.length} reports\n`,
);
if (process.argv.includes('--fixture')) {
  const small = reports.filter((r) => FIXTURE_REPORTS.includes(r.name));
  writeFileSync(FIXTURE_URL, trainClaimModel(small, 'fixture'));
  process.stdout.write(`wrote ${FIXTURE_URL.pathname}\n`);
}
