import type { Command } from 'commander';
import { recordingAuthor } from '../app/author.js';
import type { WorkspaceOptions } from '../app/workspace.js';
import type { ExitCode } from './exit-codes.js';
import type { Output } from './output.js';

/** What every command needs: where to write, the global options, and a way to fail softly. */
export interface CliContext {
  readonly output: Output;
  readonly program: Command;
  /** Set by commands that finish but must report failure (verify finding tampering). */
  exitCode: ExitCode;
}

export function workspaceOptions(ctx: CliContext): WorkspaceOptions {
  return { data: ctx.program.opts<{ data?: string }>().data };
}

export function author(ctx: CliContext): string {
  return recordingAuthor(ctx.program.opts<{ author?: string }>().author);
}
