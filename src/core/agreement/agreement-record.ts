import { z } from 'zod';
import { AgreementId } from '../ids.js';
import { IsoInstant } from '../time/time-interval.js';

/**
 * One version of an agreement as recorded: the source text the analyst wrote (YAML) is
 * kept verbatim, so any past evaluation can be reproduced from it.
 */
export const AgreementRecord = z
  .object({
    id: AgreementId,
    version: z.number().int().positive(),
    title: z.string().max(300),
    /** The agreement file as written. */
    text: z.string().min(1),
    /** When this version takes effect (an amendment's own date), as given in the file. */
    effectiveFrom: IsoInstant.nullable(),
    recordedAt: IsoInstant,
  })
  .readonly();
export type AgreementRecord = z.infer<typeof AgreementRecord>;
