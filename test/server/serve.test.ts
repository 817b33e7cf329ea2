import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { truce } from '../support/run-cli.js';

const FROM_SOURCE = fileURLToPath(new URL('./fixtures/truce-from-source.ts', import.meta.url));

/** Starts `truce …` from source in a child process (stdin closed). */
function truceChild(args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', FROM_SOURCE, ...args], {
    env: { ...process.env, DATABASE_URL: '' },
  });
}

/** Resolves with the first match of `pattern` in the child's standard output. */
function waitForOutput(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (match) resolve(match[1] ?? match[0]);
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${seen}${errors}`)));
  });
}

const exitOf = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

describe('truce serve', () => {
  let dir: string;
  let child: ChildProcessWithoutNullStreams | undefined;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'truce-serve-'));
  });

  afterEach(async () => {
    child?.kill('SIGKILL');
    child = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  test('serves the record on 127.0.0.1, prints the URL, and stops cleanly on SIGINT', async () => {
    const data = join(dir, 'data');
    expect((await truce('--data', data, 'init')).code).toBe(0);
    child = truceChild(['--data', data, 'serve', '--port', '0']);
    const exited = exitOf(child);
    const url = await waitForOutput(child, /dashboard: (http:\/\/127\.0\.0\.1:\d+)\//);
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toEqual({ ok: true, dialect: 'sqlite' });
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 60_000);

  test('start loads the examples into a fresh record, and only into a fresh one', async () => {
    const data = join(dir, 'data');
    for (const fresh of [true, false]) {
      child = truceChild(['--data', data, 'start', '--port', '0']);
      const exited = exitOf(child);
      const output = await waitForOutput(child, /[^]*sign in: +http:\/\/[^\n]*\n/);
      expect(/Loaded the examples: .*gaza-pause-2023-11/.test(output)).toBe(fresh);
      const url = /dashboard: (http:\/\/[^/\s]+)\//.exec(output)?.[1];
      // The one-time link signs the local admin in, with no set-up.
      const link = /sign in: +(\S+)/.exec(output)?.[1] ?? '';
      const signedIn = await fetch(link, { redirect: 'manual' });
      expect(signedIn.status).toBe(303);
      const session = signedIn.headers.getSetCookie().find((c) => c.startsWith('truce-session='));
      const cookie = session?.split(';')[0] ?? '';
      expect((await fetch(`${url}/api/agreements`)).status).toBe(401);
      const agreements = (await (
        await fetch(`${url}/api/agreements`, { headers: { cookie } })
      ).json()) as {
        items: { id: string }[];
      };
      expect(agreements.items.map((a) => a.id)).toContain('gaza-pause-2023-11');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 120_000);

  test('--rate-limit sets how many requests a minute one address may make', async () => {
    const data = join(dir, 'data');
    expect((await truce('--data', data, 'init')).code).toBe(0);
    child = truceChild(['--data', data, 'serve', '--port', '0', '--rate-limit', '3']);
    const exited = exitOf(child);
    const url = await waitForOutput(child, /dashboard: (http:\/\/127\.0\.0\.1:\d+)\//);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await fetch(`${url}/api/health`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 60_000);

  test('--insecure-no-auth prints its warning, and the server then asks no one to sign in', async () => {
    const data = join(dir, 'data');
    expect((await truce('--data', data, 'init')).code).toBe(0);
    child = truceChild(['--data', data, 'serve', '--port', '0', '--insecure-no-auth']);
    const exited = exitOf(child);
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const url = await waitForOutput(child, /dashboard: (http:\/\/127\.0\.0\.1:\d+)\//);
    expect(errors).toContain(
      '--insecure-no-auth: ANYONE WHO CAN REACH THIS SERVER CAN READ AND CHANGE THE',
    );
    expect(errors).toContain('truce user add NAME --role admin');
    expect(await (await fetch(`${url}/api/session`)).json()).toMatchObject({ auth: 'open' });
    expect((await fetch(`${url}/api/agreements`)).status).toBe(200);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 60_000);

  test('refuses a data directory that holds no record yet', async () => {
    const result = await truce('--data', join(dir, 'nothing'), 'serve', '--port', '0');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('truce init');
  });

  test('says so when the port is taken', async () => {
    const data = join(dir, 'data');
    expect((await truce('--data', data, 'init')).code).toBe(0);
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const result = await truce('--data', data, 'serve', '--port', String(port));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      taken.close();
    }
  });

  test('refuses a port that is not one', async () => {
    const result = await truce('--data', dir, 'serve', '--port', '99999');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('port');
  });
});
