import { Option } from 'commander';
import type { Command } from 'commander';
import { exportClaims } from '../../app/export-claims.js';
import type { ExportFormat } from '../../app/export-claims.js';
import { withWorkspace } from '../../app/workspace.js';
import { writeOutputFile } from '../../app/write-output-file.js';
import type { CliContext } from '../context.js';
import { workspaceOptions } from '../context.js';

export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('export every claim with its document and sources')
    .addOption(
      new Option('--format <format>', 'json or csv (RFC 4180)')
        .choices(['json', 'csv'])
        .default('json'),
    )
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: { format: ExportFormat; out?: string }) => {
      const text = await withWorkspace(workspaceOptions(ctx), (store) =>
        exportClaims(store, opts.format),
      );
      if (opts.out) await writeOutputFile(opts.out, text);
      else ctx.output.out(text);
    });
}
