// Scores the extractor against the labelled corpus in test/corpus/: precision, recall and F1
// per event type and overall, then the accuracy of time, place, counts and attribution on the
// claims that matched. Run with `npm run eval:extract`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Temporal } from 'temporal-polyfill';
import { originOf } from '../src/core/evidence/claim.js';
import type { Modality } from '../src/core/evidence/claim.js';
import type { ExtractedClaim } from '../src/ingest/event-claims.js';
import { extractClaims } from '../src/ingest/extract.js';
import type { AgreementParties } from '../src/ingest/find-actors.js';
import { foldName } from '../src/core/text/fold-name.js';
import { lookupPlace } from '../src/ingest/gazetteer.js';
import { knownSourceNamed } from '../src/ingest/known-source-index.js';

/** One gold claim: found by its type and words of its sentence; the rest is scored if given. */
interface GoldClaim {
  readonly type: string;
  readonly anchor: string;
  readonly modality: Modality;
  /** Local dates [first, last] in the document's zone; null: the report gives no date for it. */
  readonly when?: readonly [string, string] | null;
  readonly where?: string | null;
  readonly counts?: readonly { unit: string; min: number; max: number | null }[];
  readonly origin?: string;
}

interface Gold {
  readonly format: 'text' | 'html';
  readonly published: string | null;
  readonly timeZone: string;
  readonly publisher: string | null;
  readonly agreement?: AgreementParties;
  readonly claims: readonly GoldClaim[];
}

const dir = fileURLToPath(new URL('../test/corpus/train/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

const byType = new Map<string, { tp: number; fp: number; fn: number }>();
const tally = (type: string) =>
  byType.get(type) ?? byType.set(type, { tp: 0, fp: 0, fn: 0 }).get(type)!;
type Aspect = 'time' | 'place' | 'counts' | 'attribution';
/** [correct, scored] per aspect. */
const accuracy: Record<Aspect, [number, number]> = {
  time: [0, 0],
  place: [0, 0],
  counts: [0, 0],
  attribution: [0, 0],
};
const misses: string[] = [];

for (const file of files) {
  const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
  const textFile = readdirSync(dir).find(
    (f) => f !== file && f.startsWith(file.replace(/\.json$/, '.')),
  );
  if (textFile === undefined) throw new Error(`${file}: no report beside it`);
  const { claims } = extractClaims({
    text: readFileSync(join(dir, textFile), 'utf8'),
    format: gold.format,
    published: gold.published,
    timeZone: gold.timeZone,
    publisher: gold.publisher,
    agreement: gold.agreement ?? null,
  });
  const unmatched = [...claims];
  for (const g of gold.claims) {
    const at = unmatched.findIndex(
      (c) =>
        c.type === g.type &&
        c.modality === g.modality &&
        c.text.toLowerCase().includes(g.anchor.toLowerCase()),
    );
    if (at < 0) {
      tally(g.type).fn += 1;
      misses.push(`${file}: missed ${g.type} [${g.modality}] “${g.anchor}”`);
      continue;
    }
    const [c] = unmatched.splice(at, 1) as [ExtractedClaim];
    tally(g.type).tp += 1;
    score('time', g.when, () => sameDays(c, g.when ?? null, gold.timeZone), file, g, c);
    score('place', g.where, () => samePlace(c, g.where ?? null), file, g, c);
    score(
      'counts',
      g.counts,
      () =>
        g.counts!.every((q) =>
          c.quantities.some((p) => p.unit === q.unit && p.min === q.min && p.max === q.max),
        ),
      file,
      g,
      c,
    );
    score('attribution', g.origin, () => sameSource(originOf(c).name, g.origin!), file, g, c);
  }
  for (const c of unmatched) {
    tally(c.type).fp += 1;
    misses.push(`${file}: extra ${c.type} [${c.modality}] “${c.text.slice(0, 70)}”`);
  }
}

function score(
  what: Aspect,
  given: unknown,
  ok: () => boolean,
  file: string,
  g: GoldClaim,
  c: ExtractedClaim,
): void {
  if (given === undefined) return;
  accuracy[what][1] += 1;
  if (ok()) accuracy[what][0] += 1;
  else misses.push(`${file}: wrong ${what} for ${g.type} “${g.anchor}”: ${describe(what, c)}`);
}

function describe(what: Aspect, c: ExtractedClaim): string {
  switch (what) {
    case 'time':
      return `${c.when.earliest ?? '…'} – ${c.when.latest ?? '…'} (${c.when.label})`;
    case 'place':
      return c.where?.name ?? 'none';
    case 'counts':
      return JSON.stringify(c.quantities.map((q) => [q.unit, q.min, q.max]));
    case 'attribution':
      return c.attribution.map((l) => l.name).join(' → ');
  }
}

function localDay(iso: string, zone: string): string {
  return Temporal.Instant.from(iso).toZonedDateTimeISO(zone).toPlainDate().toString();
}

function sameDays(
  c: ExtractedClaim,
  when: readonly [string, string] | null,
  zone: string,
): boolean {
  // No date given: right only when the claim is not dated either (not to the publication day).
  if (when === null) return c.when.earliest === null && c.when.latest === null;
  const [from, to] = when;
  if (c.when.earliest === null || c.when.latest === null) return false;
  return localDay(c.when.earliest, zone) === from && localDay(c.when.latest, zone) === to;
}

function samePlace(c: ExtractedClaim, where: string | null): boolean {
  if (where === null || c.where === null) return where === null && c.where === null;
  return foldName(c.where.name) === foldName(lookupPlace(where)?.name ?? where);
}

/** Names compared as one source: canonical names of known sources, articles dropped. */
function sameSource(a: string, b: string): boolean {
  const canonical = (s: string): string =>
    foldName(knownSourceNamed(s)?.name ?? s).replace(/^(the|a|an) /, '');
  return canonical(a) === canonical(b);
}

function pct(x: number): string {
  return Number.isFinite(x) ? (100 * x).toFixed(1).padStart(5) : '    –';
}

function prf({ tp, fp, fn }: { tp: number; fp: number; fn: number }): [number, number, number] {
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return [p, r, (2 * p * r) / (p + r)];
}

if (process.argv.includes('--verbose')) for (const m of misses) process.stdout.write(`${m}\n`);
process.stdout.write(
  `\n${files.length} reports, ${[...byType.values()].reduce((s, t) => s + t.tp + t.fn, 0)} gold claims\n\n`,
);
process.stdout.write(
  `${'type'.padEnd(22)} ${'gold'.padStart(4)} ${'found'.padStart(5)}     P      R     F1\n`,
);
const total = { tp: 0, fp: 0, fn: 0 };
for (const [type, t] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
  const [p, r, f] = prf(t);
  total.tp += t.tp;
  total.fp += t.fp;
  total.fn += t.fn;
  process.stdout.write(
    `${type.padEnd(22)} ${String(t.tp + t.fn).padStart(4)} ${String(t.tp + t.fp).padStart(5)} ${pct(p)}  ${pct(r)}  ${pct(f)}\n`,
  );
}
const [p, r, f] = prf(total);
process.stdout.write(
  `${'overall'.padEnd(22)} ${String(total.tp + total.fn).padStart(4)} ${String(total.tp + total.fp).padStart(5)} ${pct(p)}  ${pct(r)}  ${pct(f)}\n\n`,
);
process.stdout.write('on matched claims (where the gold gives it):\n');
for (const [what, [ok, n]] of Object.entries(accuracy) as [Aspect, [number, number]][]) {
  process.stdout.write(`  ${what.padEnd(12)} ${pct(ok / n)}%  (${ok}/${n})\n`);
}
if (!process.argv.includes('--verbose')) process.stdout.write('\n(--verbose lists every miss)\n');
