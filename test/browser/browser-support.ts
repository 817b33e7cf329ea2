// What every browser suite shares: Debian's chromium, the dashboard built as it ships, and a
// signed-in session as a person on their own machine would have.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { createSignInLink, ensureFirstAdmin } from '../../src/app/accounts.js';
import { loadExamples } from '../../src/app/examples.js';
import type { Store } from '../../src/app/store-contract.js';
import { buildServer } from '../../src/server/build-server.js';
import { initStore } from '../../src/store/open-store.js';

/** Debian's chromium; CHROMIUM_PATH points elsewhere. Never a downloaded browser. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SCREENSHOTS = join('test-results', 'dashboard');
const VITE_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

/** Builds the page as `npm run build:web` does, into `outDir`. */
export async function buildDashboard(outDir: string): Promise<void> {
  // Vite builds for development under vitest's NODE_ENV=test: test what ships instead.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      configFile: VITE_CONFIG,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
}

/** Signs `page` in as `user` (the record's first admin) through the link `truce start` prints. */
export async function signIn(page: Page, base: string, store: Store, user: string): Promise<void> {
  await ensureFirstAdmin(store, user);
  await page.goto(`${base}/login?token=${await createSignInLink(store, user)}`);
  if (new URL(page.url()).pathname !== '/')
    throw new Error(`signing in as ${user} did not reach the dashboard: ${page.url()}`);
}

/** A served dashboard over its own store of the examples, and a page signed in to it. */
/**
 * Reads one API answer as a token's holder would, failing the test on any status but 200: what
 * a browser test compares the page with is the API's own reading, not one of its own.
 */
export function apiReader(base: string, token: string): <T>(path: string) => Promise<T> {
  return async <T>(path: string): Promise<T> => {
    const response = await fetch(`${base}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    return (await response.json()) as T;
  };
}

/**
 * Has the page receive the agreement's evaluation as `alter` rewrites the real answer: a page
 * that shows what it is sent shows the rewritten figures, one that recomputes them does not.
 */
export async function alterEvaluation(
  page: Page,
  alter: (body: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  await page.route(/\/api\/agreements\/[^/]+\/evaluation(\?|$)/, async (route) => {
    const real = await route.fetch();
    const body = (await real.json()) as Record<string, unknown>;
    await route.fulfill({ response: real, json: alter(body) });
  });
}

export interface OpenDashboard {
  readonly store: Store;
  readonly base: string;
  readonly browser: Browser;
  readonly page: Page;
  /** Closes the browser, the server and the store, and removes the store's folder. */
  close(): Promise<void>;
}

/**
 * Builds the dashboard, loads the examples into a fresh SQLite store (then `prepare` adds what
 * the suite needs), serves both over real HTTP and signs a 1366×900 page in as the first admin.
 */
export async function openDashboard(
  name: string,
  prepare: (store: Store) => Promise<void> = async () => {},
): Promise<OpenDashboard> {
  if (!existsSync(CHROMIUM))
    throw new Error(`no chromium at ${CHROMIUM}: apt-get install chromium`);
  const dir = await mkdtemp(join(tmpdir(), `truce-${name}-`));
  const webRoot = join(dir, 'web');
  await buildDashboard(webRoot);
  const store = await initStore({ kind: 'sqlite', dataDir: join(dir, 'data') });
  await loadExamples(store, 'browser-test');
  await prepare(store);
  const server = await buildServer(store, { author: 'browser-test', webRoot });
  const base = await server.listen({ port: 0, host: '127.0.0.1' });
  await mkdir(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(page, base, store, 'browser-test');
  return {
    store,
    base,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
