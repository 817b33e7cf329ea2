// Runs in a worker thread: reads reports into claims, one message at a time, so the server's
// event loop keeps answering while a large page is read.
import { parentPort } from 'node:worker_threads';
import { isTruceError } from '../core/errors.js';
import { claimModelAt } from '../ingest/claim-model.js';
import { extractClaims, type ExtractInput } from '../ingest/extract.js';

export interface ExtractionRequest {
  readonly id: number;
  readonly input: ExtractInput;
  /** The store's claim model; re-read only when its file changes. */
  readonly modelPath: string | null;
}

export type ExtractionReply =
  | { readonly id: number; readonly result: ReturnType<typeof extractClaims> }
  | {
      readonly id: number;
      readonly error: { readonly kind: string | null; readonly message: string };
    };

parentPort?.on('message', ({ id, input, modelPath }: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    reply = { id, result: extractClaims(input, claimModelAt(modelPath)) };
  } catch (error) {
    reply = {
      id,
      error: {
        kind: isTruceError(error) ? error.kind : null,
        message: error instanceof Error ? error.message : String(error),
      },
    };
  }
  parentPort?.postMessage(reply);
});
