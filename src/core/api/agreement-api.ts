import { z } from 'zod';
import { AgreementRecord } from '../agreement/agreement-record.js';
import { AgreementId } from '../ids.js';
import { IsoInstant } from '../time/time-interval.js';

// The shapes of /api/agreements; the evaluation, its grid and its diff are in core/evaluation.

export const AgreementParams = z.object({ id: AgreementId });
const Version = z.coerce.number().int().positive();

export const AgreementText = z
  .object({
    text: z.string().min(1, 'the agreement is empty').describe('the agreement file (YAML)'),
  })
  .strict();

export const AgreementRecordSchema = AgreementRecord.meta({ id: 'AgreementRecord' });
export const AgreementSummary = AgreementRecord.unwrap()
  .omit({ text: true })
  .meta({ id: 'AgreementSummary' });
export type AgreementSummary = z.infer<typeof AgreementSummary>;

/** A party or mediator as the API shows it: how the agreement names it. */
export const NamedParty = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).readonly(),
});

export const AgreementDetail = AgreementRecord.unwrap()
  .extend({
    timezone: z.string().describe("the IANA zone whose clocks the agreement's days follow"),
    parties: z.array(NamedParty).readonly(),
    mediators: z.array(NamedParty).readonly(),
    clauses: z
      .array(
        z.object({ id: z.string(), title: z.string().nullable().describe('null: show the id') }),
      )
      .readonly()
      .describe('the norms, in the order the agreement lists them, with their titles'),
  })
  .meta({ id: 'AgreementDetail' });
export type AgreementDetail = z.infer<typeof AgreementDetail>;

export const AgreementQuery = z.object({ version: Version.optional() }).strict();

export const RecordedAgreement = z
  .object({ outcome: z.enum(['added', 'known']), agreement: AgreementRecordSchema })
  .meta({ id: 'RecordedAgreement' });

export const AgreementCheck = z
  .object({
    ok: z.boolean(),
    problems: z
      .array(
        z.object({
          line: z.number().int().nullable(),
          column: z.number().int().nullable(),
          path: z.string().describe('the key path in the file ("norms[2].quantity.min")'),
          message: z.string(),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'AgreementCheck' });

export const EvaluationQuery = z
  .object({
    asOf: IsoInstant.optional().describe('evaluate what was known at this instant'),
    version: Version.optional().describe(
      'judge every period by this version (default: each by the version in effect then)',
    ),
  })
  .strict();

/** One cell of the grid: a clause in a period (1 for the first), or a once-only clause. */
export const CellParams = z.object({
  id: AgreementId,
  norm: z.string().min(1).describe('the clause (norm) id'),
  period: z
    .union([z.literal('once'), z.coerce.number().int().positive()])
    .describe('the period, 1 for the first; `once` for a once-only clause'),
});

export const DiffQuery = z
  .object({ from: IsoInstant, to: IsoInstant.optional().describe('default: now') })
  .strict();
