// The write cost of synchronous=FULL in WAL mode (decision 0016): milliseconds per commit of
// one small ledger entry, FULL against NORMAL on the same disk in the same run, and what one
// `store.append` costs end to end. The aim is loose on purpose: FULL costs one fsync per commit,
// which is the disk's latency, not ours; the ratio is there to notice if it starts costing more.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Bench as TinyBench } from 'tinybench';
import { initStore } from '../src/store/open-store.js';
import { makeSource, sourceAdded } from '../test/support/builders.js';
import type { Bench } from './bench-report.js';

const ROW = 'x'.repeat(1000);

function rawDatabase(file: string, synchronous: 'FULL' | 'NORMAL') {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.exec('create table t (id integer primary key, body text not null)');
  const insert = db.prepare('insert into t (body) values (?)');
  const commit = db.transaction(() => insert.run(ROW));
  return { db, commit: () => void commit() };
}

const p50 = (b: TinyBench, name: string): number => {
  const result = b.getTask(name)?.result;
  if (result === undefined || !('latency' in result)) throw new Error(`${name} did not run`);
  return result.latency.p50 ?? result.latency.mean;
};

const bench: Bench = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'truce-commit-bench-'));
  const full = rawDatabase(join(dir, 'full.sqlite'), 'FULL');
  const normal = rawDatabase(join(dir, 'normal.sqlite'), 'NORMAL');
  const store = await initStore({ kind: 'sqlite', dataDir: join(dir, 'data') });
  try {
    const b = new TinyBench({ time: 1500, warmupTime: 100 });
    b.add('commit, synchronous=FULL', full.commit);
    b.add('commit, synchronous=NORMAL', normal.commit);
    b.add('store.append of one entry (FULL)', async () => {
      await store.append([sourceAdded(makeSource())], 'bench');
    });
    await b.run();
    const fullMs = p50(b, 'commit, synchronous=FULL');
    const normalMs = p50(b, 'commit, synchronous=NORMAL');
    return {
      name: 'commit',
      figures: [
        { label: 'one commit, WAL + synchronous=FULL (median)', value: fullMs, unit: 'ms' },
        { label: 'one commit, WAL + synchronous=NORMAL (median)', value: normalMs, unit: 'ms' },
        {
          label: 'store.append of one entry, FULL (median)',
          value: p50(b, 'store.append of one entry (FULL)'),
          unit: 'ms',
        },
      ],
      ratio: { value: fullMs / normalMs, baseline: 'synchronous=NORMAL', aim: 500 },
    };
  } finally {
    full.db.close();
    normal.db.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
};

export default bench;
