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
if (files.length === 0) {
  // Said, not a table with no rows: a name that matches no bench is a typing slip.
  const known = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts'));
  process.stderr.write(
    `no bench starts with ${wanted.join(' or ')}; the benches are ${known.map((f) => f.replace('.bench.ts', '')).join(', ')}\n`,
  );
  process.exit(2);
}

const reports: BenchReport[] = [];
const failed: { file: string; why: string }[] = [];

/** The reports a bench printed as its last line, or undefined if that line is not them. */
function reportsOf(stdout: string): BenchReport[] | undefined {
  try {
    const reports = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as unknown;
    return Array.isArray(reports) ? (reports as BenchReport[]) : undefined;
  } catch {
    return undefined;
  }
}
for (const file of files) {
  process.stderr.write(`${file}…\n`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(dir, 'run-one.ts'), join(dir, file)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
  );
  const own = result.status === 0 ? reportsOf(result.stdout) : undefined;
  if (own === undefined) {
    // A bench that dies (a signal, a crash, an unsettled wait) still gets its row in the table,
    // so the run never ends with nothing to show for it.
    const why = result.error?.message ?? `exit ${result.status ?? result.signal}`;
    process.stderr.write(`${file} failed (${why})\n`);
    failed.push({ file, why });
    process.exitCode = 1;
    continue;
  }
  reports.push(...own);
  if (!json) {
    for (const report of own) {
      process.stderr.write(`  ${report.name}\n`);
      for (const f of report.figures)
        process.stderr.write(`    ${f.label}: ${f.value.toFixed(2)} ${f.unit}\n`);
    }
  }
}

process.stdout.write(json ? `${JSON.stringify(reports, null, 2)}\n` : benchTable(reports, failed));
