import type { Command } from 'commander';
import {
  appendToWitnessLog,
  currentSignedHead,
  readExpectedHeads,
  type ExpectedHead,
} from '../../app/heads.js';
import {
  describeRebuildResult,
  describeVerifyReport,
  rebuildStore,
  verifyStore,
} from '../../app/integrity.js';
import type { IntegrityReport } from '../../app/integrity.js';
import { storeConfig, withWorkspace } from '../../app/workspace.js';
import type { CliContext } from '../context.js';
import { workspaceOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { printJson } from '../output.js';

function report(ctx: CliContext, result: IntegrityReport, json: boolean | undefined): void {
  if (json) printJson(ctx.output, result);
  else (result.ok ? ctx.output.out : ctx.output.err)(`${describeVerifyReport(result)}\n`);
  if (!result.ok) ctx.exitCode = EXIT.failure;
}

const collect = (value: string, previous: readonly string[]): string[] => [...previous, value];

export function defineVerify(command: Command, ctx: CliContext): void {
  command
    .option('--fast', "SQLite's quick_check rather than the full integrity_check")
    .option(
      '--expect-head <head>',
      'a head noted earlier that the ledger must extend: SEQ:HASH, a signed head, or a witness log (repeatable)',
      collect,
      [],
    )
    .option('--json', 'print the report as JSON')
    .action(async (opts: { json?: boolean; fast?: boolean; expectHead: string[] }) => {
      const expectHeads: ExpectedHead[] = [];
      for (const given of opts.expectHead) expectHeads.push(...(await readExpectedHeads(given)));
      const result = await withWorkspace(workspaceOptions(ctx), (store) =>
        verifyStore(store, {
          fast: opts.fast ?? false,
          ...(opts.expectHead.length > 0 ? { expectHeads } : {}),
        }),
      );
      report(ctx, result, opts.json);
      if (result.ok && expectHeads.length > 0 && !opts.json) {
        ctx.output.out(`extends the ${expectHeads.length} head(s) noted earlier\n`);
      }
    });
}

export function defineRebuild(command: Command, ctx: CliContext): void {
  command
    .option('--no-verify', 'skip the verify that follows (the hash chain is still checked)')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { json?: boolean; verify: boolean }) => {
      const result = await withWorkspace(workspaceOptions(ctx), (store) =>
        rebuildStore(store, { verify: opts.verify }),
      );
      const failed = result.verified !== null && !result.verified.ok;
      if (opts.json) printJson(ctx.output, result);
      else (failed ? ctx.output.err : ctx.output.out)(`${describeRebuildResult(result)}\n`);
      if (failed) ctx.exitCode = EXIT.failure;
    });
}

export function defineHead(command: Command, ctx: CliContext): void {
  command
    .option(
      '--append-to <file>',
      'also append it to a witness log, after checking the ledger extends every head already there',
    )
    .option('--json', 'print the signed head as JSON')
    .action(async (opts: { json?: boolean; appendTo?: string }) => {
      const options = workspaceOptions(ctx);
      const head = await withWorkspace(options, async (store) => {
        const signed = await currentSignedHead(store, storeConfig(options));
        if (opts.appendTo !== undefined) await appendToWitnessLog(store, opts.appendTo, signed);
        return signed;
      });
      if (opts.json) printJson(ctx.output, head);
      else {
        ctx.output.out(
          `seq        ${head.seq}\nhash       ${head.hash}\ntime       ${head.time}\nsignature  ${head.signature}\nkeyId      ${head.keyId}\n`,
        );
      }
    });
}
