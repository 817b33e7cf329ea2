import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GoldReport } from '../src/ingest/score-extraction.js';
import type { LabelledReport } from '../src/ingest/train-claim-model.js';

export const SPLITS = ['train', 'dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

export const CORPUS_DIR = fileURLToPath(new URL('../test/corpus/', import.meta.url));

/** The small fixed corpus the retraining test rebuilds: `npm run train -- --fixture`. */
export const FIXTURE_REPORTS = [
  '01-gaza-first-release-wire',
  '04-gaza-accusation-denial',
  '12-sudan-violations',
  '21-grain-suspended',
];
export const FIXTURE_URL = new URL(
  '../test/ingest/fixtures/claim-model-small.json',
  import.meta.url,
);

/**
 * The `--reports 179-202` option of the scoring and miss-listing scripts (or another `flag` that
 * takes a range, such as eval:extract's `--trained-on`), as a test of a report's
 * name (the digits it starts with, after dev's `d`): every report when the option is absent. A
 * malformed range ends the process, since no script can do what was asked without it.
 */
export function reportRangeOf(
  args: readonly string[],
  flag = '--reports',
): (name: string) => boolean {
  const range = args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined;
  if (range === undefined) return () => true;
  const bounds = /^(\d+)-(\d+)$/.exec(range);
  if (bounds === null) {
    process.stderr.write(`${flag} takes a range of report numbers, such as ${flag} 179-202\n`);
    process.exit(2);
  }
  const [low, high] = [Number(bounds[1]), Number(bounds[2])];
  return (name) => {
    const n = Number(/^[a-z]?(\d+)/.exec(name)?.[1] ?? NaN);
    return n >= low && n <= high;
  };
}

/** The reports of a corpus folder, each gold JSON with the .txt or .html beside it, by name. */
export function readReports(dir: string): LabelledReport[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).sort();
  return files
    .filter((f) => f.endsWith('.json'))
    .map((file) => {
      const name = file.replace(/\.json$/, '');
      const gold = GoldReport.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      const report = files.find((f) => f === `${name}.txt` || f === `${name}.html`);
      if (report === undefined)
        throw new Error(`${file}: no ${name}.txt or ${name}.html beside it`);
      return { name, gold, text: readFileSync(join(dir, report), 'utf8') };
    });
}
