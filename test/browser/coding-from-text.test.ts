// Coding from the text in Debian's chromium, against the real server on a temporary SQLite
// store holding the examples: words selected in the reader become a claim through the editor,
// prefilled by the server, and a suggested claim is split and merged again from the keyboard.
// Screenshots go to test-results/dashboard/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentAdded, makeDocument } from '../support/builders.js';
import { openDashboard, SCREENSHOTS, type OpenDashboard } from './browser-support.js';

const AGREEMENT = 'gaza-pause-2023-11';
const PUBLISHED = '2023-11-25T10:00:00.000Z';
const TEXT =
  'On Thursday night, Israeli aircraft struck a house in Khan Younis, the Gaza health ministry said.\n\n' +
  "Hamas released 13 hostages on Friday, according to Qatar's foreign ministry.";
const document = makeDocument({
  rawText: TEXT,
  cleanText: TEXT,
  title: 'Coding test report',
  publisher: 'Wire Daily',
  published: { earliest: PUBLISHED, latest: PUBLISHED, label: '', precision: 'exact' },
});

let dashboard: OpenDashboard;
let base: string;
let page: Page;

const screenshot = (name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  dashboard = await openDashboard('coding', (s) =>
    s.append([documentAdded(document)], 'browser-test').then(() => {}),
  );
  ({ base, page } = dashboard);
}, 300_000);

afterAll(async () => dashboard?.close());

/** Selects `words` in the reader's text as a drag of the mouse would (run in the page). */
const SELECT_WORDS = `(target) => {
  const container = document.querySelector('.selectable-text');
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(target);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + target.length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return;
  }
  throw new Error('not in the text: ' + target);
}`;
const selectWords = (words: string) => page.evaluate(`(${SELECT_WORDS})(${JSON.stringify(words)})`);

const suggestedTexts = async () => {
  const answer = await page.request.get(`${base}/api/claims?document=${document.id}`);
  const { items } = (await answer.json()) as {
    items: { status: string; content: { text: string } }[];
  };
  return items.map((c) => `${c.status}: ${c.content.text}`).sort();
};

describe('coding from the text', { timeout: 120_000 }, () => {
  test('words selected in the reader become a claim, prefilled by the server, highlighted and queued for review', async () => {
    await page.goto(`${base}/#/documents/${document.id}?agreement=${AGREEMENT}`);
    await page.locator('.selectable-text').waitFor();
    await selectWords('Hamas');
    // The keyboard grows the selection a word at a time, and shrinks it again.
    for (const key of [']', ']', ']', ']', '[']) await page.keyboard.press(key);
    await expect(page.evaluate('getSelection().toString()')).resolves.toBe(
      'Hamas released 13 hostages',
    );
    const button = page.getByRole('button', { name: /New claim/ });
    await button.waitFor();
    await screenshot('reader-selection');

    await page.keyboard.press('n');
    const editor = page.getByRole('form', { name: 'New claim' });
    await editor.waitFor();
    await expect(editor.getByLabel('Quoted words').textContent()).resolves.toBe(
      'Hamas released 13 hostages',
    );
    const start = TEXT.indexOf('Hamas released');
    await expect(editor.locator('.draft-words').textContent()).resolves.toContain(
      `Characters ${start}–${start + 'Hamas released 13 hostages'.length}`,
    );
    // The speaker of the sentence, after the publisher.
    const chain = await editor.locator('.draft-words').textContent();
    expect(chain).toContain('Wire Daily');
    expect(chain).toContain('Qatar');
    // "on Friday" before a Saturday publication, on the agreement's clocks (Asia/Jerusalem).
    expect(chain).toContain('“on Friday”: read from their sentence');
    await expect(editor.getByLabel('Event type').inputValue()).resolves.toBe('release');
    await expect(editor.getByLabel('Earliest').inputValue()).resolves.toBe('2023-11-24T00:00');
    await screenshot('new-claim-editor');

    await editor.getByRole('button', { name: 'Save the new claim' }).click();
    await page.getByText('Saved: the new claim waits in the review queue.').waitFor();
    const active = page.locator('.selectable-text mark.span.active');
    await active.waitFor();
    await expect(active.textContent()).resolves.toBe('Hamas released 13 hostages');
    expect(page.url()).toMatch(/claim=clm_/);
    await screenshot('reader-new-claim');

    await page.goto(`${base}/#/review/${document.id}?agreement=${AGREEMENT}`);
    const row = page.locator('.queue-row', { hasText: 'Hamas released 13 hostages' });
    await row.waitFor();
    await expect(suggestedTexts()).resolves.toEqual(['suggested: Hamas released 13 hostages']);
  });

  test('a suggested claim is split, merged again and re-attributed from the keyboard, nothing lost', async () => {
    await page.goto(`${base}/#/review/${document.id}?agreement=${AGREEMENT}`);
    await page.locator('.queue-row', { hasText: 'Hamas released 13 hostages' }).waitFor();
    await page.keyboard.press('s');
    const split = page.getByRole('group', { name: 'Split the claim' });
    await split.waitFor();
    // The cut starts mid-quote; → and ← move it a word at a time.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect(split.locator('.split-first').textContent()).resolves.toBe('Hamas released ');
    await screenshot('review-split');
    await page.keyboard.press('Enter');
    await page.getByText('Split: 2 new claims, the old one retracted').waitFor();
    await page.locator('.queue-row', { hasText: '13 hostages' }).first().waitFor();
    await expect(suggestedTexts()).resolves.toEqual([
      'retracted: Hamas released 13 hostages',
      'suggested: 13 hostages',
      'suggested: Hamas released',
    ]);

    // The first new claim is shown; m merges it with the quote that follows it.
    await page.locator('.queue-claim blockquote', { hasText: /^Hamas released$/ }).waitFor();
    await page.keyboard.press('m');
    await page.getByText('Merged: one new claim, the old ones retracted').waitFor();
    await expect(suggestedTexts()).resolves.toEqual([
      'retracted: 13 hostages',
      'retracted: Hamas released',
      'retracted: Hamas released 13 hostages',
      'suggested: Hamas released 13 hostages',
    ]);
    await page.locator('.queue-row', { hasText: 'Hamas released 13 hostages' }).waitFor();
    await screenshot('review-merged');

    // o names another origin; the publisher stays first in the chain.
    await page
      .locator('.queue-claim blockquote', { hasText: 'Hamas released 13 hostages' })
      .waitFor();
    await page.keyboard.press('o');
    await page.getByLabel(/New origin/).waitFor();
    await page.keyboard.type('Egyptian Red Crescent');
    await page.keyboard.press('Enter');
    await page.getByText('Re-attributed: one new claim, the old one retracted').waitFor();
    await page
      .locator('.queue-claim .claim-account', { hasText: 'Egyptian Red Crescent' })
      .waitFor();
    await expect(suggestedTexts()).resolves.toContain('suggested: Hamas released 13 hostages');
    await expect(page.locator('.queue-claim .claim-account').textContent()).resolves.toContain(
      'Wire Daily',
    );
    await screenshot('review-reattributed');
  });
});
