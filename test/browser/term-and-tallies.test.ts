// The term's extensions and the tallies of the Gaza pause in Debian's chromium, against the
// real server on a temporary SQLite store holding the examples. Screenshots go to
// test-results/dashboard/.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadExamples } from '../../src/app/examples.js';
import { formatRange } from '../../src/core/quantity/count-range.js';
import type { CountRange } from '../../src/core/quantity/count-range.js';
import type { Store } from '../../src/app/store-contract.js';
import { buildServer } from '../../src/server/build-server.js';
import { initStore } from '../../src/store/open-store.js';
import {
  alterEvaluation,
  buildDashboard,
  CHROMIUM,
  CHROMIUM_ARGS,
  SCREENSHOTS,
  signIn,
} from './browser-support.js';

const AGREEMENT = 'gaza-pause-2023-11';
/** The units the coding vocabulary counts persons and releases in; a label names one. */
const UNITS = ['persons', 'acts', 'trucks'];

let dir: string;
let store: Store;
let base: string;
let close: () => Promise<void>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`no chromium at ${CHROMIUM}: apt-get install chromium`);
  dir = await mkdtemp(join(tmpdir(), 'truce-term-tallies-'));
  const webRoot = join(dir, 'web');
  await buildDashboard(webRoot);
  store = await initStore({ kind: 'sqlite', dataDir: join(dir, 'data') });
  await loadExamples(store, 'browser-test');
  const server = await buildServer(store, { author: 'browser-test', webRoot });
  base = await server.listen({ port: 0, host: '127.0.0.1' });
  close = () => server.close();
  await mkdir(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(page, base, store, 'browser-test');
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await close?.();
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the term and the tallies of the Gaza pause', { retry: 1, timeout: 120_000 }, () => {
  test('lists each extension once: who reported it, in how many reports, and that the rule allowed it', async () => {
    await page.goto(`${base}/#/overview?agreement=${AGREEMENT}`);
    const lines = page.locator('.term-summary li.extension-line');
    await lines.first().waitFor();
    const texts = await lines.allTextContents();
    // Two reported extensions (two days, then one): not five lines for three days.
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(
      /^\+2 days, reported by .+ \(\d+ reports\); the extension rule allowed it/,
    );
    expect(texts[1]).toMatch(
      /^\+1 day, reported by .+ \(\d+ reports?\); the extension rule allowed it/,
    );
    await page
      .locator('.term-summary')
      .screenshot({ path: join(SCREENSHOTS, 'term-extensions.png') });
  });

  test('shows one unit on each bar label and in each row of the tallies table', async () => {
    await page.goto(`${base}/#/tallies?agreement=${AGREEMENT}`);
    const chart = page.locator('.plot-figure').first();
    await chart.locator('svg').first().waitFor();
    // The bar labels: a count, then one unit. The examples code "people", extraction "persons".
    const labels = (await chart.locator('svg text').allTextContents()).filter((t) => /^\d/.test(t));
    const counted = labels.filter((t) => /^\d[\d–,+ ]*[a-z]/.test(t));
    expect(counted.length).toBeGreaterThan(0);
    for (const label of counted) {
      const unit = label.replace(/^[\d–,+ ]+/, '');
      expect(UNITS, label).toContain(unit);
    }
    await chart.getByText('The figures as a table').click();
    const counts = await chart.locator('table tbody tr td:nth-child(4)').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(UNITS, count).toContain(count.replace(/^[\d–,+ ]+/, ''));
    await page.screenshot({ path: join(SCREENSHOTS, 'tallies-units.png'), fullPage: true });
  });

  test('draws the running totals and the releases the API gives, summing nothing of its own', async () => {
    const answer = await page.request.get(`${base}/api/agreements/${AGREEMENT}/evaluation`);
    const { runningTotals, releases } = (await answer.json()) as {
      runningTotals: { periods: { period: number; counted: CountRange; required: CountRange }[] }[];
      releases: unknown[];
    };
    expect(runningTotals.length).toBeGreaterThan(0);
    expect(releases.length).toBeGreaterThan(0);
    await page.goto(`${base}/#/tallies?agreement=${AGREEMENT}`);
    const required = page.locator('section[aria-labelledby="required-heading"] .plot-figure');
    await required.first().locator('svg').first().waitFor();
    expect(await required.count()).toBe(runningTotals.length);
    const first = required.first();
    await first.getByText('The figures as a table').click();
    const rows = await first
      .locator('table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
      );
    expect(rows).toEqual(
      runningTotals[0]!.periods.map((p) => [
        `${p.period}`,
        formatRange(p.counted),
        formatRange(p.required),
      ]),
    );

    // Totals no sum of the cells could give, and no release row: the page shows what it is sent.
    const other = await browser.newPage();
    try {
      await signIn(other, base, store, 'browser-test');
      const given = {
        norm: 'given-by-the-server',
        bearer: 'hamas',
        periods: [{ period: 7, counted: { min: 3, max: 9 }, required: { min: 999, max: 999 } }],
      };
      await alterEvaluation(other, (body) => ({ ...body, runningTotals: [given], releases: [] }));
      await other.goto(`${base}/#/tallies?agreement=${AGREEMENT}`);
      await other.getByText('No release is on record.').waitFor();
      const only = other.locator('section[aria-labelledby="required-heading"] .plot-figure');
      await only.first().locator('svg').first().waitFor();
      expect(await only.count()).toBe(1);
      await only.getByText('The figures as a table').click();
      expect(await only.locator('table tbody tr td').allTextContents()).toEqual([
        '7',
        '3–9',
        '999',
      ]);
    } finally {
      await other.close();
    }
  });
});
