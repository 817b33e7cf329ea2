import { originOf } from '../../src/core/evidence/claim.js';
import { extractClaims } from '../../src/ingest/extract.js';
import type { ClaimModelFile } from '../../src/ingest/claim-model.js';
import type { AgreementParties } from '../../src/ingest/find-actors.js';

export interface TextOptions {
  /** The report's publisher as the user gives it: 'Wire' unless said, null for none. */
  readonly publisher?: string | null;
  /** The agreement's parties, or null for none; left out, extraction's own default. */
  readonly agreement?: AgreementParties | null;
  /** As `extractClaims` takes it (null: the rules alone). */
  readonly model?: ClaimModelFile | null;
}

/**
 * The extraction of a plain text published at a fixed moment in UTC: the input most extraction
 * tests share.
 */
export const extractionOfText = (
  text: string,
  { publisher = 'Wire', agreement, model }: TextOptions = {},
) =>
  extractClaims(
    {
      text,
      format: 'text',
      published: '2024-03-02T10:00:00+00:00',
      timeZone: 'UTC',
      publisher,
      ...(agreement === undefined ? {} : { agreement }),
    },
    model,
  );

/** The claims extracted from a plain wire text (`extractionOfText`). */
export const claimsOfText = (text: string, model?: ClaimModelFile | null) =>
  extractionOfText(text, { model }).claims;

/** The name of each extracted claim's origin (the last link of its attribution), in order. */
export const originsOfText = (text: string, options: TextOptions = {}) =>
  extractionOfText(text, options).claims.map((c) => originOf(c).name);
