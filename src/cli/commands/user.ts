import { readFileSync } from 'node:fs';
import { Option } from 'commander';
import type { Command } from 'commander';
import { addUser, disableUser, listUsers, setPassword } from '../../app/accounts.js';
import { newSecret } from '../../app/passwords.js';
import { withWorkspace } from '../../app/workspace.js';
import { ROLES } from '../../core/accounts/role.js';
import type { CliContext } from '../context.js';
import { author, workspaceOptions } from '../context.js';
import { printJson, printTable } from '../output.js';

/** The password given on standard input (its last line break dropped), or a new random one. */
function passwordFrom(opts: { passwordStdin?: boolean }): { password: string; generated: boolean } {
  if (opts.passwordStdin)
    return { password: readFileSync(0, 'utf8').replace(/\r?\n$/, ''), generated: false };
  return { password: newSecret(), generated: true };
}

const passwordStdin = new Option(
  '--password-stdin',
  'read the password from standard input (else a random one is made and printed once)',
);

export function defineUser(user: Command, ctx: CliContext): void {
  user
    .command('add <name>')
    .description('add a user who signs in to the dashboard or API')
    .addOption(new Option('--role <role>', 'what they may do').choices(ROLES).makeOptionMandatory())
    .addOption(passwordStdin)
    .action(async (name: string, opts: { role: string; passwordStdin?: boolean }) => {
      const { password, generated } = passwordFrom(opts);
      const added = await withWorkspace(workspaceOptions(ctx), (store) =>
        addUser(store, { name, role: opts.role, password }, author(ctx)),
      );
      ctx.output.out(`${added.name}  ${added.role}\n`);
      if (generated) ctx.output.out(`password (shown once): ${password}\n`);
    });

  user
    .command('password <name>')
    .description("set a user's password")
    .addOption(passwordStdin)
    .action(async (name: string, opts: { passwordStdin?: boolean }) => {
      const { password, generated } = passwordFrom(opts);
      await withWorkspace(workspaceOptions(ctx), (store) =>
        setPassword(store, name, password, author(ctx)),
      );
      ctx.output.out(
        generated
          ? `password for ${name} (shown once): ${password}\n`
          : `password set for ${name}\n`,
      );
    });

  user
    .command('list')
    .description('list the users and their roles')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      const users = await withWorkspace(workspaceOptions(ctx), listUsers);
      if (opts.json) return printJson(ctx.output, users);
      printTable(
        ctx.output,
        ['NAME', 'ROLE', 'PASSWORD', 'CREATED', 'DISABLED'],
        users.map((u) => [u.name, u.role, u.hasPassword ? 'yes' : 'no', u.createdAt, u.disabledAt]),
      );
    });

  user
    .command('disable <name>')
    .description('stop a user signing in; their sessions and API tokens stop working at once')
    .action(async (name: string) => {
      const disabled = await withWorkspace(workspaceOptions(ctx), (store) =>
        disableUser(store, name, author(ctx)),
      );
      ctx.output.out(`${disabled.name} disabled at ${disabled.disabledAt ?? ''}\n`);
    });
}
