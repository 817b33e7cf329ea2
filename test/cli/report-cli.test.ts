// `truce report`: the daily situation report printed by Debian's Chromium from the dashboard's
// own report page, over a temporary SQLite store holding the examples. Needs `npm run build`
// (the dashboard in dist/web), as `npm test` does before the tests.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/cli/find-chromium.js';
import { truce } from '../support/run-cli.js';

const WEB_ROOT = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url));
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const DAY = ['gaza-pause-2023-11', '--day', '2023-11-26', '--as-of', '2023-11-27T12:00:00Z'];

let dir: string;
let data: string;
const savedUrl = process.env['DATABASE_URL'];
const run = (...args: string[]) =>
  truce('--data', data, '--author', 'tester', ...args, '--chromium', CHROMIUM);

beforeAll(async () => {
  if (!existsSync(WEB_ROOT)) throw new Error('the dashboard is not built: run `npm run build`');
  delete process.env['DATABASE_URL'];
  dir = await mkdtemp(join(tmpdir(), 'truce-report-cli-'));
  data = join(dir, 'data');
  expect((await truce('--data', data, 'init', '--examples')).code).toBe(0);
});

afterAll(async () => {
  if (savedUrl !== undefined) process.env['DATABASE_URL'] = savedUrl;
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('truce report', { timeout: 180_000 }, () => {
  it('writes a PDF printed by Chromium', async () => {
    const out = join(dir, 'report.pdf');
    const result = await run('report', ...DAY, '--out', out);
    expect(result.stderr).toMatch(/wrote the report on gaza-pause-2023-11 for 2023-11-26/);
    expect(result.code).toBe(0);
    const pdf = await readFile(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it('writes the HTML the PDF is printed from, every statement footnoted to a document', async () => {
    const out = join(dir, 'report.html');
    expect((await run('report', ...DAY, '--html', '--out', out)).code).toBe(0);
    const { document } = parseHTML(await readFile(out, 'utf8'));
    expect(document.querySelector('h2')?.textContent).toBe(
      'Israel–Hamas humanitarian pause, November 2023',
    );
    expect(document.querySelector('.as-known')?.textContent).toBe(
      'As known at Mon, 27 Nov 2023, 14:00',
    );
    // Every claim and every alleged breach cites a source, and every citation resolves.
    const claims = document.querySelectorAll(
      '.report-origin .statement, [aria-labelledby="report-breaches"] .statement',
    );
    expect(claims.length).toBeGreaterThan(0);
    for (const statement of claims)
      expect(statement.querySelectorAll('.note-ref a').length).toBeGreaterThan(0);
    const refs = [...document.querySelectorAll('.note-ref a')];
    expect(refs.length).toBeGreaterThan(claims.length);
    for (const ref of refs) {
      const note = document.querySelector(ref.getAttribute('href')!);
      expect(note?.getAttribute('data-document')).toMatch(/^doc_/);
      expect(note?.querySelector('a, cite')?.textContent?.length).toBeGreaterThan(0);
    }
    // The summaries of the examples are credited as such, never as the outlet's words.
    expect(document.querySelector('.footnotes')?.textContent).toContain(
      'Summary written for the examples',
    );
    expect(document.querySelector('style')?.textContent).toContain('@media print');
  });

  it('refuses a day that is not a date before starting a browser', async () => {
    const result = await run('report', 'gaza-pause-2023-11', '--day', 'tomorrow', '--out', 'x.pdf');
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'truce: the day must be a date like 2023-11-26, found "tomorrow"',
    );
  });

  it('says in one sentence that a browser given by path is not there', async () => {
    const result = await truce(
      '--data',
      data,
      'report',
      ...DAY,
      '--out',
      'x.pdf',
      '--chromium',
      '/nowhere/chromium',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no runnable browser at \/nowhere\/chromium; give the path/);
  });

  it('asks for a Chromium to be installed when none is found', () => {
    expect(() => findChromium(undefined, {}, ['/nowhere/chromium'])).toThrow(
      'no Chromium found to print the report: install it (apt-get install chromium) or give its path with --chromium PATH',
    );
    expect(findChromium(undefined, { TRUCE_CHROMIUM: CHROMIUM })).toBe(CHROMIUM);
  });
});
