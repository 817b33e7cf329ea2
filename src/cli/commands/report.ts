import { Readable } from 'node:stream';
import type { Command } from 'commander';
import { dayReport } from '../../app/day-report.js';
import { withWorkspace } from '../../app/workspace.js';
import { writeOutputFile } from '../../app/write-output-file.js';
import { badInput } from '../../core/errors.js';
import { AgreementId } from '../../core/ids.js';
import type { CliContext } from '../context.js';
import { author, workspaceOptions } from '../context.js';
import { findChromium } from '../find-chromium.js';
import { idArgument, parseInstant } from '../parse-options.js';
import { printDayReportHtml, printDayReportPdf } from '../print-day-report.js';

interface ReportOptions {
  day?: string;
  asOf?: string;
  out?: string;
  html?: boolean;
  chromium?: string;
}

export function defineReport(command: Command, ctx: CliContext): void {
  command
    .argument('<agreement>', 'agreement id', idArgument(AgreementId, 'agreement'))
    .option(
      '--day <date>',
      "the local date to report on, in the agreement's zone (2023-11-26; default: the day the term is at, as of --as-of)",
    )
    .option('--as-of <iso>', 'report what was known at this moment (default: now)', parseInstant)
    .option('--out <file>', 'write the report here (a PDF; HTML with --html)')
    .option(
      '--html',
      'write the HTML the PDF is printed from instead (to standard output without --out)',
    )
    .option(
      '--chromium <path>',
      'the Chromium or Chrome to print with (default: TRUCE_CHROMIUM, else the one installed)',
    )
    .action(async (id: AgreementId, opts: ReportOptions) => {
      if (!opts.html && !opts.out)
        throw badInput('give --out FILE for the PDF (or --html to print the HTML)');
      const chromium = findChromium(opts.chromium);
      // One moment for the whole report, so the page and its header agree on it.
      const asOf = opts.asOf ?? new Date().toISOString();
      await withWorkspace(workspaceOptions(ctx), async (store) => {
        // Checked here first: a bad day or an unknown agreement is told before a browser starts.
        const report = await dayReport(store, id, { day: opts.day, asOf });
        const request = {
          store,
          author: author(ctx),
          chromium,
          agreement: id,
          day: report.day,
          asOf,
        };
        if (opts.html) {
          const html = await printDayReportHtml(request);
          if (opts.out) await writeOutputFile(opts.out, html);
          else ctx.output.out(html);
        } else {
          const pdf = await printDayReportPdf(request);
          await writeOutputFile(opts.out!, Readable.from([pdf]));
        }
        if (opts.out)
          ctx.output.err(
            `wrote the report on ${id} for ${report.day} (${report.footnotes.length} sources) to ${opts.out}\n`,
          );
      });
    });
}
