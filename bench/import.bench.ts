// `claim import` of 100,000 claims (the function the command runs, streaming the JSONL file), as a
// ratio to raw inserts of the very rows it wrote (ledger and projections, read back from the
// store) into an empty store of the same schema: prepared statements in one transaction on
// SQLite, multi-row inserts in one transaction on PostgreSQL. Aim: at least half the raw rate.
// On SQLite the ratio is of CPU time (the database runs in this process, and on a shared
// machine wall time is mostly waiting for a core); on PostgreSQL, where the server does much
// of the work, it is of wall time. A second floor adds to the raw inserts the work no import
// can skip, measured in the same run on the same rows: parse each line, write each entry's
// canonical JSON and hash it into the chain.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { importClaimLines } from '../src/app/claims.js';
import { readTextLines } from '../src/app/read-text-lines.js';
import type { Store } from '../src/app/store-contract.js';
import type { Document } from '../src/core/evidence/document.js';
import type { DocumentId } from '../src/core/ids.js';
import { canonicalJson } from '../src/core/ledger/canonical-json.js';
import { GENESIS_HASH } from '../src/core/ledger/ledger-entry.js';
import { EVENT_TYPES } from '../src/core/vocabulary/event-types.js';
import { entryHash } from '../src/store/ledger-hash.js';
import { initStore } from '../src/store/open-store.js';
import { DATABASE_FILE } from '../src/store/sqlite/sqlite-data-dir.js';
import { PROJECTION_TABLES } from '../src/store/store-schema.js';
import { startTestPostgres } from '../test/support/postgres.js';
import type { Bench, BenchReport } from './bench-report.js';

const CLAIMS = Number(process.env['TRUCE_BENCH_IMPORT_CLAIMS'] ?? 100_000);
const ROWS_PER_STATEMENT = 500;
// `sqlite` alone skips PostgreSQL (the scaling plot measures one backend at several sizes), and
// `postgres` alone skips SQLite.
const BACKENDS = (process.env['TRUCE_BENCH_IMPORT_BACKENDS'] ?? 'sqlite,postgres').split(',');
const T0 = Date.parse('2023-11-24T05:00:00Z');
const PARTIES = ['hamas', 'israel'];

const DOCUMENT: Document = {
  id: 'doc_benchimport' as DocumentId,
  kind: 'article',
  format: 'text',
  title: 'Bench report',
  publisher: 'Bench Wire',
  published: null,
  url: null,
  contentHash: createHash('sha256').update('bench import').digest('hex'),
  rawText: 'bench import',
  cleanText: null,
  removed: [],
  recordedAt: new Date(T0).toISOString(),
};

/** The import file: one claim a line, varied by type, hour and party. */
function jsonl(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = new Date(T0 + (i % 240) * 3_600_000).toISOString();
    const party = PARTIES[i % 2]!;
    lines.push(
      JSON.stringify({
        document: DOCUMENT.id,
        type: EVENT_TYPES[i % EVENT_TYPES.length],
        when: { earliest: at, latest: at, label: 'on Friday', precision: 'day' },
        actors: [{ name: party, role: 'agent', party }],
        quantities: [{ unit: 'people', min: 13, max: 13, qualifier: 'exact' }],
        categories: ['women', 'children'],
        attribution: [{ name: 'Bench Wire', kind: 'news_agency' }],
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

type Row = Record<string, unknown>;
/** Every row the import wrote, table by table, in the order the tables are filled. */
type Written = [table: string, rows: Row[]][];

const TABLES = ['ledger', ...PROJECTION_TABLES, 'meta'];

/** Wall and CPU time of this process. */
interface Timed {
  readonly ms: number;
  readonly cpuMs: number;
}

async function timed(run: () => Promise<void> | void): Promise<Timed> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

async function importInto(store: Store, file: string): Promise<Timed> {
  await store.append([{ type: 'document.added', document: DOCUMENT }], 'bench');
  return timed(() =>
    importClaimLines(store, readTextLines(file), { defaultStatus: 'suggested' }, 'bench').then(
      () => undefined,
    ),
  );
}

/**
 * The import's work that no import can skip, on the rows it wrote: parse each line of the file,
 * then write each ledger entry's canonical JSON and hash it into the chain (the parsed changes
 * are made before the clock starts). Returns this part's time alone.
 */
async function perClaimWork(file: string, ledger: readonly Row[]): Promise<Timed> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '');
  const changes = ledger.map((row) => JSON.parse(String(row['change'])) as unknown);
  let head = GENESIS_HASH;
  const time = await timed(() => {
    for (const line of lines) JSON.parse(line);
    ledger.forEach((row, i) => {
      const part = {
        seq: Number(row['seq']),
        recordedAt: String(row['recorded_at']),
        author: String(row['author']),
      };
      head = entryHash(head, part, canonicalJson(changes[i]));
    });
  });
  if (head !== ledger.at(-1)?.['hash']) throw new Error("the floor's chain is not the import's");
  return time;
}

const ledgerOf = (written: Written): Row[] => written.find(([table]) => table === 'ledger')![1];

async function sqliteRaw(source: string, into: string): Promise<[Timed, Written]> {
  const from = new Database(source, { readonly: true });
  const written: Written = TABLES.map((table) => [
    table,
    from.prepare(`select * from ${table}`).all() as Row[],
  ]);
  from.close();
  const db = new Database(into);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  for (const [table] of [...written].reverse()) db.prepare(`delete from ${table}`).run();
  const time = await timed(() =>
    db.transaction(() => {
      for (const [table, rows] of written) {
        const columns = Object.keys(rows[0] ?? {});
        if (columns.length === 0) continue;
        const insert = db.prepare(
          `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
        );
        for (const row of rows) insert.run(...columns.map((column) => row[column]));
      }
    })(),
  );
  db.close();
  return [time, written];
}

async function postgresRaw(source: string, into: string): Promise<[Timed, Written]> {
  const from = new pg.Client({ connectionString: source });
  await from.connect();
  const written: Written = [];
  for (const table of TABLES) {
    written.push([table, (await from.query<Row>(`select * from ${table}`)).rows]);
  }
  await from.end();
  const db = new pg.Client({ connectionString: into });
  await db.connect();
  try {
    for (const [table] of [...written].reverse()) await db.query(`delete from ${table}`);
    const time = await timed(async () => {
      await db.query('begin');
      for (const [table, rows] of written) {
        const columns = Object.keys(rows[0] ?? {});
        for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
          const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
          const values = chunk.map(
            (_, r) => `(${columns.map((_c, c) => `$${r * columns.length + c + 1}`).join(', ')})`,
          );
          await db.query(
            `insert into ${table} (${columns.join(', ')}) values ${values.join(', ')}`,
            chunk.flatMap((row) => columns.map((column) => row[column])),
          );
        }
      }
      await db.query('commit');
    });
    return [time, written];
  } finally {
    await db.end();
  }
}

function reports(
  backend: string,
  imported: Timed,
  raw: Timed,
  work: Timed,
  by: 'cpu' | 'wall',
): BenchReport[] {
  const [ours, floor, both] =
    by === 'cpu'
      ? [imported.cpuMs, raw.cpuMs, raw.cpuMs + work.cpuMs]
      : [imported.ms, raw.ms, raw.ms + work.ms];
  const measure = by === 'cpu' ? 'CPU' : 'wall';
  return [
    {
      name: `claim import, ${backend}`,
      figures: [
        { label: 'claims', value: CLAIMS, unit: 'claims' },
        { label: 'claim import, wall', value: imported.ms, unit: 'ms' },
        { label: 'claim import, CPU of this process', value: imported.cpuMs, unit: 'ms' },
        { label: 'raw inserts of the same rows, wall', value: raw.ms, unit: 'ms' },
        { label: 'raw inserts, CPU of this process', value: raw.cpuMs, unit: 'ms' },
        { label: `share of the raw rate (${by})`, value: (100 * floor) / ours, unit: '%' },
      ],
      ratio: { value: ours / floor, baseline: `raw inserts of the same rows, ${measure}`, aim: 2 },
    },
    {
      name: `claim import, ${backend}, vs raw inserts + per-claim work`,
      figures: [
        {
          label: 'parse, canonical JSON and hash of the same rows, wall',
          value: work.ms,
          unit: 'ms',
        },
        { label: 'parse, canonical JSON and hash, CPU', value: work.cpuMs, unit: 'ms' },
        { label: `share of that rate (${by})`, value: (100 * both) / ours, unit: '%' },
      ],
      ratio: {
        value: ours / both,
        baseline: `raw inserts plus parse, canonical JSON and hash, ${measure}`,
        aim: 2,
      },
    },
  ];
}

const bench: Bench = async () => {
  const all: BenchReport[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'truce-bench-import-'));
  const file = join(dir, 'claims.jsonl');
  await writeFile(file, jsonl(CLAIMS));
  try {
    if (BACKENDS.includes('sqlite')) {
      const store = await initStore({ kind: 'sqlite', dataDir: join(dir, 'import') });
      const imported = await importInto(store, file).finally(() => store.close());
      await (await initStore({ kind: 'sqlite', dataDir: join(dir, 'raw') })).close();
      const [raw, written] = await sqliteRaw(
        join(dir, 'import', DATABASE_FILE),
        join(dir, 'raw', DATABASE_FILE),
      );
      const work = await perClaimWork(file, ledgerOf(written));
      all.push(...reports('SQLite', imported, raw, work, 'cpu'));
    }
    if (!BACKENDS.includes('postgres')) return all;
    const server = await startTestPostgres();
    try {
      const [source, into] = [await server.freshSchema(), await server.freshSchema()];
      const pgStore = await initStore({ kind: 'postgres', url: source.url });
      const pgImported = await importInto(pgStore, file).finally(() => pgStore.close());
      await (await initStore({ kind: 'postgres', url: into.url })).close();
      const [pgRaw, pgWritten] = await postgresRaw(source.url, into.url);
      const pgWork = await perClaimWork(file, ledgerOf(pgWritten));
      all.push(...reports('PostgreSQL', pgImported, pgRaw, pgWork, 'wall'));
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return all;
};

export default bench;
