import type { Command } from 'commander';
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
