// What every browser suite shares: Debian's chromium, the dashboard built as it ships, and a
// signed-in session as a person on their own machine would have.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { createSignInLink, ensureFirstAdmin } from '../../src/app/accounts.js';
import type { Store } from '../../src/app/store-contract.js';

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
