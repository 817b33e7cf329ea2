// The dashboard of a server that checks no accounts (`truce serve --insecure-no-auth`, whose
// printed warning test/server/serve.test.ts checks) says so on every view, in Debian's chromium.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Store } from '../../src/app/store-contract.js';
import { buildServer } from '../../src/server/build-server.js';
import { initStore } from '../../src/store/open-store.js';
import { buildDashboard, CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, signIn } from './browser-support.js';

let dir: string;
let webRoot: string;
let store: Store;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}`);
  dir = await mkdtemp(join(tmpdir(), 'truce-open-'));
  webRoot = join(dir, 'web');
  await buildDashboard(webRoot);
  store = await initStore({ kind: 'sqlite', dataDir: join(dir, 'data') });
  await mkdir(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The dashboard served as `serve` serves it, with or without accounts. */
async function dashboard(auth: 'open' | 'accounts') {
  const server = await buildServer(store, { author: 'local', auth, webRoot });
  const base = await server.listen({ port: 0, host: '127.0.0.1' });
  const page = await browser.newPage();
  return { base, page, close: async () => (await page.close(), await server.close()) };
}

describe('the dashboard of a server that checks no accounts', () => {
  test('warns on every view that anyone can change the record, with no sign-in asked', async () => {
    const { base, page, close } = await dashboard('open');
    try {
      await page.goto(`${base}/`);
      expect(new URL(page.url()).pathname).toBe('/');
      const banner = page.getByRole('alert').filter({ hasText: '--insecure-no-auth' });
      await banner.waitFor();
      expect(await banner.textContent()).toMatch(/anyone who can reach it can read and change/);
      await page.getByRole('link', { name: 'Documents' }).click();
      await banner.waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, 'open-server.png') });
    } finally {
      await close();
    }
  });

  test('shows no such warning when the server checks accounts', async () => {
    const { base, page, close } = await dashboard('accounts');
    try {
      // Counted once the page has read /api/session, which decides the banner.
      const session = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/session');
      await signIn(page, base, store, 'local');
      expect(await (await session).json()).toMatchObject({ auth: 'accounts' });
      await page.getByRole('link', { name: 'Documents' }).waitFor();
      expect(await page.locator('.open-server-banner').count()).toBe(0);
    } finally {
      await close();
    }
  });
});
