// /api/head publishes the ledger's head signed with the store's key, as `truce head` does.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headSigner } from '../../src/app/heads.js';
import { headSignatureProblem, type SignedHead } from '../../src/core/ledger/signed-head.js';
import { initStore, type StoreConfig } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { makeSource, sourceAdded } from '../support/builders.js';
import { truce } from '../support/run-cli.js';
import { startApi } from './start-api.js';

let dir: string;
let config: StoreConfig;
let store: Store;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'truce-head-api-'));
  config = { kind: 'sqlite', dataDir: join(dir, 'data') };
  store = await initStore(config);
  await store.append([sourceAdded(makeSource()), sourceAdded(makeSource({ name: 'AP' }))], 't');
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the published head', () => {
  it('is the last entry, signed by the same key `truce head` uses', async () => {
    const api = await startApi(store, { signHead: headSigner(store, config, {}) });
    try {
      const answer = await fetch(`${api.base}/api/head`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      const head = (await answer.json()) as SignedHead;
      expect(head).toMatchObject({ seq: 2, hash: (await store.head()).hash });
      expect(headSignatureProblem(head)).toBeUndefined();

      const cli = await truce(
        '--data',
        config.kind === 'sqlite' ? config.dataDir : '',
        'head',
        '--json',
      );
      expect(cli.code).toBe(0);
      expect(JSON.parse(cli.stdout)).toMatchObject({ seq: 2, keyId: head.keyId });
    } finally {
      await api.close();
    }
  });

  it('is 404 with a sentence on a server given no key', async () => {
    const api = await startApi(store);
    try {
      const answer = await fetch(`${api.base}/api/head`);
      expect(answer.status).toBe(404);
      expect(((await answer.json()) as { detail: string }).detail).toMatch(
        /started without a head-signing key/,
      );
    } finally {
      await api.close();
    }
  });

  it('can be kept in a witness log and checked later from the command line', async () => {
    const data = config.kind === 'sqlite' ? config.dataDir : '';
    const log = join(dir, 'witness.jsonl');
    expect((await truce('--data', data, 'head', '--append-to', log)).code).toBe(0);
    await store.append([sourceAdded(makeSource({ name: 'AFP' }))], 't');
    expect((await truce('--data', data, 'head', '--append-to', log)).code).toBe(0);
    expect((await readFile(log, 'utf8')).trim().split('\n')).toHaveLength(2);
    const verified = await truce('--data', data, 'verify', '--expect-head', log);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/extends the 2 head\(s\) noted earlier/);
    const wrong = await truce('--data', data, 'verify', '--expect-head', `2:${'a'.repeat(64)}`);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/entry 2 is not the one the head in 2:a+ saw/);
  });
});
