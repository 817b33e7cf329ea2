// Runs every bench/*.bench.ts (or those named on the command line), each in a process of its
// own so that the peak RSS it reports is its own, and prints one table of ratios to floors
// (`--json`: the reports as JSON instead).
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchReport } from './bench-report.js';
import { benchTable } from './bench-table.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const wanted = args.filter((arg) => !arg.startsWith('--'));
const files = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

const reports: BenchReport[] = [];
for (const file of files) {
  process.stderr.write(`${file}…\n`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(dir, 'run-one.ts'), join(dir, file)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
  );
  if (result.status !== 0) {
    process.stderr.write(`${file} failed (exit ${result.status ?? result.signal})\n`);
    process.exitCode = 1;
    continue;
  }
  const lines = result.stdout.trim().split('\n');
  const own = JSON.parse(lines.at(-1) ?? '[]') as BenchReport[];
  reports.push(...own);
  if (!json) {
    for (const report of own) {
      process.stderr.write(`  ${report.name}\n`);
      for (const f of report.figures)
        process.stderr.write(`    ${f.label}: ${f.value.toFixed(2)} ${f.unit}\n`);
    }
  }
}

process.stdout.write(json ? `${JSON.stringify(reports, null, 2)}\n` : benchTable(reports));
