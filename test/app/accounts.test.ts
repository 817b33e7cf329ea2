// Users, tokens and one-time links on both backends, through the use cases the CLI and the
// server share.
import { describe, expect, it } from 'vitest';
import {
  addToken,
  addUser,
  createSignInLink,
  disableUser,
  ensureFirstAdmin,
  principalOfToken,
  revokeToken,
  signInWithLink,
  signInWithPassword,
} from '../../src/app/accounts.js';
import type { Store } from '../../src/app/store-contract.js';
import { bothBackends, withTestStore } from '../server/test-stores.js';

const BACKENDS = bothBackends();

describe.each(BACKENDS)('accounts on %s', (_name, open) => {
  const withStore = (run: (store: Store) => Promise<void>) => withTestStore(open, run);

  it('makes the first admin once, without a password, and logs who did it', () =>
    withStore(async (store) => {
      expect(await ensureFirstAdmin(store, 'ops')).toMatchObject({
        name: 'ops',
        role: 'admin',
        hasPassword: false,
      });
      expect(await ensureFirstAdmin(store, 'someone-else')).toBeUndefined();
      expect(await store.accounts.accountLog()).toEqual([
        expect.objectContaining({ actor: 'ops', action: 'user.added', subject: 'ops as admin' }),
      ]);
    }));

  it('logs changes made within one millisecond in the order they were made', () =>
    withStore(async (store) => {
      await ensureFirstAdmin(store, 'ops');
      const made: string[] = [];
      for (let i = 0; i < 40; i++)
        made.push((await addToken(store, { user: 'ops' }, 'ops')).token.id);
      const logged = (await store.accounts.accountLog())
        .filter((line) => line.action === 'token.added')
        .map((line) => line.subject.split(' ')[0]);
      expect(logged).toEqual(made);
    }));

  it('signs in with the right password only, and never a disabled user', () =>
    withStore(async (store) => {
      await addUser(
        store,
        { name: 'rana', role: 'reviewer', password: 'a long passphrase' },
        'ops',
      );
      expect(await signInWithPassword(store, 'rana', 'a long passphrase')).toEqual({
        name: 'rana',
        role: 'reviewer',
      });
      await expect(signInWithPassword(store, 'rana', 'a wrong passphrase')).rejects.toMatchObject({
        kind: 'Unauthenticated',
      });
      await disableUser(store, 'rana', 'ops');
      await expect(signInWithPassword(store, 'rana', 'a long passphrase')).rejects.toMatchObject({
        kind: 'Unauthenticated',
      });
    }));

  it('refuses a taken name, a name with control characters and a short password', () =>
    withStore(async (store) => {
      await addUser(store, { name: 'sam', role: 'viewer', password: null }, 'ops');
      await expect(
        addUser(store, { name: 'sam', role: 'viewer', password: null }, 'ops'),
      ).rejects.toMatchObject({ kind: 'Conflict' });
      await expect(
        addUser(store, { name: 'x\u001b[31m', role: 'viewer', password: null }, 'ops'),
      ).rejects.toMatchObject({ kind: 'BadInput' });
      await expect(
        addUser(store, { name: 'tam', role: 'viewer', password: 'short' }, 'ops'),
      ).rejects.toMatchObject({ kind: 'BadInput' });
    }));

  it("scopes a token to at most its user's role, and a revoked token signs no one in", () =>
    withStore(async (store) => {
      await addUser(store, { name: 'ana', role: 'analyst', password: null }, 'ops');
      await expect(addToken(store, { user: 'ana', role: 'admin' }, 'ops')).rejects.toMatchObject({
        kind: 'BadInput',
      });
      const { token, secret } = await addToken(store, { user: 'ana', role: 'viewer' }, 'ops');
      expect(await principalOfToken(store, secret)).toEqual({ name: 'ana', role: 'viewer' });
      expect(JSON.stringify(await store.accounts.listTokens())).not.toContain(secret);
      await revokeToken(store, token.id, 'ops');
      await expect(principalOfToken(store, secret)).rejects.toMatchObject({
        kind: 'Unauthenticated',
      });
    }));

  it("stops a disabled user's tokens at once", () =>
    withStore(async (store) => {
      await addUser(store, { name: 'ana', role: 'analyst', password: null }, 'ops');
      const { secret } = await addToken(store, { user: 'ana' }, 'ops');
      await disableUser(store, 'ana', 'ops');
      await expect(principalOfToken(store, secret)).rejects.toMatchObject({
        kind: 'Unauthenticated',
      });
    }));

  it('lets a one-time link sign in once, even when two use it at the same moment', () =>
    withStore(async (store) => {
      await ensureFirstAdmin(store, 'ops');
      const secret = await createSignInLink(store, 'ops');
      const tries = await Promise.allSettled([
        signInWithLink(store, secret),
        signInWithLink(store, secret),
      ]);
      expect(tries.filter((t) => t.status === 'fulfilled')).toHaveLength(1);
      await expect(signInWithLink(store, secret)).rejects.toMatchObject({
        kind: 'Unauthenticated',
      });
    }));
});
