import { writeFile } from 'node:fs/promises';
import { Option } from 'commander';
import type { Command } from 'commander';
import { exportClaims } from '../../app/export-claims.js';
import type { ExportFormat } from '../../app/export-claims.js';
import { withWorkspace } from '../../app/workspace.js';
import type { CliContext } from '../context.js';
import { workspaceOptions } from '../context.js';

export function defineExport(command: Command, ctx: CliContext): void {
  command
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
      if (opts.out) await writeFile(opts.out, text, 'utf8');
      else ctx.output.out(text);
    });
}
