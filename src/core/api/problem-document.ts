import { z } from 'zod';
import { Claim } from '../evidence/claim.js';

const FieldError = z.object({
  in: z.enum(['body', 'query', 'params', 'headers']),
  /** Dotted path inside that part ("changes.when.latest"); empty for the part as a whole. */
  field: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** An error response, RFC 9457. `errors` lists every invalid field of a malformed request. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    /** The request's path and query; absent when the request could not even be parsed. */
    instance: z.string().optional(),
    errors: z.array(FieldError).optional(),
    /** A refused change to a claim: the claim as it now stands. */
    current: Claim.optional(),
    /** A refused change to a claim: who changed it last, and when, from the ledger. */
    lastChange: z.object({ author: z.string(), recordedAt: z.string() }).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
