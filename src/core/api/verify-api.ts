import { z } from 'zod';

const description = z.string().describe('one sentence for a person');

/** The answer of /api/verify: a broken record is reported here, not as an error. */
export const VerifyResult = z
  .discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      entries: z.number().int(),
      rows: z.number().int(),
      description,
    }),
    z.object({
      ok: z.literal(false),
      entries: z.number().int(),
      problem: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('file'), detail: z.string() }),
        z.object({ kind: z.literal('head'), seq: z.number().int(), detail: z.string() }),
        z.object({ kind: z.literal('chain'), seq: z.number().int(), detail: z.string() }),
        z.object({
          kind: z.literal('projection'),
          table: z.string(),
          id: z.string(),
          detail: z.string(),
        }),
      ]),
      description,
    }),
  ])
  .meta({ id: 'VerifyResult' });
export type VerifyResult = z.infer<typeof VerifyResult>;
