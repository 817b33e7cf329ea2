import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { truce } from '../support/run-cli.js';

let dir: string;
let data: string[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'truce-accounts-cli-'));
  data = ['--data', join(dir, 'data'), '--author', 'ops'];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('truce user and truce token', () => {
  it('makes the first admin on init, then adds, lists and disables users', async () => {
    expect((await truce(...data, 'init')).stdout).toContain('First admin: ops');
    const added = await truce(...data, 'user', 'add', 'rana', '--role', 'reviewer');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/password \(shown once\): \S{20,}/);
    expect((await truce(...data, 'user', 'disable', 'rana')).code).toBe(0);
    const listed = await truce(...data, 'user', 'list', '--json');
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ name: 'ops', role: 'admin', hasPassword: false, disabledAt: null }),
      expect.objectContaining({ name: 'rana', role: 'reviewer', hasPassword: true }),
    ]);
    expect(listed.stdout).not.toContain('scrypt');
    expect(JSON.parse(listed.stdout)[1].disabledAt).not.toBeNull();
  });

  it('says in one sentence why a user cannot be added or disabled', async () => {
    await truce(...data, 'init');
    const clash = await truce(...data, 'user', 'add', 'ops', '--role', 'viewer');
    expect(clash).toMatchObject({ code: 1, stdout: '' });
    expect(clash.stderr).toContain('there is already a user named ops');
    const missing = await truce(...data, 'user', 'disable', 'nobody');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no user nobody');
  });

  it('prints a token once, lists it without its secret, and revokes it', async () => {
    await truce(...data, 'init');
    const made = JSON.parse((await truce(...data, 'token', 'add', 'ops', '--json')).stdout);
    expect(made).toMatchObject({
      user: 'ops',
      role: 'admin',
      secret: expect.stringMatching(/^truce_/),
    });
    const listed = await truce(...data, 'token', 'list', '--json');
    expect(listed.stdout).not.toContain(made.secret);
    expect((await truce(...data, 'token', 'revoke', made.id)).code).toBe(0);
    expect(
      JSON.parse((await truce(...data, 'token', 'list', '--json')).stdout)[0].revokedAt,
    ).not.toBeNull();
  });

  it('refuses to serve beyond this machine when no account can sign in', async () => {
    await truce(...data, 'init');
    await truce(...data, 'user', 'disable', 'ops');
    const refused = await truce(...data, 'serve', '--host', '0.0.0.0', '--port', '0');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('serving on 0.0.0.0 needs accounts');
    expect(refused.stderr).toContain('--insecure-no-auth');
  });
});
