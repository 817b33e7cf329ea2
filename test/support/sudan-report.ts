import { extractClaims } from '../../src/ingest/extract.js';
import type { AgreementParties } from '../../src/ingest/find-actors.js';

/** The two sides of the 2023 Sudan war as an agreement names them. */
export const SUDAN_PARTIES = {
  parties: [
    { id: 'saf', aliases: ['Sudanese army', 'SAF', 'army'] },
    { id: 'rsf', aliases: ['Rapid Support Forces', 'RSF', 'paramilitaries'] },
  ],
};

/**
 * The claims of a wire text published in Khartoum, read with the rules alone: who alleges and
 * what is denied are rules, so a retrain's keep head cannot drop a trigger a test is about.
 */
export const claimsOfSudanReport = (
  text: string,
  agreement: AgreementParties | null = SUDAN_PARTIES,
) =>
  extractClaims(
    {
      text,
      format: 'text',
      published: '2023-06-12T18:00:00+02:00',
      timeZone: 'Africa/Khartoum',
      publisher: 'Wire',
      agreement,
    },
    null,
  ).claims;
