// One step of the replay bench in a process of its own, so its peak RSS is its own:
// `fill N DIR` writes a ledger of N entries straight into a new SQLite store (no projections),
// `bare DIR` reads and hashes it, `checked DIR` does that and checks each entry against the
// ledger's schema, `rebuild DIR` and `verify DIR` run the store's own, and
// `raw DIR` inserts the rows rebuild wrote into an empty store (its time alone is reported).
// Prints {"ms", "cpuMs", "peakRssMb"} on stdout.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ClaimContent } from '../src/core/evidence/claim.js';
import type { Document } from '../src/core/evidence/document.js';
import type { DocumentId } from '../src/core/ids.js';
import { canonicalJson } from '../src/core/ledger/canonical-json.js';
import { GENESIS_HASH, LedgerEntry, type LedgerChange } from '../src/core/ledger/ledger-entry.js';
import { safeParser } from '../src/core/schema/quick-parse.js';
import { EVENT_TYPES } from '../src/core/vocabulary/event-types.js';
import { entryHash } from '../src/store/ledger-hash.js';
import { initStore, openStore } from '../src/store/open-store.js';
import { DATABASE_FILE } from '../src/store/sqlite/sqlite-data-dir.js';
import { PROJECTION_TABLES, type LedgerTable } from '../src/store/store-schema.js';
import { syntheticClaim } from './synthetic-claim.js';

const CLAIMS_PER_DOCUMENT = 500;
const ROWS_PER_COMMIT = 10_000;
const T0 = Date.parse('2023-11-24T05:00:00Z');
const RECORDED = new Date(T0).toISOString();

function documentOf(n: number): Document {
  const key = `bench document ${n}`;
  return {
    id: `doc_${n.toString(36).padStart(6, '0')}` as DocumentId,
    kind: 'article',
    format: 'text',
    title: key,
    publisher: 'Bench Wire',
    published: null,
    url: null,
    contentHash: canonicalJson(n).padStart(64, '0'),
    rawText: key,
    cleanText: null,
    removed: [],
    recordedAt: RECORDED,
  };
}

function contentOf(i: number): ClaimContent {
  const at = new Date(T0 + (i % 240) * 3_600_000).toISOString();
  return {
    type: EVENT_TYPES[i % EVENT_TYPES.length]!,
    when: { earliest: at, latest: at, label: 'on Friday', precision: 'day' },
    where: null,
    actors: [{ name: 'Hamas', role: 'agent', party: 'hamas' as never }],
    quantities: [{ unit: 'people', min: 13, max: 13, qualifier: 'exact' }],
    categories: ['women', 'children'],
    modality: 'asserted',
    attribution: [{ name: 'Bench Wire', kind: 'outlet', source: null }],
    span: null,
    text: '',
  };
}

/** The ledger's changes: a document, then its claims, and so on. */
function* changes(count: number): Generator<LedgerChange> {
  let document = documentOf(0);
  for (let i = 0, n = 0; n < count; i += 1) {
    if (i % CLAIMS_PER_DOCUMENT === 0) {
      document = documentOf(i / CLAIMS_PER_DOCUMENT);
      yield { type: 'document.added', document };
      n += 1;
      if (n === count) return;
    }
    const claim = { ...syntheticClaim(i, contentOf(i), 'suggested', RECORDED) };
    yield { type: 'claim.added', claim: { ...claim, document: document.id } };
    n += 1;
  }
}

async function fill(dataDir: string, count: number): Promise<void> {
  await (await initStore({ kind: 'sqlite', dataDir })).close();
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  const insert = db.prepare(
    'insert into ledger (seq, recorded_at, author, change, prev_hash, hash) values (?, ?, ?, ?, ?, ?)',
  );
  let seq = 0;
  let hash = GENESIS_HASH;
  let pending: LedgerChange[] = [];
  const commit = db.transaction((batch: readonly LedgerChange[]) => {
    for (const change of batch) {
      seq += 1;
      const text = canonicalJson(change);
      const next = entryHash(hash, { seq, recordedAt: RECORDED, author: 'bench' }, text);
      insert.run(seq, RECORDED, 'bench', text, hash, next);
      hash = next;
    }
  });
  for (const change of changes(count)) {
    pending.push(change);
    if (pending.length === ROWS_PER_COMMIT) {
      commit(pending);
      pending = [];
    }
  }
  commit(pending);
  db.prepare("insert or replace into meta (key, value) values ('ledger_head', ?)").run(
    `${seq}:${hash}`,
  );
  db.close();
}

const checkEntry = safeParser(LedgerEntry);

/**
 * The floor: read every entry, recompute its hash over the stored text, parse its change;
 * `checked` also checks the entry against the ledger's schema, as any replay must (0037), the
 * way replay does: the schema's quick parse, zod where it declines (0221).
 */
function bareReplay(dataDir: string, checked = false): void {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  let hash = GENESIS_HASH;
  const rows = db.prepare('select * from ledger order by seq').iterate() as Iterable<LedgerTable>;
  for (const row of rows) {
    const part = { seq: row.seq, recordedAt: row.recorded_at, author: row.author };
    if (row.prev_hash !== hash || entryHash(hash, part, row.change) !== row.hash) {
      throw new Error(`entry ${row.seq} does not follow`);
    }
    const change: unknown = JSON.parse(row.change);
    if (checked) {
      const entry = { ...part, change, prevHash: row.prev_hash, hash: row.hash };
      if (!checkEntry(entry).success) throw new Error(`entry ${row.seq} does not fit`);
    }
    hash = row.hash;
  }
  db.close();
}

/**
 * The other half of rebuild's floor: insert the projection rows rebuild wrote, as they are,
 * into an empty store with prepared statements in one transaction. Returns that part's CPU.
 */
async function rawInserts(dataDir: string): Promise<{ ms: number; cpuMs: number }> {
  const from = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  const written = PROJECTION_TABLES.map(
    (table) => [table, from.prepare(`select * from ${table}`).all()] as const,
  );
  from.close();
  const rawDir = `${dataDir}-raw`;
  await (await initStore({ kind: 'sqlite', dataDir: rawDir })).close();
  const db = new Database(join(rawDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const cpu = process.cpuUsage();
  const start = performance.now();
  db.transaction(() => {
    for (const [table, rows] of written) {
      const columns = Object.keys((rows[0] ?? {}) as object);
      if (columns.length === 0) continue;
      const insert = db.prepare(
        `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      );
      for (const row of rows as Record<string, unknown>[]) {
        insert.run(...columns.map((column) => row[column]));
      }
    }
  })();
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - start;
  db.close();
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

const [step, dataDir, count] = process.argv.slice(2);
if (dataDir === undefined) throw new Error('usage: replay-worker fill|bare|rebuild|verify DIR [N]');
const cpu = process.cpuUsage();
const start = performance.now();
let own: { ms: number; cpuMs: number } | undefined;
switch (step) {
  case 'raw':
    own = await rawInserts(dataDir);
    break;
  case 'fill':
    await fill(dataDir, Number(count));
    break;
  case 'bare':
    bareReplay(dataDir);
    break;
  case 'checked':
    bareReplay(dataDir, true);
    break;
  case 'rebuild':
  case 'verify': {
    const store = await openStore({ kind: 'sqlite', dataDir });
    try {
      if (step === 'rebuild') await store.rebuild();
      else {
        const report = await store.verify({ fast: true });
        if (!report.ok) throw new Error(`verify found a problem: ${JSON.stringify(report)}`);
      }
    } finally {
      await store.close();
    }
    break;
  }
  default:
    throw new Error(`no step ${step}`);
}
const used = process.cpuUsage(cpu);
process.stdout.write(
  JSON.stringify({
    ms: own?.ms ?? performance.now() - start,
    cpuMs: own?.cpuMs ?? (used.user + used.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
