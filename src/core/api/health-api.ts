import { z } from 'zod';

/** The answer of /api/health: the server is up, and which database it records to. */
export const Health = z.object({ ok: z.literal(true), dialect: z.enum(['sqlite', 'postgres']) });
export type Health = z.infer<typeof Health>;
