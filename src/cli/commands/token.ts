import { Option } from 'commander';
import type { Command } from 'commander';
import { addToken, listTokens, revokeToken } from '../../app/accounts.js';
import { withWorkspace } from '../../app/workspace.js';
import { ROLES } from '../../core/accounts/role.js';
import type { CliContext } from '../context.js';
import { author, workspaceOptions } from '../context.js';
import { printJson, printTable } from '../output.js';

export function defineToken(token: Command, ctx: CliContext): void {
  token
    .command('add <user>')
    .description(
      'make an API token that acts as a user, sent as "Authorization: Bearer TOKEN"; printed once',
    )
    .addOption(
      new Option(
        '--role <role>',
        "what it may do; at most the user's role (default: theirs)",
      ).choices(ROLES),
    )
    .option('--label <text>', 'what it is for, as lists show it')
    .option('--json', 'print the token and its secret as JSON')
    .action(async (user: string, opts: { role?: string; label?: string; json?: boolean }) => {
      const made = await withWorkspace(workspaceOptions(ctx), (store) =>
        addToken(store, { user, role: opts.role, label: opts.label }, author(ctx)),
      );
      if (opts.json) return printJson(ctx.output, { ...made.token, secret: made.secret });
      ctx.output.out(
        `${made.token.id}  ${made.token.user}  ${made.token.role}\ntoken (shown once): ${made.secret}\n`,
      );
    });

  token
    .command('list')
    .description('list API tokens (never their secrets)')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      const tokens = await withWorkspace(workspaceOptions(ctx), listTokens);
      if (opts.json) return printJson(ctx.output, tokens);
      printTable(
        ctx.output,
        ['ID', 'USER', 'ROLE', 'LABEL', 'CREATED', 'REVOKED'],
        tokens.map((t) => [t.id, t.user, t.role, t.label, t.createdAt, t.revokedAt]),
      );
    });

  token
    .command('revoke <id>')
    .description('revoke an API token: requests with it are refused (401) at once')
    .action(async (id: string) => {
      const revoked = await withWorkspace(workspaceOptions(ctx), (store) =>
        revokeToken(store, id, author(ctx)),
      );
      ctx.output.out(`${revoked.id} revoked at ${revoked.revokedAt ?? ''}\n`);
    });
}
