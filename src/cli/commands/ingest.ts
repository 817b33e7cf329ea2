import { basename } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { extractionWith, extractReport, ingestFiles } from '../../app/ingest.js';
import type { AgreementRef } from '../../app/ingest.js';
import { readTextFile } from '../../app/read-text-file.js';
import { storeModelPath } from '../../app/store-model.js';
import { openWorkspace, withWorkspace } from '../../app/workspace.js';
import { originOf } from '../../core/evidence/claim.js';
import { DocumentFormat } from '../../core/evidence/document.js';
import { AgreementId } from '../../core/ids.js';
import type { CliContext } from '../context.js';
import { author, workspaceOptions } from '../context.js';
import { EXIT, EXIT_CODE_OF } from '../exit-codes.js';
import { printJson, printTable } from '../output.js';
import { idArgument, parseInstant } from '../parse-options.js';

interface ReportOptions {
  published?: string;
  tz?: string;
  agreement?: AgreementRef;
  publisher?: string;
}

const agreementId = idArgument(AgreementId, 'agreement');

/** An agreement named by file (ends in .yaml/.yml) or by its recorded id. */
const parseAgreementRef = (value: string): AgreementRef =>
  /\.ya?ml$/i.test(value) ? { file: value } : { id: agreementId(value) };

function withReportOptions(command: Command): Command {
  return command
    .option(
      '--published <iso>',
      'publication time: the anchor of "on Thursday" (else relative times stay unresolved)',
      parseInstant,
    )
    .option(
      '--tz <zone>',
      "IANA time zone for days and parts of days (default: the agreement's, else UTC)",
    )
    .option(
      '--agreement <id|file>',
      "name actors by this agreement's parties and aliases; ingest records the claims for it",
      parseAgreementRef,
    )
    .option('--publisher <name>', 'who published it (else read from the page)');
}

export function defineExtract(command: Command, ctx: CliContext): void {
  withReportOptions(command.argument('<file>'))
    .addOption(
      new Option('--format <format>', 'text or html (default: from the file)').choices(
        DocumentFormat.options,
      ),
    )
    .option('--json', 'print the document and claims as JSON')
    .option('--explain', 'say which rule and which model features produced each claim')
    .action(
      async (
        file: string,
        opts: ReportOptions & { format?: DocumentFormat; json?: boolean; explain?: boolean },
      ) => {
        const text = await readTextFile(file);
        const ref = opts.agreement;
        const input = {
          name: basename(file),
          text,
          format: opts.format,
          published: opts.published ?? null,
          publisher: opts.publisher ?? null,
          timeZone: opts.tz,
        };
        // The data directory's own model, once `truce model train` has made one.
        const run = extractionWith(storeModelPath(workspaceOptions(ctx)));
        // Only an agreement named by id needs the store, and then only to read it.
        const result =
          ref !== undefined && 'id' in ref
            ? await withWorkspace(workspaceOptions(ctx), (store) =>
                extractReport(store, input, ref, run),
              )
            : await extractReport(null, input, ref, run);
        if (opts.json) {
          const { cleanText: _clean, ...document } = result.document;
          return printJson(ctx.output, {
            document,
            claims: result.claims,
            ...(opts.explain ? { explanations: result.explanations } : {}),
            warnings: result.warnings,
          });
        }
        for (const w of result.warnings) ctx.output.err(`warning: ${w}\n`);
        const why = (i: number): string[] => {
          if (!opts.explain) return [];
          const e = result.explanations[i];
          return [[e?.rule, ...(e?.reasons ?? [])].filter(Boolean).join('; ')];
        };
        printTable(
          ctx.output,
          [
            'TYPE',
            'WHEN',
            'LABEL',
            'WHERE',
            'MODALITY',
            'CONFIDENCE',
            'ORIGIN',
            'TEXT',
            ...(opts.explain ? ['WHY'] : []),
          ],
          result.claims.map((c, i) => [
            c.type,
            c.when.earliest === null
              ? 'unresolved'
              : `${c.when.earliest.slice(0, 16)}–${c.when.latest?.slice(0, 16) ?? '…'}`,
            c.when.label,
            c.where?.name ?? null,
            c.modality,
            c.confidence === undefined ? null : c.confidence.toFixed(2),
            originOf(c).name,
            c.text,
            ...why(i),
          ]),
          40,
        );
      },
    );
}

export function defineIngest(command: Command, ctx: CliContext): void {
  withReportOptions(command.argument('<paths...>'))
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], opts: ReportOptions & { json?: boolean }) => {
      // The progress bar is for a person at a terminal; nothing else loads it.
      const cliProgress =
        process.stderr.isTTY && !opts.json ? (await import('cli-progress')).default : null;
      const store = await openWorkspace(workspaceOptions(ctx));
      const bar =
        cliProgress !== null
          ? new cliProgress.SingleBar(
              {
                format: 'ingest [{bar}] {value}/{total} files | {claims} claims | {errors} errors',
                hideCursor: true,
              },
              cliProgress.Presets.shades_classic,
            )
          : null;
      let summary;
      try {
        summary = await ingestFiles(
          store,
          paths,
          {
            published: opts.published ?? null,
            publisher: opts.publisher ?? null,
            timeZone: opts.tz,
            agreement: opts.agreement,
          },
          author(ctx),
          (p) => {
            if (bar === null) return;
            if (p.done === 1) bar.start(p.total, 0, { claims: 0, errors: 0 });
            bar.update(p.done, { claims: p.claims, errors: p.errors });
          },
          extractionWith(storeModelPath(workspaceOptions(ctx))),
        );
      } finally {
        bar?.stop();
        await store.close();
      }
      if (opts.json) printJson(ctx.output, summary);
      else {
        ctx.output.out(
          `${summary.files} files: ${summary.added} added, ${summary.known} already recorded, ${summary.failed.length} failed; ${summary.claims} claims suggested for review\n`,
        );
        for (const f of summary.failed) ctx.output.err(`failed: ${f.error}\n`);
      }
      // Files that were all bad input are bad input (2); anything else failing is a failure (1).
      if (summary.failed.length > 0) {
        const codes = summary.failed.map((f) => EXIT_CODE_OF[f.kind]);
        ctx.exitCode = codes.every((code) => code === EXIT.badInput) ? EXIT.badInput : EXIT.failure;
      }
    });
}
