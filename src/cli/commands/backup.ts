import type { Command } from 'commander';
import { backupRecord, restoreRecord } from '../../app/backup.js';
import { describeVerifyReport } from '../../app/integrity.js';
import { describeStoreConfig, storeConfig } from '../../app/workspace.js';
import type { CliContext } from '../context.js';
import { workspaceOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { printJson } from '../output.js';

export function defineBackup(command: Command, ctx: CliContext): void {
  command
    .argument('<file>', 'where to write the backup; never an existing file')
    .option('--json', 'print what was written as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const config = storeConfig(workspaceOptions(ctx));
      const result = await backupRecord(config, file);
      if (opts.json) printJson(ctx.output, { file, ...result });
      else {
        ctx.output.out(
          result.head === null
            ? `backed up ${describeStoreConfig(config)} to ${file} (no signing key, so no signed head: see docs/security.md)\n`
            : `backed up ${describeStoreConfig(config)} to ${file}, up to at least entry ${result.head.seq}; its signed head is in ${result.headFile}\n`,
        );
      }
    });
}

export function defineRestore(command: Command, ctx: CliContext): void {
  command
    .argument('<file>', 'a file `truce backup` wrote')
    .option('--json', 'print the verify report as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const report = await restoreRecord(storeConfig(workspaceOptions(ctx)), file);
      if (opts.json) printJson(ctx.output, report);
      else
        (report.ok ? ctx.output.out : ctx.output.err)(
          `restored; ${describeVerifyReport(report)}\n`,
        );
      if (!report.ok) ctx.exitCode = EXIT.failure;
    });
}
