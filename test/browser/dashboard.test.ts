// The dashboard in Debian's chromium, against the real server on a temporary SQLite store with
// the 2023 example loaded. Screenshots of each view go to test-results/dashboard/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addToken, ensureFirstAdmin } from '../../src/app/accounts.js';
import { allClaims } from '../../src/app/all-claims.js';
import { setAssignment } from '../../src/app/assignments.js';
import { headSigner } from '../../src/app/heads.js';
import { loadExamples } from '../../src/app/examples.js';
import type { Store } from '../../src/app/store-contract.js';
import type {
  CellExplanation,
  EvaluationGrid as Evaluation,
  GridNormResult as NormResult,
} from '../../src/core/evaluation/evaluation.js';
import { AgreementId } from '../../src/core/ids.js';
import { buildServer } from '../../src/server/build-server.js';
import { initStore } from '../../src/store/open-store.js';
import { claimAdded, documentAdded, makeClaim, makeDocument } from '../support/builders.js';
import {
  apiReader,
  buildDashboard,
  CHROMIUM,
  CHROMIUM_ARGS,
  SCREENSHOTS,
  signIn,
} from './browser-support.js';

const AGREEMENT = 'gaza-pause-2023-11';
const EXAMPLE_CLAIMS = fileURLToPath(new URL('../../examples/claims/', import.meta.url));
/** How many claims the bundled examples hold: one JSON object a line. */
const bundledClaimLines = (): number =>
  readdirSync(EXAMPLE_CLAIMS)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(EXAMPLE_CLAIMS, f), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '').length;
let dir: string;
let store: Store;
let base: string;
/** An API token for the test's own reads beside the page's. */
let token: string;
let close: () => Promise<void>;
let browser: Browser;
/** One signed-in browser session: every page and tab of the tests opens in it. */
let context: BrowserContext;
let page: Page;
/** Messages of any alert, confirm or prompt the page opened: a report's script running. */
const dialogs: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no chromium at ${CHROMIUM}: install it with \`apt-get install chromium\` (or set CHROMIUM_PATH)`,
    );
  }
  dir = await mkdtemp(join(tmpdir(), 'truce-browser-'));
  const webRoot = join(dir, 'web');
  await buildDashboard(webRoot);
  const config = { kind: 'sqlite', dataDir: join(dir, 'data') } as const;
  store = await initStore(config);
  await loadExamples(store, 'browser-test');
  // A signing key, so the footer's /api/head answers too: no request of the page fails.
  const signHead = headSigner(store, config, {});
  const server = await buildServer(store, { author: 'browser-test', webRoot, signHead });
  base = await server.listen({ port: 0, host: '127.0.0.1' });
  close = () => server.close();
  await ensureFirstAdmin(store, 'browser-test');
  token = (await addToken(store, { user: 'browser-test' }, 'browser-test')).secret;
  await mkdir(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
  await signIn(page, base, store, 'browser-test');
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await close?.();
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const screenshot = (name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

async function evaluation(asOf?: string): Promise<Evaluation> {
  const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  const response = await fetch(`${base}/api/agreements/${AGREEMENT}/evaluation${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Evaluation;
}

/** The whole explanation of a cell, as the dashboard loads it when the cell is opened. */
async function explained(norm: string, period: number, asOf: string): Promise<CellExplanation> {
  const response = await fetch(
    `${base}/api/agreements/${AGREEMENT}/evaluation/cells/${norm}/${period}?asOf=${encodeURIComponent(asOf)}`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  expect(response.status).toBe(200);
  return (await response.json()) as CellExplanation;
}

/** The grid cell of a norm instance in a period. */
const cell = (result: NormResult, day: number) =>
  page.locator(`.compliance-grid [data-cell="day-${day}|${result.norm}|${result.bearer}"]`);

/** Every cell's accessible name ("Fulfilled: hamas-releases, Hamas, Day 2"), in order. */
async function gridLabels(): Promise<(string | null)[]> {
  const cells = await page.locator('.compliance-grid [data-cell]').all();
  return Promise.all(cells.map((c) => c.getAttribute('aria-label')));
}

async function openOverview(asOf?: string) {
  // A new load, not a change of the address's fragment: on the page already open the grid
  // drawn before would answer the wait below while the new one is still loading.
  await page.goto('about:blank');
  await page.goto(`${base}/#/overview?agreement=${AGREEMENT}${asOf ? `&asOf=${asOf}` : ''}`);
  await page.locator('.compliance-grid [data-cell]').first().waitFor();
  // The agreement's own zone is shown once its details are in: local times are read in it.
  await page.locator('.as-of .zone', { hasText: '/' }).waitFor();
}

// One retry: a real browser on a busy two-core machine can miss its moment; a bug fails twice.
/** Records a one-sentence monitor's note whose whole text is one suggested aid claim. */
async function addMonitorNote(text: string, title: string) {
  const document = makeDocument({ rawText: text, cleanText: text, title });
  const claim = makeClaim(document.id, {
    status: 'suggested',
    content: {
      type: 'aid_delivery',
      attribution: [{ name: 'Test Monitor', kind: 'monitor', source: null }],
      span: [0, text.length],
      text,
    },
  });
  await store.append([documentAdded(document), claimAdded(claim)], 'browser-test');
  return { document, claim };
}

describe('the dashboard on the 2023 example', { retry: 1, timeout: 120_000 }, () => {
  test('opens on the agreement: its term and the compliance grid', async () => {
    await openOverview();
    await expect(page.getByRole('heading', { name: 'The term' }).isVisible()).resolves.toBe(true);
    const expected = await evaluation();
    const cells = expected.periods.flatMap((p) => p.norms).length;
    expect(await page.locator('.compliance-grid [data-cell]').count()).toBe(
      cells + expected.once.length,
    );
    await screenshot('overview');
  });

  test('lists alleged breaches a row per clause and period, naming the first source and how many more', async () => {
    const { breaches } = await evaluation();
    if (breaches.length === 0) throw new Error('the example alleges no breach');
    await openOverview();
    const rows = page.locator('.breach-accounts li');
    await rows.first().waitFor();
    const texts = await rows.allTextContents();
    expect(texts).toHaveLength(breaches.length);
    breaches.forEach((b, i) => {
      const text = texts[i] ?? '';
      expect(text).toContain(b.according_to ?? 'the silence rule');
      if (b.origins > 1) expect(text).toContain(`and ${b.origins - 1} other source`);
    });
  });

  test("a cell's explanation names each origin alleging a breach there, as the cell route lists them", async () => {
    const grid = await evaluation();
    const group = grid.breaches.find((b) => b.norm !== null && b.period !== null && b.by !== null);
    if (!group?.norm || group.period === null) throw new Error('the example alleges no breach');
    const result = grid.periods
      .find((p) => p.index === group.period)
      ?.norms.find((n) => n.norm === group.norm && n.bearer === group.by);
    if (!result) throw new Error('no cell for the breach');
    const { breaches } = await explained(group.norm, group.period, grid.asOf);
    const expected = breaches.filter((b) => b.by === group.by);
    await openOverview();
    await cell(result, group.period).click();
    const lines = page.locator('.verdict-explanation .alleged-by li');
    await lines.first().waitFor();
    const texts = await lines.allTextContents();
    expect(texts).toHaveLength(expected.length);
    expected.forEach((b, i) => expect(texts[i]).toContain(b.according_to ?? 'the silence rule'));
  });

  test('with no agreement in the address, opens on the example with the fullest record', async () => {
    // A second load of the page is answered 304 Not Modified: its headers must still allow it.
    await page.goto(`${base}/`);
    await page.locator('.compliance-grid [data-cell]').first().waitFor();
    await expect(page.locator('#agreement-select').inputValue()).resolves.toBe(AGREEMENT);
  });

  test("a cell opens its explanation: the clause, and the claims' quoted words", async () => {
    const { periods } = await evaluation();
    const period = periods.find((p) => p.norms.some((n) => n.explanation.claims.counted > 0));
    const result = period?.norms.find((n) => n.explanation.claims.counted > 0);
    if (!period || !result) throw new Error('the example counts no claim for any cell');
    await openOverview();
    await cell(result, period.index).click();
    const explanation = page.locator('.verdict-explanation');
    await explanation.waitFor();
    await expect(explanation.getByText(result.explanation.ref).count()).resolves.toBeGreaterThan(0);
    await explanation.locator('.claim-account .quote').first().waitFor();
    await expect(explanation.locator('.attribution-chain').first().isVisible()).resolves.toBe(true);
    // The example's quotes are our summaries' words, and say so under the outlet's name.
    await expect(explanation.locator('.quote-credit').first().textContent()).resolves.toMatch(
      /^Words of the summary written for the examples, from a report by /,
    );
    await screenshot('explanation');
  });

  test('accepting a claim in the review queue changes the grid', async () => {
    // A suggested report of a hostile act inside a period where the prohibition holds.
    const { periods } = await evaluation();
    const period = periods.find((p) =>
      p.norms.some((n) => n.kind === 'prohibition' && n.verdict === 'fulfilled'),
    );
    const norm = period?.norms.find((n) => n.kind === 'prohibition' && n.verdict === 'fulfilled');
    if (!period || !norm) throw new Error('the example has no prohibition that holds in a period');
    const middle = new Date((Date.parse(period.start) + Date.parse(period.end)) / 2).toISOString();
    const text = `A monitor reported rocket fire by ${norm.bearer} on day ${period.index}.`;
    const document = makeDocument({ rawText: text, cleanText: text, title: 'A monitor note' });
    const claim = makeClaim(document.id, {
      status: 'suggested',
      knownAt: period.start,
      content: {
        type: 'rocket_fire',
        when: { earliest: middle, latest: middle, label: `day ${period.index}`, precision: 'hour' },
        where: { name: 'Gaza Strip', lat: null, lon: null, precision: 'region' },
        actors: [{ name: norm.bearer, role: 'agent', party: norm.bearer }],
        attribution: [{ name: 'Test Monitor', kind: 'monitor', source: null }],
        span: [0, text.length],
        text,
      },
    });
    await store.append([documentAdded(document), claimAdded(claim)], 'browser-test');

    await openOverview();
    const before = await cell(norm, period.index).getAttribute('aria-label');
    await page.goto(`${base}/#/review/${document.id}?agreement=${AGREEMENT}`);
    await page.locator('mark.span.active').waitFor();
    await expect(page.locator('.queue-claim .quote').textContent()).resolves.toBe(text);
    await screenshot('review-queue');
    await page.keyboard.press('a');
    await page.getByRole('status').filter({ hasText: 'Accepted' }).waitFor();

    await page.getByRole('link', { name: 'Overview' }).click();
    await page.locator('.compliance-grid [data-cell]').first().waitFor();
    const after = await cell(norm, period.index).getAttribute('aria-label');
    expect(after).not.toBe(before);
    expect(after).toMatch(/^Violated/);
  });

  test('a review of a claim someone changed meanwhile is refused, naming who changed it', async () => {
    const { document, claim } = await addMonitorNote(
      'A monitor reported two aid trucks crossed at Rafah.',
      'A second note',
    );
    await page.goto(`${base}/#/review/${document.id}?agreement=${AGREEMENT}`);
    await page.locator('mark.span.active').waitFor();
    // Another reviewer rejects it while this page still shows revision 1.
    await store.append(
      [{ type: 'claim.reviewed', claim: claim.id, status: 'rejected', note: null }],
      'rana',
    );
    await page.keyboard.press('a');
    await page
      .getByRole('status')
      .filter({ hasText: 'rana changed this claim meanwhile' })
      .waitFor();
    await screenshot('review-changed-meanwhile');
    expect((await store.getClaim(claim.id))?.status).toBe('rejected');
  });

  test('a claim shows its history when opened: who added it and who changed it', async () => {
    const { document, claim } = await addMonitorNote(
      'A monitor reported four aid trucks crossed at Kerem Shalom.',
      'A third note',
    );
    await store.append(
      [
        {
          type: 'claim.edited',
          claim: claim.id,
          content: claim.content,
          note: 'checked the quote',
        },
      ],
      'sam',
    );
    await page.goto(`${base}/#/review/${document.id}?agreement=${AGREEMENT}`);
    await page.locator('mark.span.active').waitFor();
    const lines = page
      .getByRole('list', { name: `History of claim ${claim.id}` })
      .getByRole('listitem');
    // Nothing is asked of the audit until the history is opened.
    expect(await lines.count()).toBe(0);
    await page.locator('.queue-claim .claim-history > summary').click();
    await lines.nth(1).waitFor();
    const texts = await lines.allTextContents();
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/browser-test added the claim \(aid_delivery\)$/);
    expect(texts[1]).toMatch(/sam edited: checked the quote$/);
    await screenshot('claim-history');
  });

  test('moving the as-of control back changes a verdict', async () => {
    const { term } = await evaluation();
    await openOverview();
    const now = await gridLabels();
    const early = new Date(Date.parse(term.start) + 26 * 3_600_000).toISOString();
    const earlier = await evaluation(early);
    const wall = new Intl.DateTimeFormat('sv-SE', {
      timeZone: earlier.timezone,
      dateStyle: 'short',
      timeStyle: 'short',
    })
      .format(new Date(early))
      .replace(' ', 'T');
    await page.getByRole('textbox', { name: /^As of/ }).fill(wall);
    await page.getByRole('status').filter({ hasText: 'Replaying what was known on' }).waitFor();
    // The replay is a new evaluation on the server: on a busy machine it takes more than the
    // poll's default second.
    await expect.poll(gridLabels, { timeout: 30_000 }).not.toEqual(now);
    await screenshot('as-of');
  });

  test('an uploaded report with <script> and markup is shown as text, never run', async () => {
    const report = [
      'Ceasefire monitor, day 9',
      '<script>window.truceInjected = 1; alert("script ran")</script>',
      '<img src="x" onerror="window.truceInjected = 2; alert(\'onerror ran\')">',
      'Officials said <b>12 hostages</b> were released on Friday.',
    ].join('\n');
    await page.goto(`${base}/#/upload?agreement=${AGREEMENT}`);
    await page.getByLabel(/^Report text/).fill(report);
    await page.getByLabel('Format').selectOption('text');
    await page.getByLabel('Title').fill('Monitor note with markup');
    await page.getByRole('button', { name: 'Preview the claims' }).click();
    await page.getByRole('heading', { name: /^Preview:/ }).waitFor();
    await screenshot('upload-preview');
    await page.getByRole('button', { name: 'Send to review' }).click();
    await page.getByRole('link', { name: 'Read the document' }).click();
    const text = page.locator('.reader-text .document-text');
    await text.waitFor();
    await expect(text.textContent()).resolves.toContain(
      '<script>window.truceInjected = 1; alert("script ran")</script>',
    );
    await expect(text.textContent()).resolves.toContain('<b>12 hostages</b>');
    await expect(
      page.locator('.reader-text script, .reader-text img, .reader-text b').count(),
    ).resolves.toBe(0);
    await expect(page.evaluate('window.truceInjected')).resolves.toBeUndefined();
    expect(dialogs).toEqual([]);
    await screenshot('document-reader');
  });

  test('the map shows located events, zoomed to them', async () => {
    // The example's claims name places without coordinates; a monitor's note gives one.
    const { term } = await evaluation();
    const text = 'A monitor saw aid trucks enter at Kerem Shalom.';
    const document = makeDocument({ rawText: text, cleanText: text, title: 'Crossing note' });
    const claim = makeClaim(document.id, {
      status: 'accepted',
      knownAt: term.start,
      content: {
        type: 'aid_delivery',
        when: { earliest: term.start, latest: term.start, label: 'morning', precision: 'hour' },
        where: { name: 'Kerem Shalom', lat: 31.2289, lon: 34.2845, precision: 'point' },
        attribution: [{ name: 'Test Monitor', kind: 'monitor', source: null }],
        text,
      },
    });
    await store.append([documentAdded(document), claimAdded(claim)], 'browser-test');
    // The map shows the agreement's events: the note names no party, so it is assigned.
    await setAssignment(store, { claim: claim.id }, AgreementId.parse(AGREEMENT), true, 'test');
    await page.goto(`${base}/#/map?agreement=${AGREEMENT}`);
    await page.locator('.map .marker').filter({ hasText: 'Kerem Shalom' }).waitFor();
    await page.locator('.map-stage[data-basemap="drawn"]').waitFor();
    await screenshot('map');
  });

  // Every bundled claim, each opened in the reader: longer than one view, so its own time limit.
  test(
    'the reader highlights the quoted words of every example claim, credited as a summary',
    {
      timeout: 240_000,
    },
    async () => {
      const examples = (await allClaims(store)).filter(
        (c) => c.provenance.kind === 'analyst' && c.provenance.analyst === 'truce-examples',
      );
      expect(examples).toHaveLength(bundledClaimLines());
      const active = page.locator('.document-reader mark.span.active');
      for (const claim of examples) {
        await page.goto(
          `${base}/#/documents/${claim.document}?agreement=${AGREEMENT}&claim=${claim.id}`,
        );
        // Overlapping quotes cut the text into pieces: the active claim's pieces read its quote.
        await expect
          .poll(async () => (await active.allTextContents()).join(''), { message: claim.id })
          .toBe(claim.content.text);
      }
      await expect(
        page.locator('.document-reader .document-credit').textContent(),
      ).resolves.toMatch(/^Summary written for the examples, from a report by /);
      await expect(
        page.locator('.reader-claims .quote-credit').first().textContent(),
      ).resolves.toMatch(/^Words of the summary written for the examples/);
      await screenshot('reader');
    },
  );

  test.each(['timeline', 'tallies', 'documents'] as const)(
    'the %s view shows the example',
    async (view) => {
      await page.goto(`${base}/#/${view}?agreement=${AGREEMENT}`);
      const shown = {
        timeline: page.locator('.timeline-row').first(),
        tallies: page.locator('.plot-figure svg').first(),
        documents: page.locator('.document-row').first(),
      }[view];
      await shown.waitFor();
      await screenshot(view);
    },
  );
});

/** A moment inside the example's term: the replay link the issue was reported with. */
const REPLAY_AT = '2023-11-30T10:00:00.000Z';

/** Each view with what shows it loaded; a view opened by link must get there on its own. */
const REPLAYED_VIEWS = {
  overview: '.compliance-grid [data-cell]',
  timeline: '.timeline-row',
  tallies: '.plot-figure svg',
  map: '.map-stage[data-basemap="drawn"]',
  report: '.day-report[data-report-ready]',
  review: '.review-queue',
  documents: '.document-row',
  upload: 'form',
} as const;

/**
 * Opens a link in a fresh page, as a colleague would, and gathers every API answer that was not
 * a success until the page settles.
 */
/** How the API reads a claim for an agreement: the fields the timeline's filters use. */
type ApiReading = { links: { side: string | null }[]; agent: string | null };

/**
 * The example agreement's accepted claims and events as the API gives them, the first party
 * `partyOf` finds in a claim's reading, and how many events have an account it reads as that
 * party's: what a timeline filtered by that party must count.
 */
async function eventsOfFirstParty(partyOf: (reading: ApiReading) => string | null) {
  const read = apiReader(base, token);
  const { items, readings } = await read<{
    items: { id: string }[];
    readings: Record<string, ApiReading>;
  }>(`/api/claims?agreement=${AGREEMENT}&status=accepted&limit=1000`);
  const { items: events } = await read<{ items: { id: string; claims: string[] }[] }>(
    `/api/events?agreement=${AGREEMENT}`,
  );
  const of = (claim: string) => {
    const reading = readings[claim];
    return reading === undefined ? null : partyOf(reading);
  };
  const party = items.map((c) => of(c.id)).find((found) => found !== null);
  if (!party) throw new Error("no example claim reads as a party's");
  const expected = events.filter((e) => e.claims.some((c) => of(c) === party)).length;
  return { party, expected, events, readings };
}

async function openLink(path: string, ready: string) {
  const fresh = await context.newPage();
  const failures: string[] = [];
  fresh.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  await fresh.goto(`${base}/#/${path}`);
  await fresh.locator(ready).first().waitFor();
  await fresh.waitForLoadState('networkidle');
  return { page: fresh, failures };
}

/** What a broken replay shows: no agreement, times in UTC, a failed load. */
async function expectReplayed(replayed: Page) {
  await expect(replayed.locator('#agreement-select').inputValue()).resolves.toBe(AGREEMENT);
  await expect(replayed.getByText('No agreement recorded').count()).resolves.toBe(0);
  await expect(replayed.locator('.as-of .zone').textContent()).resolves.toContain('/');
  await expect(replayed.getByText(/^Could not load/).count()).resolves.toBe(0);
}

describe('a replay link opened in a new tab', { retry: 1 }, () => {
  test.each(Object.entries(REPLAYED_VIEWS))(
    'opens the %s view as known then, every request answered',
    async (view, ready) => {
      const { page: replayed, failures } = await openLink(
        `${view}?agreement=${AGREEMENT}&asOf=${REPLAY_AT}`,
        ready,
      );
      try {
        expect(failures).toEqual([]);
        await expectReplayed(replayed);
        await replayed.screenshot({
          path: join(SCREENSHOTS, `replay-${view}.png`),
          fullPage: true,
        });
      } finally {
        await replayed.close();
      }
    },
  );

  test('opens a document as known then, with the claims known then', async () => {
    const claims = await allClaims(store, { knownBy: REPLAY_AT });
    const known = claims[0];
    if (!known) throw new Error(`the example knows no claim at ${REPLAY_AT}`);
    const { page: replayed, failures } = await openLink(
      `documents/${known.document}?agreement=${AGREEMENT}&asOf=${REPLAY_AT}`,
      '.document-reader .document-text',
    );
    try {
      expect(failures).toEqual([]);
      await expectReplayed(replayed);
    } finally {
      await replayed.close();
    }
  });

  test("a cell's explanation shows the claims not yet known then, not a failed load", async () => {
    const { periods } = await evaluation(REPLAY_AT);
    const late = async (p: (typeof periods)[number], n: NormResult) =>
      n.explanation.claims.ignored > 0 &&
      (await explained(n.norm, p.index, REPLAY_AT)).results.some(
        (r) =>
          r.bearer === n.bearer &&
          r.explanation.ignored.some((i) => i.reason === 'known_after_as_of'),
      );
    let period: (typeof periods)[number] | undefined;
    let result: NormResult | undefined;
    for (const p of periods) {
      for (const n of p.norms) {
        if (result === undefined && (await late(p, n))) [period, result] = [p, n];
      }
    }
    if (!period || !result) throw new Error(`the example ignores no claim at ${REPLAY_AT}`);
    const { page: replayed, failures } = await openLink(
      `overview?agreement=${AGREEMENT}&asOf=${REPLAY_AT}`,
      REPLAYED_VIEWS.overview,
    );
    try {
      await replayed
        .locator(
          `.compliance-grid [data-cell="day-${period.index}|${result.norm}|${result.bearer}"]`,
        )
        .click();
      const explanation = replayed.locator('.verdict-explanation');
      await explanation.locator('.claim-account').first().waitFor();
      await replayed.waitForLoadState('networkidle');
      await expect(explanation.getByText(/^Could not load claim/).count()).resolves.toBe(0);
      expect(failures).toEqual([]);
      await expectReplayed(replayed);
      await replayed.screenshot({
        path: join(SCREENSHOTS, 'replay-explanation.png'),
        fullPage: true,
      });
    } finally {
      await replayed.close();
    }
  });
});

/** The address after the page has settled, and the page reloaded from it. */
async function reloaded(shown: Page, ready: string): Promise<string> {
  const address = shown.url();
  await shown.reload();
  await shown.locator(ready).first().waitFor();
  await shown.waitForLoadState('networkidle');
  return address;
}

describe('a screen set through the page comes back on reload', { retry: 1 }, () => {
  test('the open cell: its explanation, as known then', async () => {
    const { periods } = await evaluation(REPLAY_AT);
    const period = periods.find((p) => p.norms.some((n) => n.explanation.claims.counted > 0));
    const result = period?.norms.find((n) => n.explanation.claims.counted > 0);
    if (!period || !result) throw new Error(`the example counts no claim at ${REPLAY_AT}`);
    const { page: shown, failures } = await openLink(
      `overview?agreement=${AGREEMENT}&asOf=${REPLAY_AT}`,
      REPLAYED_VIEWS.overview,
    );
    try {
      const chosen = `.compliance-grid [data-cell="day-${period.index}|${result.norm}|${result.bearer}"]`;
      await shown.locator(chosen).click();
      const explanation = shown.locator('.verdict-explanation');
      await explanation.locator('.claim-account').first().waitFor();
      const heading = await explanation.locator('h3').textContent();
      const accounts = await explanation.locator('.claim-account').count();

      const address = await reloaded(shown, '.verdict-explanation .claim-account');
      expect(shown.url()).toBe(address);
      await expect(explanation.locator('h3').textContent()).resolves.toBe(heading);
      await expect(explanation.locator('.claim-account').count()).resolves.toBe(accounts);
      await expect(shown.locator(chosen).getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(shown.locator('.as-of input').first().inputValue()).resolves.not.toBe('');
      expect(failures).toEqual([]);
      await expectReplayed(shown);
    } finally {
      await shown.close();
    }
  });

  test("the timeline's filters and the chosen event", async () => {
    const { page: shown, failures } = await openLink(
      `timeline?agreement=${AGREEMENT}&asOf=${REPLAY_AT}`,
      REPLAYED_VIEWS.timeline,
    );
    try {
      const filters = shown.locator('.timeline-filters');
      const type = filters.getByLabel('Type');
      const types = await type
        .locator('option')
        .evaluateAll((os) => os.map((o) => o.getAttribute('value') ?? '').filter((v) => v !== ''));
      const [chosenType] = types;
      if (chosenType === undefined) throw new Error('the example has no event type');
      await type.selectOption(chosenType);
      const rows = shown.locator('.timeline-row');
      await rows.first().waitFor();
      const row = (await rows.count()) > 1 ? rows.nth(1) : rows.first();
      await row.click();
      await expect.poll(() => row.getAttribute('aria-current')).toBe('true');
      const chosenRow = await row.textContent();
      const detail = await shown.locator('.timeline-detail').textContent();
      const counted = await shown.locator('.timeline-list .queue-count').textContent();

      const address = await reloaded(shown, '.timeline-row');
      expect(shown.url()).toBe(address);
      await expect(type.inputValue()).resolves.toBe(chosenType);
      await expect
        .poll(() => shown.locator('.timeline-row[aria-current="true"]').textContent())
        .toBe(chosenRow);
      await expect.poll(() => shown.locator('.timeline-detail').textContent()).toBe(detail);
      await expect
        .poll(() => shown.locator('.timeline-list .queue-count').textContent())
        .toBe(counted);
      expect(failures).toEqual([]);
      await expectReplayed(shown);
    } finally {
      await shown.close();
    }
  });

  test("according to one side, the timeline keeps the events the API reads as that side's", async () => {
    const { party, expected } = await eventsOfFirstParty((r) => r.links.at(-1)?.side ?? null);

    const { page: shown, failures } = await openLink(
      `timeline?agreement=${AGREEMENT}`,
      REPLAYED_VIEWS.timeline,
    );
    try {
      await shown
        .locator('.timeline-filters')
        .getByLabel('According to')
        .selectOption(`side:${party}`);
      await expect
        .poll(() => shown.locator('.timeline-list .queue-count').textContent())
        .toMatch(new RegExp(`^${expected} events?\\b`));
      expect(new URL(shown.url()).hash).toContain(`according=side%3A${party}`);
      expect(failures).toEqual([]);
    } finally {
      await shown.close();
    }
  });

  test('by party, the timeline keeps the events whose accounts the API reads as that party acting', async () => {
    const { party, expected, events, readings } = await eventsOfFirstParty((r) => r.agent);

    const { page: shown, failures } = await openLink(
      `timeline?agreement=${AGREEMENT}`,
      REPLAYED_VIEWS.timeline,
    );
    try {
      await shown.locator('.timeline-filters').getByLabel('Party acting').selectOption(party);
      await expect
        .poll(() => shown.locator('.timeline-list .queue-count').textContent())
        .toMatch(new RegExp(`^${expected} events?\\b`));
      expect(failures).toEqual([]);
    } finally {
      await shown.close();
    }

    // Read as if that party acted in every claim, the page keeps every event with an account:
    // a page that took the party from the claims' actors would keep only the first count.
    const every = events.filter((e) => e.claims.some((c) => c in readings)).length;
    expect(every).toBeGreaterThan(expected);
    const other = await context.newPage();
    try {
      await other.route(/\/api\/claims\?/, async (route) => {
        const real = await route.fetch();
        const body = (await real.json()) as { readings?: Record<string, object> };
        const readings = Object.fromEntries(
          Object.entries(body.readings ?? {}).map(([id, r]) => [id, { ...r, agent: party }]),
        );
        await route.fulfill({ response: real, json: { ...body, readings } });
      });
      await other.goto(`${base}/#/timeline?agreement=${AGREEMENT}`);
      await other.locator(REPLAYED_VIEWS.timeline).first().waitFor();
      await other.locator('.timeline-filters').getByLabel('Party acting').selectOption(party);
      await expect
        .poll(() => other.locator('.timeline-list .queue-count').textContent())
        .toMatch(new RegExp(`^${every} events?\\b`));
    } finally {
      await other.close();
    }
  });

  test('the document and the highlighted words of its chosen claim', async () => {
    const { page: shown, failures } = await openLink(
      `documents?agreement=${AGREEMENT}&asOf=${REPLAY_AT}`,
      REPLAYED_VIEWS.documents,
    );
    try {
      await shown.locator('.document-row').first().click();
      const marks = shown.locator('.document-reader mark.span');
      await marks.first().waitFor();
      await marks.last().click();
      const active = shown.locator('.document-reader mark.span.active');
      await active.first().waitFor();
      const highlighted = (await active.allTextContents()).join('');
      const title = await shown.locator('.document-row[aria-current="page"]').textContent();

      const address = await reloaded(shown, '.document-reader mark.span.active');
      expect(shown.url()).toBe(address);
      expect(new URL(address).hash).toMatch(/^#\/documents\/[^?]+\?.*claim=/);
      await expect.poll(async () => (await active.allTextContents()).join('')).toBe(highlighted);
      await expect(shown.locator('.document-row[aria-current="page"]').textContent()).resolves.toBe(
        title,
      );
      expect(failures).toEqual([]);
      await expectReplayed(shown);
    } finally {
      await shown.close();
    }
  });
});

describe('the export links download what the screen shows', { retry: 1 }, () => {
  test('CSV, ACLED, GeoJSON and JSON carry the agreement, the moment and the type filter', async () => {
    const { page: shown, failures } = await openLink(
      `timeline?agreement=${AGREEMENT}&asOf=${REPLAY_AT}`,
      REPLAYED_VIEWS.timeline,
    );
    try {
      const type = shown.locator('.timeline-filters').getByLabel('Type');
      const types = await type
        .locator('option')
        .evaluateAll((os) => os.map((o) => o.getAttribute('value') ?? '').filter((v) => v !== ''));
      const [chosenType] = types;
      if (chosenType === undefined) throw new Error('the example has no event type');
      await type.selectOption(chosenType);

      const download = async (label: string) => {
        const [file] = await Promise.all([
          shown.waitForEvent('download'),
          shown
            .getByRole('navigation', { name: 'Export' })
            .getByRole('link', { name: label, exact: true })
            .click(),
        ]);
        const url = new URL(file.url());
        expect(url.searchParams.get('agreement')).toBe(AGREEMENT);
        expect(url.searchParams.get('knownAt')).toBe(REPLAY_AT);
        expect(url.searchParams.get('type')).toBe(chosenType);
        return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
      };

      const csv = await download('CSV');
      expect(csv.name).toBe('truce-claims.csv');
      expect(csv.text.split('\r\n')[0]).toMatch(/^claim_id,status,type,/);
      const csvRows = csv.text
        .split('\r\n')
        .slice(1)
        .filter((line) => line !== '');
      expect(csvRows.length).toBeGreaterThan(0);
      for (const row of csvRows) expect(row.split(',')[2]).toBe(chosenType);

      const acled = await download('ACLED');
      expect(acled.name).toBe('truce-acled.csv');
      expect(acled.text).toMatch(/^event_id_cnty,event_date,year,time_precision,/);

      const geojson = await download('GeoJSON');
      expect(geojson.name).toBe('truce.geojson');
      expect(JSON.parse(geojson.text)).toMatchObject({ type: 'FeatureCollection' });

      const json = await download('JSON');
      expect(json.name).toBe('truce-claims.json');
      const { claims } = JSON.parse(json.text) as {
        claims: { knownAt: string; content: { type: string } }[];
      };
      expect(claims.length).toBe(csvRows.length);
      for (const claim of claims) {
        expect(claim.content.type).toBe(chosenType);
        expect(Date.parse(claim.knownAt)).toBeLessThanOrEqual(Date.parse(REPLAY_AT));
      }
      expect(failures).toEqual([]);
    } finally {
      await shown.close();
    }
  });
});
