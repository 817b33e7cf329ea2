import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { runImport } from '../../app/import/run-import.js';
import { readTextFile } from '../../app/read-text-file.js';
import { withWorkspace } from '../../app/workspace.js';
import { badInput } from '../../core/errors.js';
import { AgreementId } from '../../core/ids.js';
import type { CliContext } from '../context.js';
import { author, workspaceOptions } from '../context.js';
import { printJson } from '../output.js';
import { idArgument } from '../parse-options.js';

export function defineImport(command: Command, ctx: CliContext): void {
  command
    .command('bundle <file>')
    .description('replay a bundle (truce export --format bundle), merging by content hash')
    .option('--json', 'print what was recorded and skipped as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const data = await readFile(file).catch(() => {
        throw badInput(`cannot read ${file}`);
      });
      const { outcome } = await withWorkspace(workspaceOptions(ctx), (store) =>
        runImport(store, { format: 'bundle', name: file, data }, author(ctx)),
      );
      if (opts.json) return printJson(ctx.output, outcome);
      const recorded = Object.entries(outcome.recorded).map(([type, n]) => `${n} ${type}`);
      ctx.output.out(`recorded ${recorded.join(', ') || 'nothing new'}\n`);
      for (const s of outcome.skipped)
        ctx.output.out(`skipped entry ${s.seq} (${s.type}): ${s.reason}\n`);
    });

  command
    .command('acled <file>')
    .description("ACLED rows as claims attributed to ACLED and each row's sources")
    .option(
      '--agreement <id>',
      "link actors to this agreement's parties",
      idArgument(AgreementId, 'agreement'),
    )
    .option('--tz <zone>', 'zone of dates for countries ACLED names that Truce has no row for')
    .option('--skip-bad', 'store the good rows of a file with bad ones')
    .option('--suggest', 'record the claims as suggested, for review')
    .option('--json', 'print the outcome as JSON')
    .action(
      async (
        file: string,
        opts: {
          agreement?: AgreementId;
          tz?: string;
          skipBad?: boolean;
          suggest?: boolean;
          json?: boolean;
        },
      ) => {
        // Read as text first: a missing, oversized or binary file is refused by name.
        const data = Buffer.from(await readTextFile(file), 'utf8');
        const { outcome } = await withWorkspace(workspaceOptions(ctx), (store) =>
          runImport(
            store,
            {
              format: 'acled',
              name: file,
              data,
              agreement: opts.agreement,
              zone: opts.tz,
              skipBad: opts.skipBad,
              status: opts.suggest ? 'suggested' : 'accepted',
            },
            author(ctx),
          ),
        );
        if (opts.json) return printJson(ctx.output, outcome);
        if (outcome.alreadyImported)
          return ctx.output.out(`${file} was imported before; nothing recorded\n`);
        ctx.output.out(`imported ${outcome.claims} claims from ${file}\n`);
        if (outcome.unknownColumns.length > 0)
          ctx.output.out(
            `columns not in ACLED's codebook, not read: ${outcome.unknownColumns.join(', ')}\n`,
          );
        for (const b of outcome.bad) ctx.output.out(`skipped line ${b.line}: ${b.problem}\n`);
        for (const n of outcome.notInVocabulary)
          ctx.output.out(`skipped line ${n.line}: ${n.pair} has no Truce event type\n`);
      },
    );
}
