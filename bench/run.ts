// Runs every bench/*.bench.ts (or those named on the command line) and prints their ratios.
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Bench, BenchReport } from './bench-report.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

const reports: BenchReport[] = [];
for (const file of files) {
  const bench = ((await import(pathToFileURL(join(dir, file)).href)) as { default: Bench }).default;
  process.stdout.write(`\n${file}\n`);
  const result = await bench();
  for (const report of Array.isArray(result) ? result : [result]) {
    reports.push(report);
    process.stdout.write(`  ${report.name}\n`);
    for (const f of report.figures)
      process.stdout.write(`    ${f.label}: ${f.value.toFixed(2)} ${f.unit}\n`);
    const { value, baseline, aim } = report.ratio;
    const verdict =
      aim === null ? 'no aim set' : `aim ≤ ${aim}×, ${value <= aim ? 'within aim' : 'OVER AIM'}`;
    process.stdout.write(`    ratio to ${baseline}: ${value.toFixed(2)}× (${verdict})\n`);
  }
}

process.stdout.write('\nsummary\n');
for (const r of reports) {
  process.stdout.write(`  ${r.name.padEnd(28)} ${r.ratio.value.toFixed(2)}× ${r.ratio.baseline}\n`);
}
