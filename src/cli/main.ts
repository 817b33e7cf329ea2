import { createRequire } from 'node:module';
import { Command, CommanderError, Help, InvalidArgumentError } from 'commander';
import { isTruceError } from '../core/errors.js';
import { COMMANDS, commandName, commandWord } from './command-table.js';
import type { CliContext } from './context.js';
import { EXIT, EXIT_CODE_OF } from './exit-codes.js';
import type { ExitCode } from './exit-codes.js';
import { processOutput } from './output.js';
import type { Output } from './output.js';

/** The package's version, from package.json two levels up (from src/cli and dist/cli alike). */
const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/**
 * The `truce` program for one command line: every command is listed, but only the one that
 * runs is loaded with its options and dependencies (see command-table.ts).
 */
export async function buildProgram(
  output: Output,
  argv: readonly string[],
): Promise<{ program: Command; ctx: CliContext }> {
  const program = new Command('truce');
  const ctx: CliContext = { output, program, exitCode: EXIT.ok };
  program
    .description(
      'Monitor ceasefires, truces and exchange agreements: sourced claims, a tamper-evident ledger, day-by-day verdicts.',
    )
    .option(
      '--data <dir>',
      'data directory of the embedded store (default: $TRUCE_DATA or ./truce-data; ignored when DATABASE_URL is set)',
    )
    .version(version, '-V, --version', 'print the version of Truce')
    .option('--author <name>', 'who is recording (default: $TRUCE_AUTHOR or the login name)')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => output.out(s), writeErr: (s) => output.err(s) })
    .exitOverride();
  const word = commandWord(argv.slice(2));
  for (const entry of COMMANDS) {
    const command = program.command(commandName(entry)).description(entry.summary);
    if (commandName(entry) === word) (await entry.load())(command, ctx);
  }
  // A command that is not loaded is shown in `truce --help` as its table entry says it is used.
  const termOf = new Map(COMMANDS.map((entry) => [commandName(entry), entry.term]));
  const help = new Help();
  program.configureHelp({
    subcommandTerm: (command) =>
      (command.parent === program ? termOf.get(command.name()) : undefined) ??
      help.subcommandTerm(command),
  });
  // Subcommands inherit the output and the override, so usage errors come back as exit 2.
  program.commands.forEach(function inherit(command: Command): void {
    command
      .configureOutput({ writeOut: (s) => output.out(s), writeErr: (s) => output.err(s) })
      .exitOverride();
    command.commands.forEach(inherit);
  });
  return { program, ctx };
}

/** Runs the CLI and returns its exit code: 0 success, 1 failure, 2 bad usage or bad input. */
export async function runCli(
  argv: readonly string[],
  output: Output = processOutput,
): Promise<ExitCode> {
  try {
    const { program, ctx } = await buildProgram(output, argv);
    await program.parseAsync([...argv]);
    return ctx.exitCode;
  } catch (error) {
    // Thrown by an action, not by commander's parsing: nothing has printed it yet.
    if (error instanceof InvalidArgumentError) {
      output.err(`truce: ${error.message}\n`);
      return EXIT.badInput;
    }
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander but successes to the user.
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (isTruceError(error)) {
      output.err(`truce: ${error.message}\n`);
      return EXIT_CODE_OF[error.kind];
    }
    output.err(
      `truce: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.failure;
  }
}
