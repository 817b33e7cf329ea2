// How much a store's own reviews teach the extractor about a region the bundled corpus lacks:
// F1 on held-out reports of test/corpus/curve/ after 0, 10, 25 and 50 reviewed reports of it.
//
//   npm run eval:curve                 # measures, prints a table, redraws the plot
//   npm run eval:curve -- --plot-only  # redraws docs/images/learning-curve.svg from its .json
//
// A reviewed report is what an analyst leaves after going through its suggestions: each claim
// the rules found accepted with its gold readings or rejected. `truce model train` learns from
// exactly that, added to the bundled examples (src/app/train-store-model.ts), so the same
// `corpusExamples` and `trainFromExamples` stand in for it here. Every fourth curve report, in
// name order, is held out for scoring and never reviewed. Which reports are reviewed first
// changes the curve, so each size is trained in several fixed orders and the plot shows their
// mean and range. Nothing here is tuned: the held-out reports are scored once per model.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readClaimExamples } from '../src/ingest/claim-examples.js';
import type { ClaimExamplesFile } from '../src/ingest/claim-examples.js';
import { CLAIM_EXAMPLES_URL, claimModel } from '../src/ingest/claim-model.js';
import type { ClaimModelFile } from '../src/ingest/claim-model.js';
import { extractClaims } from '../src/ingest/extract.js';
import { learnTriggers, readCodings } from '../src/ingest/learned-triggers.js';
import type { ReadCodings } from '../src/ingest/learned-triggers.js';
import {
  findAnchor,
  matchClaims,
  scoreReport,
  summariseScores,
} from '../src/ingest/score-extraction.js';
import type { SplitSummary } from '../src/ingest/score-extraction.js';
import {
  corpusExamples,
  reportInput,
  trainFromExamples,
  withReviews,
} from '../src/ingest/train-claim-model.js';
import type { LabelledReport } from '../src/ingest/train-claim-model.js';
import { CORPUS_DIR, readReports } from './read-corpus.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DATA = `${ROOT}docs/images/learning-curve.json`;
const SVG = `${ROOT}docs/images/learning-curve.svg`;
const SIZES = [0, 10, 25, 50];
const ORDERS = 5;
const HELD_OUT_EVERY = 4;

/** Figures of the held-out reports under each order's model. */
interface Figures {
  readonly macroF1: readonly number[];
  readonly precision: readonly number[];
  readonly recall: readonly number[];
}

/**
 * One size of the curve: the held-out figures with the reviewed suggestions learned from, and
 * (`coded`) with the claims the analyst coded by hand in those reports learned from too.
 */
interface CurvePoint extends Figures {
  readonly reviewed: number;
  readonly coded?: Figures;
}

interface Curve {
  readonly region: string;
  readonly heldOut: number;
  readonly pool: number;
  /** The rules alone, without the classifier: where the curve would start without learning. */
  readonly rulesOnly: number;
  readonly points: readonly CurvePoint[];
}

/** A fixed order of the pool, one per seed: reports sorted by a hash of seed and name. */
function ordered(pool: readonly LabelledReport[], seed: number): LabelledReport[] {
  const key = (r: LabelledReport) => createHash('sha256').update(`${seed}:${r.name}`).digest('hex');
  return [...pool].sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

const figures = (runs: readonly SplitSummary[]): Figures => ({
  macroF1: runs.map((s) => s.macroF1),
  precision: runs.map((s) => s.precision),
  recall: runs.map((s) => s.recall),
});

/**
 * What an analyst reviewing a report would code by hand: each gold claim that no suggestion of
 * the rules covers, from the words of its anchor; and the words those claims teach.
 */
function wordsCodedIn(r: LabelledReport): ReadCodings {
  const read = extractClaims(reportInput(r), null);
  const lower = read.document.cleanText.toLowerCase();
  const matches = matchClaims(r.gold, read).map((m) => ({
    m,
    at: findAnchor(lower, m.gold.anchor.toLowerCase()),
  }));
  const codings = matches.flatMap(({ m, at }) =>
    m.claim === null && at !== null ? [{ span: at, type: m.gold.type }] : [],
  );
  const claims = matches.flatMap(({ at }) => (at === null ? [] : [at]));
  return readCodings({ text: r.text, format: r.gold.format }, codings, claims);
}

function score(reports: readonly LabelledReport[], model: ClaimModelFile | null) {
  return summariseScores(
    reports.map((r) => scoreReport(r.name, r.gold, extractClaims(reportInput(r), model))),
  );
}

async function measure(): Promise<Curve> {
  const reports = readReports(join(CORPUS_DIR, 'curve'));
  if (reports.length === 0) throw new Error('test/corpus/curve/ holds no reports');
  const heldOut = reports.filter((_, i) => i % HELD_OUT_EVERY === HELD_OUT_EVERY - 1);
  const pool = reports.filter((_, i) => i % HELD_OUT_EVERY !== HELD_OUT_EVERY - 1);
  const bundledFile = JSON.parse(await readFile(CLAIM_EXAMPLES_URL, 'utf8')) as ClaimExamplesFile;
  const bundled = readClaimExamples(bundledFile);
  const shipped = claimModel();
  const joint = shipped?.joint;
  const jointType = shipped?.jointType;
  const place = shipped?.place;
  // Each report's examples once: they depend on the rules, not on any weights.
  const examplesOf = new Map(pool.map((r) => [r.name, corpusExamples([r])]));
  const taughtOf = new Map(pool.map((r) => [r.name, wordsCodedIn(r)]));
  const sizes = SIZES.filter((n) => n <= pool.length);
  if (sizes.length < SIZES.length) {
    process.stderr.write(`only ${pool.length} reports to review: sizes above it are left out\n`);
  }
  const points: CurvePoint[] = sizes.map((n) => {
    const orders = n === 0 ? 1 : ORDERS;
    const runs = Array.from({ length: orders }, (_, seed) => {
      const first = ordered(pool, seed).slice(0, n);
      const reviewed = first.flatMap((r) => examplesOf.get(r.name) ?? []);
      // As `truce model train` does: reviews teach the four heads, the joint choice and the place ranker are shipped.
      const model = {
        ...trainFromExamples(withReviews(bundled, reviewed), `curve ${n}/${seed}`),
        ...(joint === undefined ? {} : { joint }),
        ...(jointType === undefined ? {} : { jointType }),
        ...(place === undefined ? {} : { place }),
      };
      const triggers = learnTriggers(
        first.flatMap((r) => {
          const t = taughtOf.get(r.name);
          return t === undefined ? [] : [t];
        }),
      );
      const reviews = { claims: 0, documents: 0, latest: null, remembered: [], triggers };
      return { plain: score(heldOut, model), coded: score(heldOut, { ...model, reviews }) };
    });
    process.stderr.write(
      `${n} reviewed reports: ${runs.map((s) => pct(s.plain.macroF1)).join(' ')}; ` +
        `with claims coded by hand: ${runs.map((s) => pct(s.coded.macroF1)).join(' ')}\n`,
    );
    return {
      reviewed: n,
      ...figures(runs.map((s) => s.plain)),
      coded: figures(runs.map((s) => s.coded)),
    };
  });
  const regions = [...new Set(reports.map((r) => r.gold.conflict))].sort();
  return {
    region: regions.join(', '),
    heldOut: heldOut.length,
    pool: pool.length,
    rulesOnly: score(heldOut, null).macroF1,
    points,
  };
}

const pct = (x: number): string => (100 * x).toFixed(1);
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

function table(curve: Curve): string {
  const cells = (f: Figures) =>
    `${pct(mean(f.macroF1)).padStart(8)} | ${pct(Math.min(...f.macroF1))}–${pct(Math.max(...f.macroF1))} | ` +
    `${pct(mean(f.precision))} | ${pct(mean(f.recall))} |`;
  const rows = curve.points.map(
    (p) =>
      `| ${String(p.reviewed).padStart(8)} | ${cells(p)}` +
      (p.coded === undefined ? '' : ` ${cells(p.coded)}`),
  );
  return [
    `${curve.region}: ${curve.heldOut} reports held out, ${curve.pool} to review; ` +
      `rules alone ${pct(curve.rulesOnly)}; then the same with the claims coded by hand learned from`,
    '| reviewed | macro F1 | range     | precision | recall | macro F1 | range     | precision | recall |',
    '| -------- | -------- | --------- | --------- | ------ | -------- | --------- | --------- | ------ |',
    ...rows,
  ].join('\n');
}

/** The mean with claims coded by hand learned from too, where the curve measured it. */
function codedLine(
  curve: Curve,
  at: (x: number, y: number) => string,
  px: (x: number) => number,
  py: (y: number) => number,
): string[] {
  const points = curve.points.flatMap((p) =>
    p.coded === undefined ? [] : [{ x: p.reviewed, y: mean(p.coded.macroF1) }],
  );
  if (points.length === 0) return [];
  return [
    `<polyline points="${points.map((p) => at(p.x, p.y)).join(' ')}" fill="none" stroke="#2ca02c" stroke-width="2"/>`,
    ...points.map((p) => `<circle cx="${px(p.x)}" cy="${py(p.y)}" r="3.5" fill="#2ca02c"/>`),
  ];
}

/** Reviewed reports across, held-out macro F1 up: the mean, the range of orders, rules alone. */
function chart(curve: Curve): string {
  const [width, height, left, bottom, top, right] = [640, 360, 60, 50, 20, 170];
  const xMax = Math.max(...curve.points.map((p) => p.reviewed), 1);
  const all = [
    curve.rulesOnly,
    ...curve.points.flatMap((p) => [...p.macroF1, ...(p.coded?.macroF1 ?? [])]),
  ];
  const y0 = Math.floor(Math.min(...all) * 20) / 20;
  const y1 = Math.min(1, Math.ceil(Math.max(...all) * 20) / 20);
  const px = (x: number) => left + (x / xMax) * (width - left - right);
  const py = (y: number) => height - bottom - ((y - y0) / (y1 - y0 || 1)) * (height - top - bottom);
  const at = (x: number, y: number) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<title>Learning curve: macro F1 on held-out reports of ${curve.region} against reviewed reports</title>`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
  ];
  const step = y1 - y0 > 0.2 ? 0.05 : 0.01;
  for (let y = y0; y <= y1 + 1e-9; y += step) {
    out.push(
      `<line x1="${left}" y1="${py(y)}" x2="${width - right}" y2="${py(y)}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${py(y) + 4}" text-anchor="end">${Math.round(y * 100)}</text>`,
    );
  }
  for (const p of curve.points) {
    out.push(
      `<text x="${px(p.reviewed)}" y="${height - bottom + 18}" text-anchor="middle">${p.reviewed}</text>`,
    );
  }
  const band = [
    ...curve.points.map((p) => at(p.reviewed, Math.max(...p.macroF1))),
    ...[...curve.points].reverse().map((p) => at(p.reviewed, Math.min(...p.macroF1))),
  ].join(' ');
  const line = curve.points.map((p) => at(p.reviewed, mean(p.macroF1))).join(' ');
  out.push(
    `<polygon points="${band}" fill="#1f77b4" opacity="0.15"/>`,
    `<polyline points="${line}" fill="none" stroke="#1f77b4" stroke-width="2"/>`,
    ...curve.points.map(
      (p) => `<circle cx="${px(p.reviewed)}" cy="${py(mean(p.macroF1))}" r="3.5" fill="#1f77b4"/>`,
    ),
    ...codedLine(curve, at, px, py),
    `<line x1="${left}" y1="${py(curve.rulesOnly)}" x2="${width - right}" y2="${py(curve.rulesOnly)}" stroke="#d62728" stroke-dasharray="4 4"/>`,
    `<text x="${(left + width - right) / 2}" y="${height - 10}" text-anchor="middle">reports of the new region reviewed</text>`,
    `<text transform="translate(16 ${(top + height - bottom) / 2}) rotate(-90)" text-anchor="middle">macro F1 on held-out reports (%)</text>`,
    `<line x1="${width - right + 12}" y1="${top + 12}" x2="${width - right + 32}" y2="${top + 12}" stroke="#1f77b4" stroke-width="2"/>`,
    `<text x="${width - right + 38}" y="${top + 16}">mean of ${ORDERS} orders</text>`,
    `<rect x="${width - right + 12}" y="${top + 28}" width="20" height="10" fill="#1f77b4" opacity="0.15"/>`,
    `<text x="${width - right + 38}" y="${top + 37}">their range</text>`,
    `<line x1="${width - right + 12}" y1="${top + 54}" x2="${width - right + 32}" y2="${top + 54}" stroke="#d62728" stroke-dasharray="4 4"/>`,
    `<text x="${width - right + 38}" y="${top + 58}">rules alone</text>`,
    ...(curve.points.some((p) => p.coded !== undefined)
      ? [
          `<line x1="${width - right + 12}" y1="${top + 76}" x2="${width - right + 32}" y2="${top + 76}" stroke="#2ca02c" stroke-width="2"/>`,
          `<text x="${width - right + 38}" y="${top + 80}">with claims</text>`,
          `<text x="${width - right + 38}" y="${top + 94}">coded by hand</text>`,
        ]
      : []),
    '</svg>',
  );
  return `${out.join('\n')}\n`;
}

const plotOnly = process.argv.includes('--plot-only');
const curve = plotOnly ? (JSON.parse(await readFile(DATA, 'utf8')) as Curve) : await measure();
if (!plotOnly) await writeFile(DATA, `${JSON.stringify(curve, null, 2)}\n`);
await writeFile(SVG, chart(curve));
process.stdout.write(`${table(curve)}\nwrote ${SVG}\n`);
