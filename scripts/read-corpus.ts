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
 * The test of `--reports A-B` from a script's arguments: whether a report's number (the digits
 * its name starts with) is in the range, or every report when the flag is absent. The newest
 * train reports, written after the rules, show whether a change carries to phrasing nobody tuned
 * on; a malformed range is an error a user can act on.
 */
export function reportRange(args: readonly string[]): (name: string) => boolean {
  if (!args.includes('--reports')) return () => true;
  const bounds = /^(\d+)-(\d+)$/.exec(args[args.indexOf('--reports') + 1] ?? '');
  if (bounds === null) {
    process.stderr.write('--reports takes a range of report numbers, such as --reports 179-202\n');
    process.exit(2);
  }
  const [low, high] = [Number(bounds[1]), Number(bounds[2])];
  return (name) => {
    const n = Number(/^\d+/.exec(name)?.[0] ?? NaN);
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
