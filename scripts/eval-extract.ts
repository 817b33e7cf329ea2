// Scores the extractor against the labelled corpus in test/corpus/, one split at a time (train,
// dev, test: each folder there is). Gold and extracted claims are paired by where they are (the
// gold anchor inside the claim's sentence), not by type; the type is then scored like the rest.
// Run with `npm run eval:extract [-- --split dev] [-- --verbose] [-- --reports 179-202]`; see
// docs/ingest.md. `--reports` keeps the reports whose number is in the range: the newest train
// reports, written after the rules, show whether a change carries to phrasing nobody tuned on.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../src/ingest/extract.js';
import { ASPECTS, scoreReport, summariseScores } from '../src/ingest/score-extraction.js';
import { reportInput } from '../src/ingest/train-claim-model.js';
import type { ReportScore, SplitSummary } from '../src/ingest/score-extraction.js';
import { CORPUS_DIR, readReports, SPLITS } from './read-corpus.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
if (only !== undefined && !(SPLITS as readonly string[]).includes(only)) {
  process.stderr.write(`--split takes one of ${SPLITS.join(', ')}\n`);
  process.exit(2);
}
const range = args.includes('--reports') ? args[args.indexOf('--reports') + 1] : undefined;
const bounds = range === undefined ? null : /^(\d+)-(\d+)$/.exec(range);
if (range !== undefined && bounds === null) {
  process.stderr.write('--reports takes a range of report numbers, such as --reports 179-202\n');
  process.exit(2);
}
/** Whether a report is in the range asked for, by the number its name starts with (d001 is 1). */
const inRange = (name: string): boolean => {
  if (bounds === null) return true;
  const n = Number(/^[a-z]?(\d+)/.exec(name)?.[1] ?? NaN);
  return n >= Number(bounds[1]) && n <= Number(bounds[2]);
};

/** Scores every report of a split folder. */
function scoreSplit(dir: string): ReportScore[] {
  return readReports(dir)
    .filter((r) => inRange(r.name))
    .map((r) => scoreReport(r.name, r.gold, extractClaims(reportInput(r)), r.text));
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
