// Rebuilds what extraction reads from src/ingest/models/: the WordNet expansion of the lemma
// table, then the claim classifier's weights from the train split. Byte for byte: the same
// tables and corpus give the same files. Run with `npm run train`.
import { writeFileSync } from 'node:fs';
import { LEXICON_URL } from '../src/ingest/trigger-lexicon.js';
import { buildTriggerLexicon } from './build-trigger-lexicon.js';

writeFileSync(LEXICON_URL, buildTriggerLexicon());
process.stdout.write(`wrote ${LEXICON_URL.pathname}\n`);
