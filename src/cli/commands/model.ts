import type { Command } from 'commander';
import { modelStatus, storeModelPath } from '../../app/store-model.js';
import type { ModelStatus } from '../../app/store-model.js';
import type { TrainingProgress } from '../../app/train-store-model.js';
import { withWorkspace } from '../../app/workspace.js';
import type { CliContext } from '../context.js';
import { workspaceOptions } from '../context.js';
import type { Output } from '../output.js';
import { printJson } from '../output.js';

function printStatus(output: Output, s: ModelStatus): void {
  output.out(
    s.model === 'store'
      ? `model: this store's, trained on ${s.trainedOn} (${s.documents} documents), at ${s.trainedAt}\n` +
          `latest review learned from: ${s.latestReview ?? 'none'}\n` +
          (s.learnedTriggers.length === 0
            ? ''
            : `words learned from claims coded by hand: ${s.learnedTriggers.map((t) => `${t.lemma} (${t.type})`).join(', ')}\n`) +
          `file: ${s.path}\n`
      : `model: the shipped one, trained on ${s.trainedOn}; no reviews of this store yet\n` +
          `run \`truce model train\` after reviewing claims to learn from them\n`,
  );
}

const progressLine = (p: TrainingProgress): string =>
  p.stage === 'reviews'
    ? `${p.claims} reviewed claims\n`
    : p.stage === 'document'
      ? `read again ${p.done}/${p.total} documents\n`
      : `training on ${p.examples} examples\n`;

export function defineModel(model: Command, ctx: CliContext): void {
  model
    .command('train')
    .description(
      "learn from this store's reviews: train the claim model on the bundled corpus plus every accepted, edited and rejected suggestion, and use it for extraction with this data directory from then on",
    )
    .option('--json', 'print the new model status as JSON')
    .action(async (opts: { json?: boolean }) => {
      const options = workspaceOptions(ctx);
      // Training reads documents again: the extraction stack loads only for this subcommand.
      const { trainStoreModel } = await import('../../app/train-store-model.js');
      const status = await withWorkspace(options, (store) =>
        trainStoreModel(store, storeModelPath(options), (p) => ctx.output.err(progressLine(p))),
      );
      if (opts.json) return printJson(ctx.output, status);
      printStatus(ctx.output, status);
    });

  model
    .command('status')
    .description(
      'which claim model extraction with this data directory uses, trained on how many reviews, when',
    )
    .option('--json', 'print as JSON')
    .action((opts: { json?: boolean }) => {
      const status = modelStatus(storeModelPath(workspaceOptions(ctx)));
      if (opts.json) return printJson(ctx.output, status);
      printStatus(ctx.output, status);
    });
}
