// The printable daily report and the map, in Debian's chromium, against the real server on a
// temporary SQLite store holding the examples. Screenshots go to test-results/dashboard/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Store } from '../../src/app/store-contract.js';
import type { PlacePrecision } from '../../src/core/evidence/place.js';
import type { AgreementId } from '../../src/core/ids.js';
import type { EventType } from '../../src/core/vocabulary/event-types.js';
import { pieceHoldingArea } from '../support/basemap-files.js';
import { claimAddedFor, documentAdded, makeClaim, makeDocument } from '../support/builders.js';
import { openDashboard, SCREENSHOTS, type OpenDashboard } from './browser-support.js';

const AGREEMENT = 'gaza-pause-2023-11';

let dashboard: OpenDashboard;
let store: Store;
let base: string;
let page: Page;
let seeded = false;
let seededKhartoum = false;

/**
 * Records one accepted note of `type` per place for the agreement, `hours` after the term's
 * start: notes of one type at overlapping times (an unlocated one among them) are one
 * occurrence, shown at one place.
 */
async function recordLocatedNotes(
  places: readonly { name: string; lat: number; lon: number; precision: PlacePrecision }[],
  { type = 'aid_delivery' as EventType, hours = 0 } = {},
): Promise<void> {
  const { term: terms } = (await (
    await page.request.get(`${base}/api/agreements/${AGREEMENT}/evaluation`)
  ).json()) as { term: { start: string } };
  const term = { start: new Date(Date.parse(terms.start) + hours * 3_600_000).toISOString() };
  for (const where of places) {
    const text = `A monitor saw aid trucks at ${where.name}.`;
    const document = makeDocument({ rawText: text, cleanText: text, title: `Note: ${where.name}` });
    const claim = makeClaim(document.id, {
      status: 'accepted',
      knownAt: term.start,
      content: {
        type,
        when: { earliest: term.start, latest: term.start, label: 'morning', precision: 'hour' },
        where,
        attribution: [{ name: 'Test Monitor', kind: 'monitor', source: null }],
        text,
      },
    });
    // Recorded for the agreement: a note naming no party is in its scope only so.
    await store.append(
      [documentAdded(document), claimAddedFor(claim, [AGREEMENT as AgreementId])],
      'browser-test',
    );
  }
}

beforeAll(async () => {
  dashboard = await openDashboard('report-map');
  ({ store, base, page } = dashboard);
}, 300_000);

afterAll(async () => dashboard?.close());

describe('the printable report and the map', { retry: 1, timeout: 120_000 }, () => {
  test('the report page footnotes every claim and breach to a document, and prints alone', async () => {
    await page.goto(
      `${base}/#/report/2023-11-26?agreement=${AGREEMENT}&asOf=2023-11-27T12:00:00.000Z`,
    );
    const report = page.locator('.day-report[data-report-ready]');
    await report.waitFor();
    await expect(report.locator('h2').textContent()).resolves.toBe(
      'Israel–Hamas humanitarian pause, November 2023',
    );
    await expect(report.locator('.as-known').textContent()).resolves.toBe(
      'As known at Mon, 27 Nov 2023, 14:00',
    );
    expect(await report.locator('.report-grid tbody tr').count()).toBeGreaterThan(0);
    const claims = await report.locator('.report-origin .statement').all();
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims)
      expect(await claim.locator('.note-ref a').count()).toBeGreaterThan(0);
    const targets = await report
      .locator('.note-ref a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const target of new Set(targets)) {
      await expect(report.locator(`${target}[data-document^="doc_"]`).count()).resolves.toBe(1);
    }
    // Following a footnote keeps the address: the hash is the dashboard's route.
    const address = page.url();
    await report.locator('.note-ref a').first().click();
    expect(page.url()).toBe(address);
    await page.screenshot({ path: join(SCREENSHOTS, 'report.png'), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.dashboard-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.view-nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('.report-controls').isVisible()).resolves.toBe(false);
    await expect(report.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  test('choosing another day puts it in the address and reports that day', async () => {
    await page.goto(`${base}/#/report/2023-11-26?agreement=${AGREEMENT}`);
    await page.locator('.day-report[data-report-ready]').waitFor();
    await page.locator('.report-controls select').selectOption('2023-11-27');
    await page.locator('.day-report', { hasText: 'Day 4: 2023-11-27 07:00' }).waitFor();
    expect(page.url()).toContain('#/report/2023-11-27?agreement=');
  });

  test('the map draws the located events on its basemap, with a legend', async () => {
    // Once: a retry finds them recorded.
    if (!seeded)
      await recordLocatedNotes([
        { name: 'Kerem Shalom', lat: 31.2289, lon: 34.2845, precision: 'point' },
        { name: 'Khan Younis', lat: 31.3462, lon: 34.3063, precision: 'city' },
        { name: 'northern Gaza', lat: 31.53, lon: 34.48, precision: 'region' },
      ]);
    seeded = true;
    await page.goto(`${base}/#/map?agreement=${AGREEMENT}`);
    const stage = page.locator('.map-stage[data-basemap="drawn"]');
    await stage.waitFor();
    await page.locator('.map .marker', { hasText: 'Kerem Shalom' }).waitFor();
    // Each place's precision is a circle of its own size: a region's is wider than a city's.
    const radius = (precision: string) =>
      page.locator(`.map .precision-${precision}`).first().getAttribute('r').then(Number);
    expect(await radius('region')).toBeGreaterThan(await radius('city'));
    expect(await radius('city')).toBeGreaterThan(await radius('point'));
    // The basemap names places around the events: Gaza's towns are GeoNames places.
    await expect(page.locator('.map .map-label.place').count()).resolves.toBeGreaterThan(3);
    await expect(page.getByRole('figure', { name: 'Legend' }).isVisible()).resolves.toBe(true);
    // The map was painted: the canvas is not one colour.
    const colours = await page.evaluate<number>(`(() => {
      const canvas = document.querySelector('.map-base');
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set();
      for (let i = 0; i < data.length; i += 4 * 97) seen.add(data[i] * 65536 + data[i + 1] * 256 + data[i + 2]);
      return seen.size;
    })()`);
    expect(colours).toBeGreaterThan(3);
    // The land is painted under the events, by the projection that places their markers: the
    // canvas under most markers is land (a cluster's mean, or a place on the coast, may be sea).
    const under = await page.evaluate<string[]>(`(() => {
      const canvas = document.querySelector('.map-base');
      const scale = canvas.width / 900;
      return [...document.querySelectorAll('.map .marker')]
        .map((g) => {
          const [x, y] = g.getAttribute('transform').match(/[-\\d.]+/g).map(Number);
          const [r, gr, b] = canvas.getContext('2d').getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
          return r + ',' + gr + ',' + b;
        });
    })()`);
    const onLand = under.filter((colour) => colour === '245,245,244').length;
    expect(onLand).toBeGreaterThan(under.length / 2);
    // The Gaza Strip's piece of the basemap is drawn, and not the whole world.
    const pieces = (await stage.getAttribute('data-basemap-pieces'))!.split(' ');
    expect(pieces).toContain(pieceHoldingArea('Gaza Strip'));
    expect(pieces).not.toContain('world');
    const firstDraw = await stage.getAttribute('data-first-draw-ms');
    console.log(`map: first draw ${firstDraw} ms after the view opened`);
    await page.screenshot({ path: join(SCREENSHOTS, 'map-basemap.png'), fullPage: true });
  });

  test('opened from its address, the map asks for its events once, before the app has mounted', async () => {
    // A page of its own: going to the same address with only the hash changed would not load it.
    await page.goto('about:blank');
    await page.goto(`${base}/#/map?agreement=${AGREEMENT}`);
    await page.locator('.map-stage[data-basemap="drawn"]').waitFor();
    const requests = await page.evaluate<{ path: string; start: number }[]>(`
      performance.getEntriesByType('resource').map((r) => ({
        path: r.name.replace(location.origin, ''),
        start: r.startTime,
      }))`);
    // The map and the term slider read the same events: one request serves both.
    const events = requests.filter((r) => r.path.startsWith('/api/events?'));
    expect(events.map((r) => r.path)).toEqual([`/api/events?agreement=${AGREEMENT}`]);
    // Sent from the page's first script, before the app has even mounted and read its session,
    // not once the map's chunk has loaded and mounted.
    const session = requests.find((r) => r.path === '/api/session');
    expect(session).toBeDefined();
    expect(events[0]!.start).toBeLessThan(session!.start);
    // The views not on screen are not part of the page's first load.
    expect(requests.some((r) => /\/assets\/(review-queue|exchange-tallies)-/.test(r.path))).toBe(
      false,
    );
  });

  test("events in Gaza and in Khartoum draw both regions' pieces of the basemap", async () => {
    if (!seededKhartoum)
      await recordLocatedNotes(
        [{ name: 'Khartoum', lat: 15.5007, lon: 32.5599, precision: 'city' }],
        { type: 'arrest', hours: 30 },
      );
    seededKhartoum = true;
    // The same address as the test before: only a reload reads the record again.
    await page.goto(`${base}/#/map?agreement=${AGREEMENT}`);
    await page.reload();
    const stage = page.locator('.map-stage[data-basemap="drawn"]');
    await page.locator('.map .marker', { hasText: 'Khartoum' }).waitFor();
    await stage.waitFor();
    const gaza = pieceHoldingArea('Gaza Strip');
    const khartoum = pieceHoldingArea('Khartoum');
    // Two pieces of the basemap, each with its own borders, in one view.
    expect(gaza).not.toBe(khartoum);
    const pieces = (await stage.getAttribute('data-basemap-pieces'))!.split(' ');
    expect(pieces).toEqual(expect.arrayContaining([gaza, khartoum]));
    await page.screenshot({ path: join(SCREENSHOTS, 'map-two-regions.png'), fullPage: true });
  });
});
