import type { Command } from 'commander';
import { describeStoreConfig, initWorkspace, storeConfig } from '../../app/workspace.js';
import type { CliContext } from '../context.js';
import { workspaceOptions } from '../context.js';

export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description('create the data directory (or the PostgreSQL schema when DATABASE_URL is set)')
    .action(async () => {
      const options = workspaceOptions(ctx);
      const store = await initWorkspace(options);
      await store.close();
      ctx.output.out(`Truce record ready in ${describeStoreConfig(storeConfig(options))}\n`);
    });
}
