import { z } from 'zod';
import { AgreementId } from '../ids.js';

/** The formats Truce reads back in: its own lossless bundle, and ACLED's CSV. */
export const ImportFormat = z.enum(['bundle', 'acled']);
export type ImportFormat = z.infer<typeof ImportFormat>;

const flag = z.enum(['true', 'false']).optional();

/** The query of `POST /api/import`: the file itself is the request body. */
export const ImportQuery = z
  .object({
    format: ImportFormat.describe(
      'bundle: JSON Lines from `truce export --format bundle` (gzip allowed); acled: an ACLED CSV export',
    ),
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe("the file's name, for messages and (acled) the title of the document holding it"),
    agreement: AgreementId.optional().describe("acled: link actors to this agreement's parties"),
    tz: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe('acled: zone of dates for countries ACLED names that Truce has no row for'),
    skipBad: flag.describe('acled: store the good rows of a file with bad ones'),
    suggest: flag.describe('acled: record the claims as suggested, for review'),
  })
  .strict();
export type ImportQuery = z.infer<typeof ImportQuery>;
