// Scores the extractor against the labelled corpus in test/corpus/, one split at a time (train,
// dev, test: each folder there is). Gold and extracted claims are paired by where they are (the
// gold anchor inside the claim's sentence), not by type; the type is then scored like the rest.
// Run with `npm run eval:extract [-- --split dev] [-- --verbose]`; see docs/ingest.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../src/ingest/extract.js';
import {
  ASPECTS,
  GoldReport,
  scoreReport,
  summariseScores,
} from '../src/ingest/score-extraction.js';
import type { ReportScore, SplitSummary } from '../src/ingest/score-extraction.js';

const SPLITS = ['train', 'dev', 'test'] as const;
const corpus = fileURLToPath(new URL('../test/corpus/', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
if (only !== undefined && !(SPLITS as readonly string[]).includes(only)) {
  process.stderr.write(`--split takes one of ${SPLITS.join(', ')}\n`);
  process.exit(2);
}

/** Scores every report of a split folder: each gold JSON beside its .txt or .html. */
function scoreSplit(dir: string): ReportScore[] {
  const files = readdirSync(dir).sort();
  return files
    .filter((f) => f.endsWith('.json'))
    .map((file) => {
      const stem = file.replace(/\.json$/, '');
      const gold = GoldReport.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      const report = files.find((f) => f === `${stem}.txt` || f === `${stem}.html`);
      if (report === undefined)
        throw new Error(`${file}: no ${stem}.txt or ${stem}.html beside it`);
      const result = extractClaims({
        text: readFileSync(join(dir, report), 'utf8'),
        format: gold.format,
        published: gold.published,
        timeZone: gold.timeZone,
        publisher: gold.publisher,
        agreement: gold.agreement ?? null,
      });
      return scoreReport(stem, gold, result);
    });
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
  const dir = join(corpus, split);
  if (!existsSync(dir)) continue;
  const scores = scoreSplit(dir);
  print(split, scores, summariseScores(scores));
}
if (!verbose) process.stdout.write('\n(--verbose lists every miss)\n');
