import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createSignInLink, ensureFirstAdmin, localAdmin } from '../app/accounts.js';
import type { Store } from '../app/store-contract.js';
import { unavailable } from '../core/errors.js';
import type { AgreementId } from '../core/ids.js';

/** The flags Chromium runs with to print: no sandbox needed for a page we serve ourselves. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How long the page may take to draw the report before printing gives up. */
const DRAW_TIMEOUT_MS = 60_000;

export interface PrintRequest {
  readonly store: Store;
  readonly author: string;
  readonly chromium: string;
  readonly agreement: AgreementId;
  readonly day: string;
  readonly asOf: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Opens the dashboard's printable report page over `store` in Chromium, then hands the page
 * to `take`: the PDF and the HTML are both what the dashboard itself shows and prints.
 */
async function withReportPage<T>(
  request: PrintRequest,
  take: (page: Page) => Promise<T>,
): Promise<T> {
  // The server and the browser driver load only for this command.
  const [{ buildServer }, { DEFAULT_WEB_ROOT }, { chromium }] = await Promise.all([
    import('../server/build-server.js'),
    import('../server/dashboard.js'),
    import('playwright-core'),
  ]);
  if (!existsSync(join(DEFAULT_WEB_ROOT, 'index.html')))
    throw unavailable('the dashboard is not built into dist/web: run `npm run build` first');
  // The page is read as the local admin, through a one-time link as `truce start` prints:
  // the server it is read from checks accounts like any other.
  await ensureFirstAdmin(request.store, request.author);
  const admin = await localAdmin(request.store);
  if (!admin)
    throw unavailable(
      'no active admin can read the report: add one with `truce user add NAME --role admin`',
    );
  const signIn = await createSignInLink(request.store, admin.name);
  const server = await buildServer(request.store, {
    author: request.author,
    // Nothing is extracted while printing: no worker threads are started.
    extract: () => Promise.reject(unavailable('extraction is off while printing a report')),
  });
  try {
    const base = await server.listen({ port: 0, host: '127.0.0.1' });
    const browser = await chromium
      .launch({ executablePath: request.chromium, args: CHROMIUM_ARGS })
      .catch((error: Error) => {
        throw unavailable(
          `Chromium at ${request.chromium} did not start (${error.message.split('\n')[0]}); give another with --chromium PATH`,
        );
      });
    try {
      const page = await browser.newPage({ viewport: { width: 1024, height: 1400 } });
      const query = new URLSearchParams({ agreement: request.agreement, asOf: request.asOf });
      const view = `/#/report/${encodeURIComponent(request.day)}?${query}`;
      await page.goto(`${base}/login?token=${signIn}&next=${encodeURIComponent(view)}`);
      await page.locator('.day-report[data-report-ready]').waitFor({ timeout: DRAW_TIMEOUT_MS });
      return await take(page);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

interface StandalonePage {
  readonly title: string;
  readonly css: string;
  readonly body: string;
}

/** Run in the page: its title, every style rule it is drawn with, and the report's markup. */
const STANDALONE_PAGE = `({
  title: document.title,
  css: [...document.styleSheets]
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .join('\\n'),
  body: document.querySelector('.day-report')?.outerHTML ?? '',
})`;

/** The report as a PDF, through Chromium's print of the dashboard's report page. */
export const printDayReportPdf = (request: PrintRequest): Promise<Buffer> =>
  withReportPage(request, (page) =>
    page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#4b5563"><span class="title"></span> · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    }),
  );

/** The report page as one standalone HTML file: the report and the styles it is drawn with. */
export const printDayReportHtml = (request: PrintRequest): Promise<string> =>
  withReportPage(request, async (page) => {
    const { title, css, body } = await page.evaluate<StandalonePage>(STANDALONE_PAGE);
    return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n<style>\n${css}\n</style>\n</head>\n<body>\n<main>${body}</main>\n</body>\n</html>\n`;
  });
