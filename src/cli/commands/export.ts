import { Option } from 'commander';
import type { Command } from 'commander';
import type { ExportRows } from '../../app/export/export-context.js';
import { ExportFilter } from '../../app/export/export-filter.js';
import { exportFormatNames } from '../../app/export/export-formats.js';
import { startExport } from '../../app/export/run-export.js';
import { parseInput } from '../../app/parse-input.js';
import { withWorkspace } from '../../app/workspace.js';
import { ReviewStatus } from '../../core/evidence/claim.js';
import { badInput } from '../../core/errors.js';
import { EVENT_TYPES } from '../../core/vocabulary/event-types.js';
import { writeOutputFile } from '../../app/write-output-file.js';
import type { CliContext } from '../context.js';
import { workspaceOptions } from '../context.js';
import { parseInstant } from '../parse-options.js';

interface ExportOptions {
  format: string;
  out?: string;
  agreement?: string;
  from?: string;
  to?: string;
  knownAt?: string;
  status?: string;
  type?: string;
  rows?: ExportRows;
  tz?: string;
  bom?: boolean;
  gzip?: boolean;
}

export function defineExport(command: Command, ctx: CliContext): void {
  command
    .addOption(
      new Option('--format <format>', 'what to write (docs/formats.md)')
        .choices(exportFormatNames())
        .default('json'),
    )
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--agreement <id>', "only claims naming this agreement's parties; its zone for dates")
    .option('--from <iso>', 'only events that reach past this instant', parseInstant)
    .option('--to <iso>', 'only events that start before this instant', parseInstant)
    .option('--known-at <iso>', 'the record as it was known at this moment', parseInstant)
    .addOption(
      new Option('--status <status>', 'only claims in this state').choices(ReviewStatus.options),
    )
    .addOption(new Option('--type <type>', 'only claims of this event type').choices(EVENT_TYPES))
    .addOption(
      new Option('--rows <rows>', 'one row per claim or per event (ACLED: event)').choices([
        'claim',
        'event',
      ]),
    )
    .option('--tz <zone>', 'zone of local dates without --agreement (default UTC)')
    .option('--bom', 'start CSV with a byte order mark, for Excel')
    .option('--gzip', 'compress the output with gzip')
    .action(async (opts: ExportOptions) => {
      if (opts.gzip && !opts.out)
        throw badInput('write gzip to a file: give --out FILE with --gzip');
      const filter = parseInput(
        ExportFilter,
        {
          agreement: opts.agreement,
          from: opts.from,
          to: opts.to,
          knownAt: opts.knownAt,
          status: opts.status,
          type: opts.type,
        },
        'export filter',
      );
      await withWorkspace(workspaceOptions(ctx), async (store) => {
        const { stream } = await startExport(store, opts.format, filter, {
          rows: opts.rows,
          zone: opts.tz,
          bom: opts.bom,
          gzip: opts.gzip,
        });
        if (opts.out) await writeOutputFile(opts.out, stream);
        else for await (const chunk of stream) ctx.output.out((chunk as Buffer).toString('utf8'));
      });
    });
}
