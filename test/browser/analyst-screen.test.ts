// The analyst's screen in Debian's chromium, against the real server on a temporary SQLite
// store holding the examples: readings from the API, search. Screenshots go to
// test-results/dashboard/.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Store } from '../../src/app/store-contract.js';
import {
  alterEvaluation,
  openDashboard,
  SCREENSHOTS,
  signIn,
  type OpenDashboard,
} from './browser-support.js';

const AGREEMENT = 'gaza-pause-2023-11';
/** Every view of the dashboard, as the address names it. */
const VIEWS = [
  'overview',
  'timeline',
  'tallies',
  'map',
  'report',
  'review',
  'documents',
  'upload',
  'search',
] as const;

let dashboard: OpenDashboard;
let store: Store;
let base: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dashboard = await openDashboard('analyst');
  ({ store, base, browser, page } = dashboard);
}, 300_000);

afterAll(async () => dashboard?.close());

interface Reading {
  readonly selfReport: boolean;
}

describe("the analyst's screen", { retry: 1, timeout: 120_000 }, () => {
  test('a self-report is marked as the API reads it, in the document the claim came from', async () => {
    const answer = await page.request.get(`${base}/api/claims?agreement=${AGREEMENT}&limit=1000`);
    const claims = (await answer.json()) as {
      items: { id: string; document: string }[];
      readings: Record<string, Reading>;
    };
    const self = claims.items.find((c) => claims.readings[c.id]?.selfReport);
    const other = claims.items.find((c) => claims.readings[c.id]?.selfReport === false);
    if (self === undefined || other === undefined) throw new Error('the examples changed');
    for (const [claim, marked] of [
      [self, true],
      [other, false],
    ] as const) {
      await page.goto(`${base}/#/documents/${claim.document}?agreement=${AGREEMENT}`);
      const account = page.getByRole('article', { name: `Claim ${claim.id}` });
      await account.waitFor();
      await expect(account.locator('.self-report').count()).resolves.toBe(marked ? 1 : 0);
    }
  });

  test('search lists documents and claims with the words marked, replays from the address, and opens the document at the hit', async () => {
    await page.goto(`${base}/#/overview?agreement=${AGREEMENT}`);
    await page.getByRole('searchbox', { name: 'Search' }).fill('hostages released');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    const results = page.locator('.search-results');
    // The status says "Loading the search…" until the answer comes: wait for the answer's.
    const answered = () =>
      expect.poll(() => results.getByRole('status').textContent()).not.toMatch(/^Loading/);
    await answered();
    expect(page.url()).toContain('#/search?agreement=gaza-pause-2023-11&q=hostages+released');
    const marks = await results.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(['hostages', 'released']).toContain(mark.toLowerCase());
    const summary = await results.getByRole('status').textContent();
    await page.screenshot({ path: join(SCREENSHOTS, 'search.png'), fullPage: true });

    // The address is the search: a reload shows the same hits, the box keeps the words.
    await page.reload();
    await answered();
    await expect(results.getByRole('status').textContent()).resolves.toBe(summary);
    await expect(page.getByRole('searchbox', { name: 'Search' }).inputValue()).resolves.toBe(
      'hostages released',
    );

    // A hit inside a claim's words opens its document with that claim highlighted.
    await page.getByRole('searchbox', { name: 'Search' }).fill('hostages');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.waitForURL(/q=hostages$/);
    await answered();
    await results.locator('.search-hit a[href*="claim=clm_"]').first().click();
    await page.waitForURL(/#\/documents\/doc_[^?]+\?.*claim=clm_/);
    const claim = new URL(page.url().replace('#/', '')).searchParams.get('claim');
    await page.getByRole('article', { name: `Claim ${claim}` }).waitFor();
  });

  test('a word no report holds finds nothing, and says so', async () => {
    await page.goto(`${base}/#/search?agreement=${AGREEMENT}&q=zyzzyva`);
    const status = page.locator('.search-results').getByRole('status');
    // The status says "Loading the search…" until the answer comes: wait for the answer's.
    await expect.poll(() => status.textContent()).toMatch(/^0 documents and 0 claims/);
  });

  test('the term slider sets the moment, from the keyboard and by event, and marks the events', async () => {
    const events = (
      (await (await page.request.get(`${base}/api/events?agreement=${AGREEMENT}`)).json()) as {
        items: { when: { earliest: string | null } }[];
      }
    ).items;
    await page.goto(`${base}/#/overview?agreement=${AGREEMENT}`);
    const slider = page.getByRole('slider', { name: 'Over the term' });
    await slider.waitFor();
    const marks = await page.locator('.term-event').count();
    expect(marks).toBeGreaterThan(0);
    expect(marks).toBeLessThanOrEqual(events.length);

    await page.getByRole('button', { name: /Previous event/ }).click();
    await page.waitForURL(/asOf=/);
    const asOf = new URL(page.url().replace('#/', '')).searchParams.get('asOf');
    const starts = events.map((e) => e.when.earliest && Date.parse(e.when.earliest));
    expect(starts).toContain(Date.parse(asOf!));

    // An hour back from the keyboard: the address follows once the slider rests.
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(
      (url) => !url.href.includes(encodeURIComponent(asOf!)) && !url.href.includes(asOf!),
    );
    const moved = new URL(page.url().replace('#/', '')).searchParams.get('asOf');
    expect(Date.parse(asOf!) - Date.parse(moved!)).toBeLessThanOrEqual(60 * 60 * 1000);
    await expect(page.locator('#as-of-input').inputValue()).resolves.not.toBe('');
    await page.screenshot({ path: join(SCREENSHOTS, 'term-slider.png') });
  });

  test("the term slider's ends are the span the API gives, not a margin of its own", async () => {
    const answer = await page.request.get(`${base}/api/agreements/${AGREEMENT}/evaluation`);
    const { term, span } = (await answer.json()) as {
      term: { start: string; end: { latest: string | null } };
      span: { from: string; to: string };
    };
    // An ended term, so the span does not run to the moment each side asked.
    expect(term.end.latest).not.toBeNull();
    await page.goto(`${base}/#/overview?agreement=${AGREEMENT}`);
    const slider = page.getByRole('slider', { name: 'Over the term' });
    await slider.waitFor();
    const min = Number(await slider.getAttribute('min'));
    const max = Number(await slider.getAttribute('max'));
    expect(new Date(min).toISOString()).toBe(span.from);
    expect(new Date(max).toISOString()).toBe(span.to);
    expect(min).toBeLessThan(Date.parse(term.start));
    expect(max).toBeGreaterThan(Date.parse(term.end.latest!));

    // A web with a margin of its own would agree with the server's a day either side: given
    // a span no such margin makes (the real answer, its span widened), the slider follows it.
    const DAY = 86_400_000;
    const wider = {
      from: new Date(Date.parse(span.from) - 4 * DAY).toISOString(),
      to: new Date(Date.parse(span.to) + 2 * DAY).toISOString(),
    };
    const other = await browser.newPage();
    try {
      await signIn(other, base, store, 'browser-test');
      await alterEvaluation(other, (body) => ({ ...body, span: wider }));
      await other.goto(`${base}/#/overview?agreement=${AGREEMENT}`);
      const widened = other.getByRole('slider', { name: 'Over the term' });
      await widened.waitFor();
      expect(new Date(Number(await widened.getAttribute('min'))).toISOString()).toBe(wider.from);
      expect(new Date(Number(await widened.getAttribute('max'))).toISOString()).toBe(wider.to);
    } finally {
      await other.close();
    }
  });

  test('at 390 px wide no view scrolls sideways', async () => {
    const narrow = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await signIn(narrow, base, store, 'browser-test');
      const overflowing: string[] = [];
      for (const view of VIEWS) {
        // A page load per view, so nothing of the previous view is measured.
        await narrow.goto(`${base}/?view=${view}#/${view}?agreement=${AGREEMENT}&q=hostages`);
        await narrow.waitForLoadState('networkidle');
        await narrow.waitForFunction(
          "document.querySelector('main h2') && !document.querySelector('main .loading')",
        );
        const { scrollWidth, innerWidth } = await narrow.evaluate<{
          scrollWidth: number;
          innerWidth: number;
        }>(
          '({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth })',
        );
        await narrow.screenshot({ path: join(SCREENSHOTS, `narrow-${view}.png`), fullPage: true });
        if (scrollWidth > innerWidth) overflowing.push(`${view}: ${scrollWidth}px`);
      }
      expect(overflowing).toEqual([]);
    } finally {
      await narrow.close();
    }
  });
});
