// Runs one bench file and prints its reports as JSON on stdout, each with this process's peak
// RSS unless the bench measured its own (bench/run.ts starts one such process per file).
import { pathToFileURL } from 'node:url';
import type { Bench, BenchReport } from './bench-report.js';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: run-one FILE');
const bench = ((await import(pathToFileURL(file).href)) as { default: Bench }).default;
const result = await bench();
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const reports: BenchReport[] = (Array.isArray(result) ? result : [result]).map(
  (report: BenchReport) => ({ ...report, peakRssMb: report.peakRssMb ?? peakRssMb }),
);
process.stdout.write(`${JSON.stringify(reports)}\n`);
