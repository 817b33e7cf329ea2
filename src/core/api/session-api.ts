import { z } from 'zod';
import { Role } from '../accounts/role.js';

/** The answer of /api/session: who is signed in, and whether the server checks accounts. */
export const Session = z
  .object({
    user: z.object({ name: z.string(), role: Role }).nullable(),
    /** `open`: the server checks no accounts (`--insecure-no-auth`). */
    auth: z.enum(['accounts', 'open']),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof Session>;
