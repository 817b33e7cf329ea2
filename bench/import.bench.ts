// `claim import` of 100,000 claims (the function the command runs, streaming the JSONL file), as a
// ratio to raw inserts of the very rows it wrote (ledger and projections, read back from the
// store) into an empty store of the same schema: prepared statements in one transaction on
// SQLite, multi-row inserts in one transaction on PostgreSQL. Aim: at least half the raw rate.
// On SQLite the ratio is of CPU time (the database runs in this process, and on a shared
// machine wall time is mostly waiting for a core); on PostgreSQL, where the server does much
// of the work, it is of wall time. A second floor adds to the raw inserts the work no import
// can skip, measured in the same run on the same rows: parse each line, write each entry's
// canonical JSON and hash it into the chain. Each backend runs a few rounds, each an import into
// a fresh store then the raw inserts of its rows, so the two sides of a ratio are measured a
// minute apart, not several; the ratio reported is the median round's, with the least and most
// beside it (on two shared cores one round's ratio moved from under 2× to near 4×).
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
import { roundsOf } from './server-cpu.js';

const CLAIMS = Number(process.env['TRUCE_BENCH_IMPORT_CLAIMS'] ?? 100_000);
const ROWS_PER_STATEMENT = 500;
const ROUNDS = Number(process.env['TRUCE_BENCH_IMPORT_ROUNDS'] ?? 3);
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

/** One round: the import, the raw inserts of its rows, and the per-claim work on them. */
interface Round {
  readonly imported: Timed;
  readonly raw: Timed;
  readonly work: Timed;
}

/** The figures of the median round by the first ratio, and each ratio's spread over the rounds. */
function reports(backend: string, rounds: readonly Round[], by: 'cpu' | 'wall'): BenchReport[] {
  const of = (t: Timed) => (by === 'cpu' ? t.cpuMs : t.ms);
  const toRaw = rounds.map((r) => of(r.imported) / of(r.raw));
  const toBoth = rounds.map((r) => of(r.imported) / (of(r.raw) + of(r.work)));
  const [rawRounds, bothRounds] = [roundsOf(toRaw), roundsOf(toBoth)];
  const { imported, raw, work } = rounds[toRaw.indexOf(rawRounds.median)]!;
  const [ours, floor, both] = [of(imported), of(raw), of(raw) + of(work)];
  const measure = by === 'cpu' ? 'CPU' : 'wall';
  const spread = (r: typeof rawRounds) => [
    { label: 'rounds', value: rounds.length, unit: 'rounds' },
    { label: 'least ratio of a round', value: r.low, unit: '×' },
    { label: 'most ratio of a round', value: r.high, unit: '×' },
  ];
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
        ...spread(rawRounds),
      ],
      ratio: {
        value: rawRounds.median,
        baseline: `raw inserts of the same rows, ${measure}`,
        aim: 2,
      },
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
        ...spread(bothRounds),
      ],
      ratio: {
        value: bothRounds.median,
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
      const rounds: Round[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const [source, into] = [join(dir, `import-${round}`), join(dir, `raw-${round}`)];
        const store = await initStore({ kind: 'sqlite', dataDir: source });
        const imported = await importInto(store, file).finally(() => store.close());
        await (await initStore({ kind: 'sqlite', dataDir: into })).close();
        const [raw, written] = await sqliteRaw(
          join(source, DATABASE_FILE),
          join(into, DATABASE_FILE),
        );
        rounds.push({ imported, raw, work: await perClaimWork(file, ledgerOf(written)) });
        await Promise.all([source, into].map((d) => rm(d, { recursive: true, force: true })));
      }
      all.push(...reports('SQLite', rounds, 'cpu'));
    }
    if (!BACKENDS.includes('postgres')) return all;
    const server = await startTestPostgres();
    try {
      const rounds: Round[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const [source, into] = [await server.freshSchema(), await server.freshSchema()];
        const pgStore = await initStore({ kind: 'postgres', url: source.url });
        const imported = await importInto(pgStore, file).finally(() => pgStore.close());
        await (await initStore({ kind: 'postgres', url: into.url })).close();
        const [raw, written] = await postgresRaw(source.url, into.url);
        rounds.push({ imported, raw, work: await perClaimWork(file, ledgerOf(written)) });
        await Promise.all([source.drop(), into.drop()]);
      }
      all.push(...reports('PostgreSQL', rounds, 'wall'));
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return all;
};

export default bench;
