import { z } from 'zod';
import { ClaimContent } from '../evidence/claim.js';
import { ClaimReading } from '../evaluation/origin-affiliation.js';

/** What /api/extract answers: the claims ingest would suggest, nothing recorded. */
export const Extraction = z
  .object({
    document: z.object({
      title: z.string().nullable(),
      published: z.string().nullable(),
      removed: z.array(z.string()).readonly().describe('page furniture taken out'),
      cleanText: z.string().describe("what every claim's span points into"),
    }),
    claims: z
      .array(ClaimContent.unwrap().extend({ rule: z.string().describe('the extraction rule') }))
      .readonly(),
    readings: z
      .array(ClaimReading)
      .readonly()
      .optional()
      .describe("with an agreement: each claim's attribution as it reads it, in claims' order"),
    warnings: z.array(z.string()).readonly(),
  })
  .meta({ id: 'Extraction' });
export type Extraction = z.infer<typeof Extraction>;
