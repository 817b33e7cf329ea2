import type { Command } from 'commander';
import { describeVerifyReport, rebuildStore, verifyStore } from '../../app/integrity.js';
import { withWorkspace } from '../../app/workspace.js';
import type { VerifyReport } from '../../app/integrity.js';
import type { CliContext } from '../context.js';
import { workspaceOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { printJson } from '../output.js';

function report(ctx: CliContext, result: VerifyReport, json: boolean | undefined): void {
  if (json) printJson(ctx.output, result);
  else (result.ok ? ctx.output.out : ctx.output.err)(`${describeVerifyReport(result)}\n`);
  if (!result.ok) ctx.exitCode = EXIT.failure;
}

export function defineVerify(command: Command, ctx: CliContext): void {
  command.option('--json', 'print the report as JSON').action(async (opts: { json?: boolean }) => {
    report(ctx, await withWorkspace(workspaceOptions(ctx), verifyStore), opts.json);
  });
}

export function defineRebuild(command: Command, ctx: CliContext): void {
  command.option('--json', 'print the report as JSON').action(async (opts: { json?: boolean }) => {
    report(ctx, await withWorkspace(workspaceOptions(ctx), rebuildStore), opts.json);
  });
}
