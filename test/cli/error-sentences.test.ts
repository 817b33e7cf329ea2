// Every input listed in issue 11 as giving a stack trace now gives one sentence and the
// documented exit code: 2 for bad input or usage, 1 for a failure. On both backends, since the
// store a command opens is where a wrong input is often first met.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresKysely } from '../../src/store/postgres/postgres-store.js';
import { DATABASE_FILE } from '../../src/store/sqlite/sqlite-data-dir.js';
import { sqliteKysely } from '../../src/store/sqlite/sqlite-store.js';
import type { StoreSchema } from '../../src/store/store-schema.js';
import { startTestPostgres, type TestPostgres } from '../support/postgres.js';
import { truce, type CliResult } from '../support/run-cli.js';

const savedUrl = process.env['DATABASE_URL'];
let postgres: TestPostgres | undefined;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'truce-errors-'));
});
afterAll(async () => {
  if (savedUrl === undefined) delete process.env['DATABASE_URL'];
  else process.env['DATABASE_URL'] = savedUrl;
  await postgres?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Where a record is kept: the CLI finds PostgreSQL through DATABASE_URL, SQLite through --data. */
interface Place {
  readonly run: (...args: string[]) => Promise<CliResult>;
  /** The store's tables, read directly. */
  raw(): Kysely<StoreSchema>;
  dispose(): Promise<void>;
}

const places: Record<'sqlite' | 'postgres', (name: string) => Promise<Place>> = {
  async sqlite(name) {
    delete process.env['DATABASE_URL'];
    const data = join(dir, name);
    return {
      run: (...args) => truce('--data', data, ...args),
      raw: () => sqliteKysely(join(data, DATABASE_FILE)),
      dispose: async () => {},
    };
  },
  async postgres() {
    postgres ??= await startTestPostgres();
    const schema = await postgres.freshSchema();
    process.env['DATABASE_URL'] = schema.url;
    return {
      run: (...args) => truce(...args),
      raw: () => postgresKysely(schema.url),
      dispose: () => schema.drop(),
    };
  },
};

function expectOneSentence(result: CliResult, code: number, pattern: RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
}

describe.each(['sqlite', 'postgres'] as const)('on %s', (dialect) => {
  let place: Place;
  let run: Place['run'];
  beforeAll(async () => {
    place = await places[dialect]('data');
    run = place.run;
    const init = await run('init');
    expect(init.code).toBe(0);
    // The record is where this suite means it to be, not the other backend.
    expect(init.stdout).toMatch(dialect === 'postgres' ? /ready in PostgreSQL at/ : /ready in \//);
  });
  afterAll(async () => {
    await place?.dispose();
  });

  describe('bad input is one sentence and exit 2', () => {
    it('a YAML alias bomb', async () => {
      const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 12; i += 1) {
        lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
      }
      const file = join(dir, 'bomb.yaml');
      await writeFile(file, `${lines.join('\n')}\n`);
      for (const command of ['validate', 'add']) {
        expectOneSentence(await run('agreement', command, file), 2, /YAML aliases/);
      }
    });

    it('a deeply nested JSON line in a claims import', async () => {
      const file = join(dir, 'deep.jsonl');
      await writeFile(file, `${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
      expectOneSentence(
        await run('claim', 'import', file),
        2,
        /line 1: nests deeper than 64 levels/,
      );
    });

    it('a --limit beyond any whole number JavaScript holds exactly', async () => {
      expectOneSentence(
        await run('claim', 'list', '--limit', '99999999999999999999'),
        2,
        /expected a positive whole number up to 9007199254740991, found "99999999999999999999"/,
      );
    });

    it('export --out to a folder, or into a folder that does not exist', async () => {
      expectOneSentence(await run('export', '--out', dir), 2, /is a folder; give a file name/);
      expectOneSentence(
        await run('export', '--out', join(dir, 'missing', 'claims.json')),
        2,
        /the folder for .* does not exist/,
      );
    });

    it('claim edit --count with something that is not a count', async () => {
      expectOneSentence(
        await run('claim', 'edit', 'clm_aaaaaaaaaaaa', '--count', 'lots'),
        2,
        /expected a count like 13, 81\+, >80, ~200, <=9 or 8-13; found "lots"/,
      );
    });

    it('ingest of empty, BOM-only and markup-only files records nothing and exits 2', async () => {
      const folder = join(dir, `empty-reports-${dialect}`);
      await mkdir(folder);
      await writeFile(join(folder, 'empty.txt'), '');
      await writeFile(join(folder, 'bom.txt'), '\uFEFF');
      await writeFile(join(folder, 'blank.txt'), ' \n\t\n');
      await writeFile(
        join(folder, 'markup.html'),
        '<html><head><script>alert(1)</script></head><body> </body></html>',
      );
      const result = await run('ingest', folder);
      expect(result.code).toBe(2);
      expect(result.stdout).toMatch(/4 files: 0 added, 0 already recorded, 4 failed/);
      expect(result.stderr).toMatch(/bom\.txt is empty; there is nothing in it to record/);
      expect(result.stderr).toMatch(/markup\.html has no text once its markup is set aside/);
      expect(JSON.parse((await run('doc', 'list', '--json')).stdout)).toEqual([]);
    });
  });

  describe('the first start', () => {
    it('records the examples in one append, so a kill part-way leaves nothing', async () => {
      const fresh = await places[dialect]('fresh');
      try {
        expect((await fresh.run('init', '--examples')).code).toBe(0);
        const verify = await fresh.run('verify', '--json');
        const report = JSON.parse(verify.stdout) as { ok: boolean; entries: number };
        expect(report.ok).toBe(true);
        expect(report.entries).toBeGreaterThan(10);
        // One append: every entry shares the one recording instant of its transaction.
        const raw = fresh.raw();
        const { rows } = await sql<{ times: number | string }>`
          select count(distinct recorded_at) as times from ledger
        `.execute(raw);
        await raw.destroy();
        expect(Number(rows[0]!.times)).toBe(1);
      } finally {
        await fresh.dispose();
      }
    });
  });
});
