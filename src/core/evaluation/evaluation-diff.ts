import { z } from 'zod';
import { ClaimId, PartyId } from '../ids.js';
import { Breach, PowerState, TermResult, Verdict } from './evaluation.js';

// What `diffEvaluations` returns, written once: the engine's type and the API's schema.

const Instant = z.string().describe('ISO 8601 instant, UTC');
const ClaimIds = z.array(ClaimId).readonly();

/** One verdict that differs between two evaluations, and the claims behind the change. */
export const VerdictChange = z
  .object({
    /** The period's number in the later evaluation (else the earlier); null for a norm held once. */
    period: z.number().int().nullable(),
    /** The period's start, by which periods of the two evaluations are matched. */
    periodStart: Instant.nullable(),
    norm: z.string(),
    bearer: PartyId,
    /** null where the instance does not exist in that evaluation (the term grew or shrank). */
    from: Verdict.nullable(),
    to: Verdict.nullable(),
    /** Claims the later evaluation counts, or cites against, that the earlier did not. */
    claimsAdded: ClaimIds,
    /** Claims the earlier evaluation counted, or cited against, that the later does not. */
    claimsRemoved: ClaimIds,
    /** The later summary, which says what decided the verdict. */
    summary: z.string().nullable(),
  })
  .readonly();
export type VerdictChange = z.infer<typeof VerdictChange>;

const Moment = z.object({ asOf: Instant, version: z.number().int() }).readonly();
const TermEnd = TermResult.unwrap().pick({ state: true, end: true, endReason: true }).readonly();

export const EvaluationDiff = z
  .object({
    agreement: z.string(),
    from: Moment,
    to: Moment,
    /** The term's state and end, where they changed. */
    term: z
      .object({ from: TermEnd, to: TermEnd })
      .readonly()
      .nullable()
      .describe('null: unchanged'),
    verdicts: z.array(VerdictChange).readonly(),
    breachesAdded: z.array(Breach).readonly(),
    breachesRemoved: z.array(Breach).readonly(),
    powers: z
      .array(
        z
          .object({ power: z.string(), from: PowerState.nullable(), to: PowerState.nullable() })
          .readonly(),
      )
      .readonly(),
  })
  .readonly()
  .meta({ id: 'EvaluationDiff' });
export type EvaluationDiff = z.infer<typeof EvaluationDiff>;
