// Tampering of every kind the chain alone cannot see, caught against a head noted before it,
// on both backends: the tail cut and the tables rebuilt, a rewrite from an entry on, a fork.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  appendToWitnessLog,
  currentSignedHead,
  parseHeadLog,
  readExpectedHeads,
} from '../../src/app/heads.js';
import { verifyStore } from '../../src/app/integrity.js';
import { headSignatureProblem } from '../../src/core/ledger/signed-head.js';
import { initStore, type StoreConfig } from '../../src/store/open-store.js';
import { postgresKysely } from '../../src/store/postgres/postgres-store.js';
import { DATABASE_FILE } from '../../src/store/sqlite/sqlite-data-dir.js';
import { sqliteKysely } from '../../src/store/sqlite/sqlite-store.js';
import type { StoreSchema } from '../../src/store/store-schema.js';
import type { Store } from '../../src/store/store.js';
import { makeSource, sourceAdded } from '../support/builders.js';
import { startTestPostgres, type TestPostgres } from '../support/postgres.js';

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

/** The key PostgreSQL stores are given by the operator; SQLite stores make their own. */
const operatorKey = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

interface Place {
  readonly config: StoreConfig;
  readonly env: NodeJS.ProcessEnv;
  readonly raw: Kysely<StoreSchema>;
  readonly dir: string;
  dispose(): Promise<void>;
}

const places: Record<'sqlite' | 'postgres', () => Promise<Place>> = {
  async sqlite() {
    const dir = await mkdtemp(join(tmpdir(), 'truce-heads-'));
    const dataDir = join(dir, 'data');
    await (await initStore({ kind: 'sqlite', dataDir })).close();
    const raw = sqliteKysely(join(dataDir, DATABASE_FILE));
    return {
      config: { kind: 'sqlite', dataDir },
      env: {},
      raw,
      dir,
      dispose: async () => {
        await raw.destroy();
        await rm(dir, { recursive: true, force: true });
      },
    };
  },
  async postgres() {
    const dir = await mkdtemp(join(tmpdir(), 'truce-heads-'));
    const schema = await postgres.freshSchema();
    const raw = postgresKysely(schema.url);
    return {
      config: { kind: 'postgres', url: schema.url },
      env: { TRUCE_HEAD_KEY: operatorKey },
      raw,
      dir,
      dispose: async () => {
        await raw.destroy();
        await schema.drop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  },
};

const record = (store: Store, count: number, label = 'S') =>
  store.append(
    Array.from({ length: count }, (_, i) => sourceAdded(makeSource({ name: `${label}${i}` }))),
    'tester',
  );

/**
 * Cuts the ledger after entry `keep` and fixes the head in meta to match, as someone with
 * write access to the database could, without any hashing: then `rebuild` makes verify pass.
 */
async function cutAfter(place: Place, store: Store, keep: number): Promise<void> {
  await place.raw.deleteFrom('ledger').where('seq', '>', keep).execute();
  const last = await place.raw
    .selectFrom('ledger')
    .select(['seq', 'hash'])
    .where('seq', '=', keep)
    .executeTakeFirstOrThrow();
  await place.raw
    .updateTable('meta')
    .set({ value: `${last.seq}:${last.hash}` })
    .where('key', '=', 'ledger_head')
    .execute();
  await store.rebuild();
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`signed heads on ${dialect}`, () => {
    let place: Place;
    let store: Store;
    beforeEach(async () => {
      place = await places[dialect]();
      store = await initStore(place.config);
    });
    afterEach(async () => {
      await store.close();
      await place.dispose();
    });

    const noted = async () => {
      const head = await currentSignedHead(store, place.config, place.env);
      const file = join(place.dir, `head-${head.seq}.json`);
      await writeFile(file, JSON.stringify(head));
      return { head, expectHeads: await readExpectedHeads(file) };
    };

    it('signs the last entry, and a ledger that grew since still extends it', async () => {
      await record(store, 5);
      const { head, expectHeads } = await noted();
      expect(head).toMatchObject({ seq: 5, hash: (await store.head()).hash });
      expect(headSignatureProblem(head)).toBeUndefined();
      await record(store, 3);
      expect(await verifyStore(store, { expectHeads })).toMatchObject({ ok: true, entries: 8 });
    });

    it('catches the tail cut and the tables rebuilt, which the chain alone passes', async () => {
      await record(store, 6);
      const { expectHeads } = await noted();
      await cutAfter(place, store, 4);
      expect((await verifyStore(store)).ok).toBe(true);
      expect(await verifyStore(store, { expectHeads })).toMatchObject({
        ok: false,
        problem: { kind: 'head', seq: 6, detail: expect.stringMatching(/ends at entry 4/) },
      });
    });

    it('catches a rewrite from an entry on, shorter than the head', async () => {
      await record(store, 6);
      const { expectHeads } = await noted();
      await cutAfter(place, store, 2);
      await record(store, 2, 'Other');
      expect((await verifyStore(store)).ok).toBe(true);
      expect(await verifyStore(store, { expectHeads })).toMatchObject({
        ok: false,
        problem: { kind: 'head', seq: 6 },
      });
    });

    it('catches a fork that has grown past the head', async () => {
      await record(store, 6);
      const { expectHeads } = await noted();
      await cutAfter(place, store, 3);
      await record(store, 10, 'Fork');
      expect((await verifyStore(store)).ok).toBe(true);
      expect(await verifyStore(store, { expectHeads })).toMatchObject({
        ok: false,
        problem: {
          kind: 'head',
          seq: 6,
          detail: expect.stringMatching(/rewritten or forked/),
        },
      });
    });

    it('catches a rewrite from any entry, checked against SEQ:HASH as well as a signed head', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 7 }), async (keep) => {
          await place.raw.deleteFrom('source_aliases').execute();
          await place.raw.deleteFrom('sources').execute();
          await place.raw.deleteFrom('ledger').execute();
          await place.raw.deleteFrom('meta').where('key', '=', 'ledger_head').execute();
          await record(store, 8);
          const head = await store.head();
          const pair = await readExpectedHeads(`${head.seq}:${head.hash}`);
          if (keep === 0) {
            await place.raw.deleteFrom('ledger').execute();
            await place.raw.deleteFrom('meta').where('key', '=', 'ledger_head').execute();
            await store.rebuild();
          } else {
            await cutAfter(place, store, keep);
          }
          await record(store, 8 - keep, 'Rewritten');
          expect((await verifyStore(store)).ok).toBe(true);
          const report = await verifyStore(store, { expectHeads: pair });
          expect(report).toMatchObject({ ok: false, problem: { kind: 'head', seq: 8 } });
        }),
        { numRuns: 6 },
      );
    });

    it('keeps a witness log, and refuses to add to it once the ledger no longer extends it', async () => {
      const log = join(place.dir, 'witness.jsonl');
      await record(store, 3);
      await appendToWitnessLog(store, log, await currentSignedHead(store, place.config, place.env));
      await record(store, 2);
      await appendToWitnessLog(store, log, await currentSignedHead(store, place.config, place.env));
      const heads = parseHeadLog(await readFile(log, 'utf8'), log);
      expect(heads.map((h) => h.seq)).toEqual([3, 5]);
      expect((await verifyStore(store, { expectHeads: heads })).ok).toBe(true);

      await cutAfter(place, store, 4);
      const rewritten = currentSignedHead(store, place.config, place.env).then((head) =>
        appendToWitnessLog(store, log, head),
      );
      await expect(rewritten).rejects.toMatchObject({ kind: 'Corrupt' });
      expect(parseHeadLog(await readFile(log, 'utf8'), log)).toHaveLength(2);
    });
  });
}

describe('a signed head', () => {
  it('refuses a head whose seq or hash was changed after signing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'truce-heads-'));
    try {
      const config: StoreConfig = { kind: 'sqlite', dataDir: join(dir, 'data') };
      const store = await initStore(config);
      try {
        await record(store, 2);
        const head = await currentSignedHead(store, config, {});
        expect(() => parseHeadLog(JSON.stringify({ ...head, seq: 1 }), 'h.json')).toThrow(
          /h\.json is not a trustworthy head: its signature does not match/,
        );
        expect(() =>
          parseHeadLog(JSON.stringify({ ...head, hash: 'f'.repeat(64) }), 'h.json'),
        ).toThrow(/signature does not match/);
        expect(parseHeadLog(JSON.stringify(head), 'h.json')).toEqual([
          { seq: 2, hash: head.hash, keyId: head.keyId, where: 'h.json' },
        ]);
      } finally {
        await store.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is signed by the data directory’s own key, the same one each time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'truce-heads-'));
    try {
      const config: StoreConfig = { kind: 'sqlite', dataDir: join(dir, 'data') };
      const store = await initStore(config);
      try {
        const first = await currentSignedHead(store, config, {});
        const second = await currentSignedHead(store, config, {});
        expect(second.keyId).toBe(first.keyId);
        expect(first).toMatchObject({ seq: 0, hash: '0'.repeat(64) });
      } finally {
        await store.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('needs a key from the operator on PostgreSQL, and says how to give one', async () => {
    const schema = await postgres.freshSchema();
    const config: StoreConfig = { kind: 'postgres', url: schema.url };
    const store = await initStore(config);
    try {
      await expect(currentSignedHead(store, config, {})).rejects.toThrow(
        /set TRUCE_HEAD_KEY_FILE to an Ed25519 private key/,
      );
    } finally {
      await store.close();
      await schema.drop();
    }
  });
});
