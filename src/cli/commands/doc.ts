import { Option } from 'commander';
import type { Command } from 'commander';
import { addDocumentFiles, getDocument, listDocuments } from '../../app/documents.js';
import { withWorkspace } from '../../app/workspace.js';
import { DocumentKind } from '../../core/evidence/document.js';
import { documentCredit, withCredit } from '../../core/evidence/document-credit.js';
import { DocumentId } from '../../core/ids.js';
import { instantInterval } from '../../core/time/time-interval.js';
import type { CliContext } from '../context.js';
import { author, workspaceOptions } from '../context.js';
import { printJson, printTable } from '../output.js';
import { idArgument, parseInstant } from '../parse-options.js';

interface AddOptions {
  published?: string;
  publisher?: string;
  url?: string;
  derivedFrom?: string;
  title?: string;
  kind?: DocumentKind;
  json?: boolean;
}

export function defineDoc(doc: Command, ctx: CliContext): void {
  doc
    .command('add <files...>')
    .description(
      'store reports verbatim with their hash; the same content twice is recognised, not duplicated',
    )
    .option('--published <iso>', 'publication time, e.g. 2023-12-02T10:00:00+02:00', parseInstant)
    .option('--publisher <name>', 'who published it')
    .option('--url <url>', 'where it was published')
    .option(
      '--derived-from <url>',
      'for a summary (--kind summary): the report it was written from',
    )
    .option('--title <title>', 'its title (default: the first line)')
    .addOption(
      new Option('--kind <kind>', 'what kind of document')
        .choices(DocumentKind.options)
        .default('article'),
    )
    .option('--json', 'print the results as JSON')
    .action(async (files: string[], opts: AddOptions) => {
      const results = await withWorkspace(workspaceOptions(ctx), (store) =>
        addDocumentFiles(
          store,
          files,
          {
            kind: opts.kind,
            title: opts.title ?? null,
            publisher: opts.publisher ?? null,
            url: opts.url ?? null,
            ...(opts.derivedFrom === undefined ? {} : { derivedFrom: opts.derivedFrom }),
            published: opts.published ? instantInterval(opts.published, 'publication time') : null,
          },
          author(ctx),
        ),
      );
      if (opts.json) return printJson(ctx.output, results);
      for (const r of results) {
        const note = r.outcome === 'known' ? '  (already recorded: same content)' : '';
        ctx.output.out(`${r.document.id}  ${r.document.title ?? '(untitled)'}${note}\n`);
      }
    });

  doc
    .command('list')
    .description('list documents')
    .option('--json', 'print as JSON (without the texts)')
    .action(async (opts: { json?: boolean }) => {
      const docs = await withWorkspace(workspaceOptions(ctx), listDocuments);
      const rows = docs.map(({ rawText: _raw, cleanText: _clean, ...meta }) => withCredit(meta));
      if (opts.json) return printJson(ctx.output, rows);
      // Whose words: a summary is never listed under the outlet's name.
      printTable(
        ctx.output,
        ['ID', 'KIND', 'PUBLISHED', 'WORDS BY', 'TITLE'],
        rows.map((d) => [d.id, d.kind, d.published?.earliest ?? null, d.credit.by, d.title]),
      );
    });

  doc
    .command('show')
    .description('show a document with its text')
    .argument('<id>', 'document id', idArgument(DocumentId, 'document'))
    .option('--json', 'print as JSON')
    .option('--raw', 'show the raw text rather than the clean text')
    .action(async (id: DocumentId, opts: { json?: boolean; raw?: boolean }) => {
      const d = await withWorkspace(workspaceOptions(ctx), (store) => getDocument(store, id));
      if (opts.json) return printJson(ctx.output, withCredit(d));
      const credit = documentCredit(d);
      const meta = [
        `id:        ${d.id}`,
        `title:     ${d.title ?? ''}`,
        `kind:      ${d.kind} (${d.format})`,
        `words:     ${credit.line}`,
        `published: ${d.published?.earliest ?? 'unknown'}`,
        `url:       ${credit.link ?? ''}`,
        `sha256:    ${d.contentHash}`,
        `recorded:  ${d.recordedAt}`,
      ];
      if (d.removed.length > 0) meta.push(`removed:   ${d.removed.join(' | ')}`);
      ctx.output.out(
        `${meta.join('\n')}\n\n${opts.raw ? d.rawText : (d.cleanText ?? d.rawText)}\n`,
      );
    });
}
