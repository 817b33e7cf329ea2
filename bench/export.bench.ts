// Exports stream: the peak memory of exporting every claim of a SQLite store at two sizes,
// 20,000 claims and then, the same store grown, 200,000 claims, each in a fresh process (its
// maximum resident set size). Bounded memory keeps the ratio near 1; an export that held its
// claims would grow tenfold with them.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initWorkspace, openWorkspace } from '../src/app/workspace.js';
import { Claim } from '../src/core/evidence/claim.js';
import type { Document } from '../src/core/evidence/document.js';
import { newId } from '../src/core/ids.js';
import type { LedgerChange } from '../src/core/ledger/ledger-entry.js';
import type { Bench } from './bench-report.js';

/** The two sizes: the store is filled to the first, measured, filled to the second, measured. */
const SIZES = [20_000, 200_000] as const;
const FORMATS = ['csv', 'acled', 'geojson', 'bundle'] as const;
const PER_DOCUMENT = 1_000;
const BATCH = 10_000;
const T0 = Date.parse('2023-11-24T05:00:00Z');
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const document = (i: number): Document => ({
  id: newId('doc'),
  kind: 'article',
  format: 'text',
  title: `Report ${i}`,
  publisher: 'Bench Wire',
  published: null,
  url: null,
  contentHash: i.toString(16).padStart(64, '0'),
  rawText: `Report ${i}. ${'Words of the report. '.repeat(200)}`,
  cleanText: null,
  removed: [],
  recordedAt: iso(T0),
});

function claim(doc: Document, i: number): Claim {
  const at = iso(T0 + (i % 240) * HOUR);
  const knownAt = iso(T0 + (i % 240) * HOUR);
  return Claim.parse({
    id: newId('clm'),
    document: doc.id,
    content: {
      type: i % 3 === 0 ? 'airstrike' : 'release',
      when: { earliest: at, latest: at, label: '', precision: 'exact' },
      where: { name: 'Khan Younis', lat: 31.34, lon: 34.3, precision: 'city' },
      actors: [{ name: 'Hamas', role: 'agent', party: 'hamas' }],
      quantities: [{ unit: 'people', min: 13, max: 13, qualifier: 'exact' }],
      attribution: [{ name: 'Bench Wire', kind: 'outlet' }],
      text: `Claim ${i}: thirteen were released, a source said.`,
    },
    provenance: { kind: 'rule', rule: 'bench' },
    status: 'accepted',
    revision: 1,
    recordedAt: iso(T0),
    knownAt,
    updatedAt: iso(T0),
  });
}

/** Peak RSS (MB) of `truce export …` in its own process, writing to /dev/null. */
function peakRss(data: string, args: readonly string[]): Promise<number> {
  const script = `
    const { runCli } = await import(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))});
    const code = await runCli(['node', 'truce', '--data', ${JSON.stringify(data)}, 'export', ...${JSON.stringify(args)}, '--out', '/dev/null']);
    if (code !== 0) process.exit(code);
    process.stdout.write(String(process.resourceUsage().maxRSS / 1024));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Number(out)) : reject(new Error(`export exited ${code}`)),
    );
  });
}

const bench: Bench = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'truce-export-bench-'));
  const data = join(dir, 'data');
  try {
    const peaks = new Map<string, number[]>(FORMATS.map((f) => [f, []]));
    let filled = 0;
    let doc = document(0);
    for (const size of SIZES) {
      const store = await (filled === 0 ? initWorkspace : openWorkspace)({ data });
      let changes: LedgerChange[] = [];
      for (; filled < size; filled++) {
        if (filled % PER_DOCUMENT === 0) {
          doc = document(filled / PER_DOCUMENT);
          changes.push({ type: 'document.added', document: doc });
        }
        changes.push({ type: 'claim.added', claim: claim(doc, filled) });
        if (changes.length >= BATCH) {
          await store.append(changes, 'bench');
          changes = [];
        }
      }
      if (changes.length > 0) await store.append(changes, 'bench');
      await store.close();
      for (const format of FORMATS) {
        const rows = format === 'acled' ? ['--rows', 'claim'] : [];
        peaks.get(format)!.push(await peakRss(data, ['--format', format, ...rows]));
      }
    }
    const figures = [];
    let worst = 0;
    for (const format of FORMATS) {
      const [small, large] = peaks.get(format)!;
      figures.push({ label: `${format}: peak RSS, ${SIZES[0]} claims`, value: small!, unit: 'MB' });
      figures.push({ label: `${format}: peak RSS, ${SIZES[1]} claims`, value: large!, unit: 'MB' });
      worst = Math.max(worst, large! / small!);
    }
    return {
      name: 'export (peak memory)',
      figures,
      ratio: { value: worst, baseline: `peak RSS at ${SIZES[0]} claims`, aim: 1.5 },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

export default bench;
