import type { Command } from 'commander';
import { auditPage } from '../../app/audit.js';
import { withWorkspace } from '../../app/workspace.js';
import type { AuditQuery } from '../../core/api/audit-api.js';
import type { AuditLine } from '../../core/audit/audit-line.js';
import { AgreementId, ClaimId, DocumentId } from '../../core/ids.js';
import type { CliContext } from '../context.js';
import { workspaceOptions } from '../context.js';
import { printJson, printTable } from '../output.js';
import { idArgument, parseInstant, parsePositiveInt } from '../parse-options.js';

type LogOptions = {
  user?: string;
  claim?: ClaimId;
  doc?: DocumentId;
  agreement?: AgreementId;
  from?: string;
  to?: string;
  limit?: number;
  json?: boolean;
};

/** Reads the audit a page at a time, as GET /api/audit serves it, up to `limit` lines. */
async function auditLines(
  ctx: CliContext,
  filter: Omit<AuditQuery, 'limit' | 'cursor'>,
  limit: number,
): Promise<AuditLine[]> {
  return withWorkspace(workspaceOptions(ctx), async (store) => {
    const lines: AuditLine[] = [];
    let cursor: string | undefined;
    do {
      const page = await auditPage(store, {
        ...filter,
        limit: Math.min(1000, limit - lines.length),
        cursor,
      });
      lines.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined && lines.length < limit);
    return lines;
  });
}

export function defineLog(command: Command, ctx: CliContext): void {
  command
    .option('--user <name>', 'only what this user did')
    .option('--claim <id>', 'only changes to this claim', idArgument(ClaimId, 'claim'))
    .option(
      '--doc <id>',
      'only changes to this document and its claims',
      idArgument(DocumentId, 'document'),
    )
    .option(
      '--agreement <id>',
      'only entries that name this agreement',
      idArgument(AgreementId, 'agreement'),
    )
    .option('--from <instant>', 'only what was done at or after this instant', parseInstant)
    .option('--to <instant>', 'only what was done at or before this instant', parseInstant)
    .option('--limit <n>', 'at most this many lines (default: all)', parsePositiveInt)
    .option('--json', 'print as JSON')
    .action(async (opts: LogOptions) => {
      const lines = await auditLines(
        ctx,
        {
          user: opts.user,
          claim: opts.claim,
          document: opts.doc,
          agreement: opts.agreement,
          from: opts.from,
          to: opts.to,
        },
        opts.limit ?? Number.MAX_SAFE_INTEGER,
      );
      if (opts.json) return printJson(ctx.output, lines);
      printTable(
        ctx.output,
        ['WHEN', 'WHO', 'WHAT', 'SEQ', 'CLAIM', 'DOCUMENT', 'SUMMARY'],
        lines.map((l) => [l.at, l.user, l.action, l.seq, l.claim, l.document, l.summary]),
      );
    });
}
