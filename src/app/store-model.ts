import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corrupt } from '../core/errors.js';
import { CLAIM_MODEL_URL } from '../ingest/claim-model.js';
import type { ClaimModelFile } from '../ingest/claim-model.js';
import type { WorkspaceOptions } from './workspace.js';

/** The file a store's model is written to, in its data directory. */
const MODEL_FILE = 'claim-model.json';

/**
 * Where the store's own claim model lives: in the data directory (`--data`, else TRUCE_DATA,
 * else ./truce-data), whichever backend holds the record.
 */
export const storeModelPath = (
  options: WorkspaceOptions,
  env: NodeJS.ProcessEnv = process.env,
): string => join(resolve(options.data ?? env['TRUCE_DATA'] ?? 'truce-data'), MODEL_FILE);

/** What `truce model train` and `truce model status` report. */
export interface ModelStatus {
  /** `store`: trained here from the corpus and this store's reviews; `shipped`: the bundled one. */
  readonly model: 'store' | 'shipped';
  readonly path: string;
  readonly trainedOn: string;
  /** Reviewed claims learned from, and their documents (0 for the shipped model). */
  readonly reviews: number;
  readonly documents: number;
  /** The latest review it learned from. */
  readonly latestReview: string | null;
  /** Words the store's hand-coded claims taught as acts ("shell" as shelling). */
  readonly learnedTriggers: readonly { lemma: string; pos: string; type: string }[];
  /** When the file was written. */
  readonly trainedAt: string;
}

/** Which model extraction with this data directory uses, and what it was trained on. */
export function modelStatus(path: string): ModelStatus {
  const own = existsSync(path);
  const file = own ? path : CLAIM_MODEL_URL.pathname;
  let model: ClaimModelFile;
  try {
    model = JSON.parse(readFileSync(file, 'utf8')) as ClaimModelFile;
  } catch {
    throw corrupt(`${file} is not a claim model; run \`truce model train\` again`);
  }
  return {
    model: own ? 'store' : 'shipped',
    path: file,
    trainedOn: model.trainedOn,
    reviews: model.reviews?.claims ?? 0,
    documents: model.reviews?.documents ?? 0,
    latestReview: model.reviews?.latest ?? null,
    learnedTriggers: (model.reviews?.triggers ?? []).map(({ lemma, pos, type }) => ({
      lemma,
      pos,
      type,
    })),
    trainedAt: statSync(file).mtime.toISOString(),
  };
}
