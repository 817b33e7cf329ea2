import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT, truce } from '../support/run-cli.js';

const N = 2000;
let dir: string;
let data: string;
let file: string;
let doc: string;
const savedUrl = process.env['DATABASE_URL'];

beforeAll(async () => {
  delete process.env['DATABASE_URL'];
  dir = await mkdtemp(join(tmpdir(), 'truce-kill-'));
  data = join(dir, 'data');
  expect((await truce('--data', data, 'init')).code).toBe(0);
  await writeFile(join(dir, 'report.txt'), 'A report about many releases.\n');
  const added = await truce('--data', data, 'doc', 'add', join(dir, 'report.txt'), '--json');
  doc = (JSON.parse(added.stdout) as { document: { id: string } }[])[0]!.document.id;
  const line = (i: number) =>
    JSON.stringify({
      type: 'release',
      when: {
        earliest: '2023-11-24T14:00:00Z',
        latest: '2023-11-24T15:00:00Z',
        label: `release ${i}`,
        precision: 'hour',
      },
      quantities: [{ unit: 'hostages', min: 1, max: 1, qualifier: 'exact' }],
      attribution: [{ name: `Reporter ${i % 7}`, kind: 'person' }],
      text: `Person ${i} was released.`,
    });
  file = join(dir, 'claims.jsonl');
  await writeFile(file, Array.from({ length: N }, (_, i) => line(i)).join('\n'));
});

afterAll(async () => {
  if (savedUrl !== undefined) process.env['DATABASE_URL'] = savedUrl;
  await rm(dir, { recursive: true, force: true });
});

/** Starts an import and kills it (SIGKILL: no chance to clean up) after `delayMs`. */
function importKilledAfter(delayMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [BIN, '--data', data, 'claim', 'import', file, '--doc', doc],
      {
        cwd: REPO_ROOT,
        stdio: 'ignore',
      },
    );
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('a process killed in the middle of `truce claim import`', () => {
  it('leaves all of the file or none of it, and an intact ledger', async () => {
    // Delays spread over start-up, parsing and the write transaction.
    const delays = fc.sample(fc.integer({ min: 50, max: 2500 }), { numRuns: 6, seed: 20231124 });
    let completed = 0;
    for (const delay of delays) {
      const code = await importKilledAfter(delay);
      if (code === 0) completed += 1;
      const verify = await truce('--data', data, 'verify', '--json');
      expect(verify.code, `after a kill at ${delay} ms: ${verify.stdout}${verify.stderr}`).toBe(0);
      const claims = JSON.parse(
        (await truce('--data', data, 'claim', 'list', '--limit', '100000', '--json')).stdout,
      ) as unknown[];
      expect(claims.length % N, `after a kill at ${delay} ms`).toBe(0);
      expect(claims.length).toBeGreaterThanOrEqual(completed * N);
    }
  }, 120_000);
});
