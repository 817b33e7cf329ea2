import { z } from 'zod';
import { ClaimSchema } from './claim-api.js';
import { DocumentSummarySchema } from './document-api.js';
import { SourceSchema } from './source-api.js';

/** The JSON export: each claim with its document and its time as EDTF, and the sources. */
export const ClaimsExport = z
  .object({
    claims: z.array(
      ClaimSchema.unwrap().extend({
        document: DocumentSummarySchema.nullable(),
        edtf: z.string().nullable().describe('the claimed time as EDTF (level 1)'),
      }),
    ),
    sources: z.array(SourceSchema),
  })
  .meta({ id: 'ClaimsExport' });
