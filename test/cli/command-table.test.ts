import { Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandName, commandWord } from '../../src/cli/command-table.js';
import { buildProgram } from '../../src/cli/main.js';

const quiet = { out: () => {}, err: () => {} };

describe('the table of commands', () => {
  it('shows each command in the overall help as the loaded command is really used', async () => {
    for (const entry of COMMANDS) {
      const name = commandName(entry);
      const { program } = await buildProgram(quiet, ['node', 'truce', name]);
      const command = program.commands.find((c) => c.name() === name);
      expect(command?.description()).toBe(entry.summary);
      expect(new Help().subcommandTerm(command!)).toBe(entry.term);
    }
  });

  it('finds the command a line runs past global options, and the one help is asked for', () => {
    expect(commandWord(['--data', 'claim', 'doc', 'list'])).toBe('doc');
    expect(commandWord(['--author=ana', 'claim', 'list'])).toBe('claim');
    expect(commandWord(['help', 'evaluate'])).toBe('evaluate');
    expect(commandWord(['--help'])).toBeUndefined();
    expect(commandWord(['-V'])).toBeUndefined();
  });
});
