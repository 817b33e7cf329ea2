// Scores the extractor against the labelled corpus in test/corpus/, one split at a time (train,
// dev, test: each folder there is). Gold and extracted claims are paired by where they are (the
// gold anchor inside the claim's sentence), not by type; the type is then scored like the rest.
// Run with `npm run eval:extract [-- --split dev] [-- --verbose] [-- --reports 179-202]`; see
// docs/ingest.md. `--reports` keeps the reports whose number is in the range: the newest train
// reports, written after the rules, show whether a change carries to phrasing nobody tuned on.
// `--trained-on 1-298` reads them with weights trained on those train reports only, not the
// shipped ones, so that a batch outside the range is read by weights that have not seen it;
// `--no-ranker` leaves the place to the rules (decision 0165), the other heads as they are.
// `--seed N` trains those weights in another order than the shipped 1: the order alone moves a
// batch's figure by about a point, so a change is read over several.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { claimModel, withoutPlaceRanker } from '../src/ingest/claim-model.js';
import type { ClaimModelFile } from '../src/ingest/claim-model.js';
import { extractClaims } from '../src/ingest/extract.js';
import { ASPECTS, scoreReport, summariseScores } from '../src/ingest/score-extraction.js';
import { reportInput } from '../src/ingest/train-claim-model.js';
import type { ReportScore, SplitSummary } from '../src/ingest/score-extraction.js';
import { CORPUS_DIR, readReports, reportRangeOf, SPLITS } from './read-corpus.js';
import { modelTrainedOn } from './range-model.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
if (only !== undefined && !(SPLITS as readonly string[]).includes(only)) {
  process.stderr.write(`--split takes one of ${SPLITS.join(', ')}\n`);
  process.exit(2);
}
const inRange = reportRangeOf(args);
const seed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : 1;
if (!Number.isSafeInteger(seed) || seed < 1) {
  process.stderr.write('--seed takes a whole number from 1, such as --seed 2.\n');
  process.exit(2);
}
if (seed !== 1 && !args.includes('--trained-on')) {
  process.stderr.write(
    '--seed trains weights for --trained-on; give both, or train with npm run train -- --seed.\n',
  );
  process.exit(2);
}

/** The shipped weights, or those trained on the `--trained-on` range of train; with no ranker if asked. */
function chosenModel(): ClaimModelFile | null {
  let model = claimModel();
  if (args.includes('--trained-on')) model = modelTrainedOn(args, seed);
  if (model === null || !args.includes('--no-ranker')) return model;
  return withoutPlaceRanker(model);
}
const model = chosenModel();

/** Scores every report of a split folder. */
function scoreSplit(dir: string): ReportScore[] {
  return readReports(dir)
    .filter((r) => inRange(r.name))
    .map((r) => scoreReport(r.name, r.gold, extractClaims(reportInput(r), model), r.text));
}

const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1) : '–').padStart(5);

function print(split: string, scores: readonly ReportScore[], s: SplitSummary): void {
  if (verbose) for (const r of scores) for (const n of r.notes) process.stdout.write(`${n}\n`);
  process.stdout.write(
    `\n== ${split}: ${s.reports} reports, ${s.gold} gold claims, ${s.found} extracted\n` +
      `  macro F1 ${pct(s.macroF1)}   (mean of per-report F1)\n` +
      `  micro F1 ${pct(s.f1)}   precision ${pct(s.precision)}   recall ${pct(s.recall)}\n` +
      `  on matched claims and reports, where the gold gives it:\n`,
  );
  for (const aspect of ASPECTS) {
    const [ok, n] = s.aspects[aspect];
    process.stdout.write(`    ${aspect.padEnd(11)} ${pct(ok / n)}  (${ok}/${n})\n`);
  }
}

for (const split of SPLITS) {
  if (only !== undefined && split !== only) continue;
  const dir = join(CORPUS_DIR, split);
  if (!existsSync(dir)) continue;
  const scores = scoreSplit(dir);
  print(split, scores, summariseScores(scores));
}
if (!verbose) process.stdout.write('\n(--verbose lists every miss)\n');
