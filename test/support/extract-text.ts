import { extractClaims } from '../../src/ingest/extract.js';
import type { ClaimModelFile } from '../../src/ingest/claim-model.js';

/**
 * The claims extracted from a plain wire text published at a fixed moment in UTC: the input
 * most extraction tests share. `model` as `extractClaims` takes it (null: the rules alone).
 */
export const claimsOfText = (text: string, model?: ClaimModelFile | null) =>
  extractClaims(
    {
      text,
      format: 'text',
      published: '2024-03-02T10:00:00+00:00',
      timeZone: 'UTC',
      publisher: 'Wire',
    },
    model,
  ).claims;
