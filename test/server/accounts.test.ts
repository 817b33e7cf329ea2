// Accounts over real HTTP, on both backends: who may do what, sessions, CSRF tokens, API
// tokens and one-time sign-in links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addToken,
  addUser,
  createSignInLink,
  disableUser,
  revokeToken,
} from '../../src/app/accounts.js';
import type { Store } from '../../src/app/store-contract.js';
import { startApi, type RunningApi } from './start-api.js';
import { bothBackends, type TestStore } from './test-stores.js';

const BACKENDS = bothBackends();

const SOURCE = { name: 'Gaza Health Ministry', kind: 'official_body' };

/** A browser's cookie jar, enough for one origin. */
class Browser {
  readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0)
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(`${this.base}${path}`, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = (pair ?? '').split('=');
      if (name && value) this.cookies.set(name, value);
      else if (name) this.cookies.delete(name);
    }
    return response;
  }

  /** A change as the dashboard makes it: JSON, its own Origin, the CSRF token from the cookie. */
  change(method: string, path: string, body: unknown, csrf = true): Promise<Response> {
    const token = this.cookies.get('truce-csrf');
    return this.fetch(path, {
      method,
      headers: {
        'content-type': 'application/json',
        origin: this.base,
        ...(csrf && token ? { 'x-csrf-token': decodeURIComponent(token) } : {}),
      },
      body: JSON.stringify(body),
    });
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read fields freely
const jsonOf = async (response: Response): Promise<any> => response.json();

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

describe.each(BACKENDS)('accounts on the server, %s', (_name, open) => {
  let test: TestStore;
  let store: Store;
  let api: RunningApi;

  beforeAll(async () => {
    test = await open();
    store = test.store;
    api = await startApi(store, { auth: 'accounts' });
    await addUser(store, { name: 'ops', role: 'admin', password: null }, 'setup');
    await addUser(store, { name: 'vera', role: 'viewer', password: null }, 'setup');
    await addUser(
      store,
      { name: 'ana', role: 'analyst', password: 'ana long passphrase' },
      'setup',
    );
  });
  afterAll(async () => {
    await api?.close();
    await test?.dispose();
  });

  it('answers an unauthenticated write, and read, with 401 and a sentence', async () => {
    const write = await fetch(`${api.base}/api/sources`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(SOURCE),
    });
    expect(write.status).toBe(401);
    expect((await jsonOf(write)).detail).toContain('sign in first');
    expect((await fetch(`${api.base}/api/claims`)).status).toBe(401);
    expect((await fetch(`${api.base}/api/health`)).status).toBe(200);
    expect(await store.entryCount()).toBe(0);
  });

  it("answers a viewer's write with 403, and records an analyst's under the analyst's name", async () => {
    const viewer = (await addToken(store, { user: 'vera' }, 'ops')).secret;
    const analyst = (await addToken(store, { user: 'ana' }, 'ops')).secret;
    const asViewer = await fetch(`${api.base}/api/sources`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(viewer) },
      body: JSON.stringify(SOURCE),
    });
    expect(asViewer.status).toBe(403);
    expect((await jsonOf(asViewer)).detail).toBe(
      'vera is a viewer; this needs the analyst role or above',
    );
    expect((await fetch(`${api.base}/api/claims`, { headers: bearer(viewer) })).status).toBe(200);
    const asAnalyst = await fetch(`${api.base}/api/sources`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(analyst) },
      body: JSON.stringify(SOURCE),
    });
    expect(asAnalyst.status).toBe(201);
    const entries = [];
    for await (const entry of store.entries()) entries.push(entry);
    expect(entries.map((e) => e.author)).toEqual(['ana']);
  });

  it('answers a revoked token with 401', async () => {
    const { token, secret } = await addToken(store, { user: 'ana' }, 'ops');
    expect((await fetch(`${api.base}/api/claims`, { headers: bearer(secret) })).status).toBe(200);
    await revokeToken(store, token.id, 'ops');
    const refused = await fetch(`${api.base}/api/claims`, { headers: bearer(secret) });
    expect(refused.status).toBe(401);
    expect((await jsonOf(refused)).detail).toContain('revoked');
  });

  it('refuses a cross-origin POST even from a signed-in browser', async () => {
    const browser = new Browser(api.base);
    await browser.fetch(`/login?token=${await createSignInLink(store, 'ops')}`);
    const forged = await browser.fetch('/api/sources', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://attacker.example' },
      body: JSON.stringify(SOURCE),
    });
    expect(forged.status).toBe(403);
  });

  it('lets a one-time link sign in once, into a session whose changes need the CSRF token', async () => {
    const secret = await createSignInLink(store, 'ops');
    const browser = new Browser(api.base);
    const first = await browser.fetch(`/login?token=${secret}&next=%2F%23%2Freview`);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/#/review');
    const sessionCookie = first.headers.getSetCookie().find((c) => c.startsWith('truce-session='));
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Strict/i);
    expect((await browser.fetch('/api/session').then(jsonOf)).user).toEqual({
      name: 'ops',
      role: 'admin',
    });

    const withoutToken = await browser.change('POST', '/api/sources', SOURCE, false);
    expect(withoutToken.status).toBe(403);
    expect((await jsonOf(withoutToken)).detail).toContain('x-csrf-token');
    const withToken = await browser.change('POST', '/api/sources', { ...SOURCE, name: 'OCHA' });
    expect(withToken.status).toBe(201);

    const again = await new Browser(api.base).fetch(`/login?token=${secret}`);
    expect(again.status).toBe(401);
    expect(await again.text()).toContain('each works once');
  });

  it('signs in with a password through the form, and out again', async () => {
    const browser = new Browser(api.base);
    const wrong = await browser.fetch('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: api.base },
      body: 'name=ana&password=not+the+passphrase',
    });
    expect(wrong.status).toBe(401);
    const right = await browser.fetch('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: api.base },
      body: 'name=ana&password=ana+long+passphrase&next=%2F%2Fattacker.example',
    });
    expect(right.status).toBe(303);
    expect(right.headers.get('location')).toBe('/');
    expect((await browser.fetch('/api/claims')).status).toBe(200);
    expect((await browser.change('POST', '/api/session/logout', {})).status).toBe(204);
    expect((await browser.fetch('/api/claims')).status).toBe(401);
  });

  it("ends a disabled user's session at once", async () => {
    await addUser(store, { name: 'dan', role: 'reviewer', password: null }, 'ops');
    const browser = new Browser(api.base);
    await browser.fetch(`/login?token=${await createSignInLink(store, 'dan')}`);
    expect((await browser.fetch('/api/claims')).status).toBe(200);
    await disableUser(store, 'dan', 'ops');
    expect((await browser.fetch('/api/claims')).status).toBe(401);
  });
});
