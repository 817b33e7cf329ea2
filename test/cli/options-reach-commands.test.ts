import type { Command } from 'commander';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, commandName } from '../../src/cli/command-table.js';
import { buildProgram } from '../../src/cli/main.js';
import { truce } from '../support/run-cli.js';

/** Every command that does something (has no subcommands), with its full name. */
function leaves(command: Command, prefix: string[] = []): { name: string[]; command: Command }[] {
  return command.commands.flatMap((c) =>
    c.commands.length > 0
      ? leaves(c, [...prefix, c.name()])
      : [{ name: [...prefix, c.name()], command: c }],
  );
}

const silent = { out: () => undefined, err: () => undefined };

/** A program with one top-level command loaded, as `truce WORD …` builds it. */
const programFor = async (word: string) =>
  (await buildProgram(silent, ['node', 'truce', word])).program;

describe('the options each command documents', async () => {
  const cases: { name: string[]; flag: string }[] = [];
  for (const entry of COMMANDS) {
    const program = await programFor(commandName(entry));
    for (const { name, command } of leaves(program)) {
      if (name[0] !== commandName(entry)) continue;
      for (const option of command.options) cases.push({ name, flag: option.long ?? option.flags });
    }
  }

  it('finds options to send', () => {
    expect(cases.some((c) => c.flag === '--agreement-version')).toBe(true);
  });

  it.each(cases.map((c) => [`${c.name.join(' ')} ${c.flag}`, c] as const))(
    '%s reaches its command, not the program',
    async (_, { name, flag }) => {
      // A fresh program per case, its parsers and actions replaced so that only where the
      // option lands is tested: values are not checked and nothing is run.
      const fresh = await programFor(name[0] ?? '');
      const target = leaves(fresh).find((l) => l.name.join(' ') === name.join(' '))?.command;
      if (target === undefined) throw new Error(`no command ${name.join(' ')}`);
      let received: Record<string, unknown> | null = null;
      for (const o of target.options) o.parseArg = undefined;
      for (const a of target.registeredArguments) a.parseArg = undefined;
      target.action(function capture(this: Command) {
        received = this.opts();
      });
      const own = target.options.find((o) => (o.long ?? o.flags) === flag);
      if (own === undefined) throw new Error(`no option ${flag}`);
      const args = target.registeredArguments.filter((a) => a.required).map(() => 'x-1');
      const valueOf = (o: typeof own) =>
        o.required || o.optional ? [o.long ?? '', '1'] : [o.long ?? ''];
      const required = target.options.filter((o) => o.mandatory && o !== own).flatMap(valueOf);
      await fresh.parseAsync(['node', 'truce', ...name, ...args, ...valueOf(own), ...required]);
      expect(received, `${name.join(' ')} ran`).not.toBeNull();
      const value = (received as unknown as Record<string, unknown>)[own.attributeName()];
      expect(value).toEqual(own.negate ? false : own.required || own.optional ? '1' : true);
    },
  );
});

describe('evaluating one version of an agreement', () => {
  let dir: string;
  const run = (...args: string[]) => truce('--data', join(dir, 'data'), ...args);
  const version = (n: number, min: number, extra = '') => `
id: vote
version: ${n}
${extra}
title: A test
ref: a test
timezone: UTC
parties: [{id: north}, {id: south}]
term: {start: 2024-03-01T00:00, duration: {days: 3}, ref: a test}
norms:
  - {id: releases, kind: achievement, per: day, bearer: north, ref: art. 1, act: {event: release}, quantity: {min: ${min}}}
`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'truce-versions-'));
    expect((await run('init')).code).toBe(0);
    for (const [n, text] of [
      [1, version(1, 10)],
      [2, version(2, 5, 'effective_from: 2024-03-02T00:00')],
    ] as const) {
      const file = join(dir, `v${n}.yaml`);
      await writeFile(file, text);
      const added = await run('agreement', 'add', file);
      expect(added.code, added.stderr).toBe(0);
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('`--agreement-version 1` evaluates version 1, not the program version', async () => {
    const result = await run('evaluate', 'vote', '--agreement-version', '1', '--json');
    expect(result.code, result.stderr).toBe(0);
    const e = JSON.parse(result.stdout) as { version: number; periods: { version: number }[] };
    expect(e.version).toBe(1);
    expect(e.periods.map((p) => p.version)).toEqual([1, 1, 1]);
  });

  it('without it, each period is judged by the version in effect then', async () => {
    const result = await run('evaluate', 'vote', '--as-of', '2024-03-10T00:00:00Z', '--json');
    expect(result.code, result.stderr).toBe(0);
    const e = JSON.parse(result.stdout) as { periods: { version: number }[] };
    expect(e.periods.map((p) => p.version)).toEqual([1, 2, 2]);
    const table = await run('evaluate', 'vote', '--as-of', '2024-03-10T00:00:00Z');
    expect(table.stdout).toMatch(/VERSION/);
  });
});
