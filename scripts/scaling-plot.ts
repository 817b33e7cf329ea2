// Measures how `claim import`, `rebuild` and one evaluation grow with the number of claims
// (entries) and draws it log-log as docs/images/scaling.svg, with the measured points in
// docs/images/scaling.json.
//
//   npx tsx scripts/scaling-plot.ts                     # 10k, 30k and 100k, every series
//   npx tsx scripts/scaling-plot.ts --sizes 10000,1000000
//   npx tsx scripts/scaling-plot.ts --series engine --sizes 10000,100000,1000000
//   npx tsx scripts/scaling-plot.ts --plot-only         # redraw from scaling.json
//
// Each point is one bench process (bench/run-one.ts): import is SQLite, wall time of the
// streamed import; rebuild is its CPU time; the engine is the median wall time of the grid's
// path (verdicts, no cell explained). `--series` measures only the series named (import, rebuild, engine) and keeps
// the others' points from scaling.json. A straight line of slope 1 is linear growth; the
// script prints each segment's slope, so growth faster than linear shows as a slope above 1.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BenchReport } from '../bench/bench-report.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DATA = `${ROOT}docs/images/scaling.json`;
const SVG = `${ROOT}docs/images/scaling.svg`;

interface Series {
  readonly name: string;
  readonly points: readonly (readonly [claims: number, ms: number])[];
}

function figure(report: BenchReport | undefined, label: string): number {
  const found = report?.figures.find((f) => f.label === label);
  if (found === undefined) throw new Error(`no figure "${label}" in ${report?.name ?? 'reports'}`);
  return found.value;
}

function runBench(file: string, env: NodeJS.ProcessEnv): BenchReport[] {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', `${ROOT}bench/run-one.ts`, `${ROOT}bench/${file}`],
    { encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`${file} failed`);
  const reports = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '[]') as BenchReport[];
  for (const r of reports) {
    const rss = r.peakRssMb === undefined ? '' : `, peak RSS ${Math.round(r.peakRssMb)} MB`;
    process.stderr.write(`  ${r.name}: ${r.ratio.value.toFixed(2)}× ${r.ratio.baseline}${rss}\n`);
  }
  return reports;
}

const SERIES = {
  import: 'claim import (SQLite, wall)',
  rebuild: 'rebuild (CPU)',
  engine: 'verdicts for the grid (engine, wall)',
} as const;
type SeriesKey = keyof typeof SERIES;

function measure(sizes: readonly number[], keys: readonly SeriesKey[]): Series[] {
  const points = new Map<SeriesKey, [number, number][]>(keys.map((k) => [k, []]));
  for (const size of sizes) {
    process.stderr.write(`${size} claims…\n`);
    if (keys.includes('import')) {
      const [sqlite] = runBench('import.bench.ts', {
        TRUCE_BENCH_IMPORT_CLAIMS: String(size),
        TRUCE_BENCH_IMPORT_BACKENDS: 'sqlite',
      });
      points.get('import')?.push([size, figure(sqlite, 'claim import, wall')]);
    }
    if (keys.includes('rebuild')) {
      const [rebuild] = runBench('replay.bench.ts', { TRUCE_BENCH_REPLAY_ENTRIES: String(size) });
      points.get('rebuild')?.push([size, figure(rebuild, 'rebuild, CPU')]);
    }
    if (keys.includes('engine')) {
      const [engine] = runBench('engine.bench.ts', { TRUCE_BENCH_ENGINE_CLAIMS: String(size) });
      points.get('engine')?.push([size, figure(engine, 'grid (verdicts, no cell explained)')]);
    }
  }
  return keys.map((k) => ({ name: SERIES[k], points: points.get(k) ?? [] }));
}

/** The series measured now, in place of those of the same name kept from before. */
function merged(kept: readonly Series[], measured: readonly Series[]): Series[] {
  const fresh = new Map(measured.map((s) => [s.name, s]));
  const names = [...kept.map((s) => s.name), ...measured.map((s) => s.name)];
  return [...new Set(names)].map(
    (name) => fresh.get(name) ?? (kept.find((s) => s.name === name) as Series),
  );
}

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c'];

/** A log-log chart: claims across, milliseconds up, a dashed slope-1 line for reference. */
function chart(series: readonly Series[]): string {
  const [width, height, left, bottom, top, right] = [640, 400, 70, 50, 20, 190];
  const all = series.flatMap((s) => s.points);
  const lx = all.map(([x]) => Math.log10(x));
  const ly = all.map(([, y]) => Math.log10(y));
  const [x0, x1] = [Math.floor(Math.min(...lx)), Math.ceil(Math.max(...lx))];
  const [y0, y1] = [Math.floor(Math.min(...ly)), Math.ceil(Math.max(...ly))];
  const px = (x: number) => left + ((Math.log10(x) - x0) / (x1 - x0 || 1)) * (width - left - right);
  const py = (y: number) =>
    height - bottom - ((Math.log10(y) - y0) / (y1 - y0 || 1)) * (height - top - bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
  ];
  for (let e = x0; e <= x1; e += 1) {
    const x = px(10 ** e);
    out.push(
      `<line x1="${x}" y1="${top}" x2="${x}" y2="${height - bottom}" stroke="#ddd"/>`,
      `<text x="${x}" y="${height - bottom + 18}" text-anchor="middle">${(10 ** e).toLocaleString('en')}</text>`,
    );
  }
  for (let e = y0; e <= y1; e += 1) {
    const y = py(10 ** e);
    out.push(
      `<line x1="${left}" y1="${y}" x2="${width - right}" y2="${y}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${y + 4}" text-anchor="end">${seconds(10 ** e)}</text>`,
    );
  }
  out.push(
    `<text x="${(left + width - right) / 2}" y="${height - 10}" text-anchor="middle">claims (ledger entries)</text>`,
    `<text transform="translate(16 ${(top + height - bottom) / 2}) rotate(-90)" text-anchor="middle">time</text>`,
  );
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const path = s.points.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ');
    out.push(`<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const [x, y] of s.points) {
      out.push(
        `<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3.5" fill="${colour}"/>`,
      );
    }
    const first = s.points[0];
    if (first !== undefined) {
      // Linear growth from the first point, for comparison.
      const [fx, fy] = first;
      const end = 10 ** x1;
      out.push(
        `<line x1="${px(fx)}" y1="${py(fy)}" x2="${px(end)}" y2="${py((fy * end) / fx)}" stroke="${colour}" stroke-dasharray="4 4" opacity="0.5"/>`,
      );
    }
    const ly0 = top + 16 + i * 20;
    out.push(
      `<line x1="${width - right + 12}" y1="${ly0 - 4}" x2="${width - right + 32}" y2="${ly0 - 4}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${width - right + 38}" y="${ly0}">${s.name}</text>`,
    );
  });
  out.push(
    `<text x="${width - right + 12}" y="${top + 16 + series.length * 20}" fill="#555">dashed: linear</text>`,
    '</svg>',
  );
  return `${out.join('\n')}\n`;
}

const seconds = (ms: number) => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`);

/** Each segment's slope in log-log: 1 is linear, 2 quadratic. */
function slopes(series: readonly Series[]): string {
  return series
    .map((s) => {
      const parts = s.points.slice(1).map(([x, y], i) => {
        const [px, py] = s.points[i]!;
        const slope = Math.log(y / py) / Math.log(x / px);
        return `${px.toLocaleString('en')}→${x.toLocaleString('en')}: ${slope.toFixed(2)}`;
      });
      return `${s.name}: ${parts.join(', ')}`;
    })
    .join('\n');
}

const args = process.argv.slice(2);
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes =
  args.includes('--sizes') && sizesArg !== undefined
    ? sizesArg.split(',').map(Number)
    : [10_000, 30_000, 100_000];
const seriesArg = args[args.indexOf('--series') + 1];
const keys = (
  args.includes('--series') && seriesArg !== undefined ? seriesArg.split(',') : Object.keys(SERIES)
) as SeriesKey[];
const unknown = keys.filter((k) => !(k in SERIES));
if (unknown.length > 0) throw new Error(`--series takes ${Object.keys(SERIES).join(', ')}`);
const kept = JSON.parse(await readFile(DATA, 'utf8')) as Series[];
const series = args.includes('--plot-only') ? kept : merged(kept, measure(sizes, keys));
if (!args.includes('--plot-only')) await writeFile(DATA, `${JSON.stringify(series, null, 2)}\n`);
await writeFile(SVG, chart(series));
process.stdout.write(`${slopes(series)}\nwrote ${SVG}\n`);
