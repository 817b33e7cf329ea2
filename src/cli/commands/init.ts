import type { Command } from 'commander';
import { ensureFirstAdmin } from '../../app/accounts.js';
import { loadExamplesAtomically } from '../../app/examples.js';
import { describeStoreConfig, initWorkspace, storeConfig } from '../../app/workspace.js';
import type { CliContext } from '../context.js';
import { author, workspaceOptions } from '../context.js';

export function defineInit(command: Command, ctx: CliContext): void {
  command
    .option(
      '--examples',
      'also record the bundled example agreements and their records as reported',
    )
    .action(async (opts: { examples?: boolean }) => {
      const options = workspaceOptions(ctx);
      const store = await initWorkspace(options);
      try {
        ctx.output.out(`Truce record ready in ${describeStoreConfig(storeConfig(options))}\n`);
        const admin = await ensureFirstAdmin(store, author(ctx));
        if (admin)
          ctx.output.out(
            `First admin: ${admin.name}. \`truce start\` prints a one-time sign-in link for them; or set a password with \`truce user password ${admin.name}\`\n`,
          );
        if (opts.examples) {
          const loaded = await loadExamplesAtomically(store, author(ctx));
          ctx.output.out(
            `examples: ${loaded.agreements.join(', ')}; ${loaded.documents} documents, ${loaded.claims} claims\n`,
          );
        }
      } finally {
        await store.close();
      }
    });
}
