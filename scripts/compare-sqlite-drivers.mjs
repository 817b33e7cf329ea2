// Compares Node's built-in node:sqlite with better-sqlite3 on the store's own kind of work:
// appending ledger-like rows in batched transactions, then reading them back in order.
// Needs Node 22.13 or newer (node:sqlite) and better-sqlite3 built for that Node:
//   node scripts/compare-sqlite-drivers.mjs [rows]
// Prints each driver's time and the ratio node:sqlite / better-sqlite3 (lower is faster).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const rows = Number(process.argv[2] ?? 50_000);
const BATCH = 500;
const change = (i) =>
  JSON.stringify({ type: 'claim.added', claim: { id: `clm_${i}`, text: 'x'.repeat(600), n: i } });

function run(name, open) {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-compare-'));
  const db = open(join(dir, 'store.sqlite'));
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec(
    'CREATE TABLE ledger (seq INTEGER PRIMARY KEY, change TEXT NOT NULL, hash TEXT NOT NULL)',
  );
  const insert = db.prepare('INSERT INTO ledger (seq, change, hash) VALUES (?, ?, ?)');
  const started = process.hrtime.bigint();
  let prev = '0'.repeat(64);
  for (let i = 1; i <= rows; i += BATCH) {
    db.exec('BEGIN IMMEDIATE');
    for (let j = i; j < Math.min(i + BATCH, rows + 1); j += 1) {
      const text = change(j);
      prev = createHash('sha256').update(prev).update(text).digest('hex');
      insert.run(j, text, prev);
    }
    db.exec('COMMIT');
  }
  const wrote = process.hrtime.bigint();
  let read = 0;
  for (const row of db.prepare('SELECT seq, change, hash FROM ledger ORDER BY seq').iterate()) {
    read += JSON.parse(row.change).claim.n === row.seq ? 1 : 0;
  }
  const done = process.hrtime.bigint();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  if (read !== rows) throw new Error(`${name}: read ${read} of ${rows} rows back`);
  return { write: Number(wrote - started) / 1e6, read: Number(done - wrote) / 1e6 };
}

const { DatabaseSync } = await import('node:sqlite');
const BetterSqlite3 = require('better-sqlite3');
const drivers = {
  'better-sqlite3': (file) => new BetterSqlite3(file),
  'node:sqlite': (file) => new DatabaseSync(file),
};
const results = {};
for (let round = 0; round < 3; round += 1) {
  for (const [name, open] of Object.entries(drivers)) {
    const r = run(name, open);
    const best = results[name];
    results[name] =
      best === undefined
        ? r
        : { write: Math.min(best.write, r.write), read: Math.min(best.read, r.read) };
  }
}
console.log(`Node ${process.version}, ${rows} rows, best of 3`);
for (const [name, r] of Object.entries(results)) {
  console.log(`  ${name.padEnd(15)} write ${r.write.toFixed(0)} ms, read ${r.read.toFixed(0)} ms`);
}
const [b, n] = [results['better-sqlite3'], results['node:sqlite']];
console.log(
  `  node:sqlite / better-sqlite3: write ${(n.write / b.write).toFixed(2)}×, read ${(n.read / b.read).toFixed(2)}×`,
);
