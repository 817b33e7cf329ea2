import { z } from 'zod';

/**
 * What a user may do, each role able to do everything the one before it can: a viewer reads;
 * an analyst also ingests, suggests and edits claims; a reviewer also accepts and rejects
 * them; an admin also records agreements and manages users and API tokens.
 */
export const ROLES = ['viewer', 'analyst', 'reviewer', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Whether a user holding `held` may do what needs `needed`. */
export const roleAllows = (held: Role, needed: Role): boolean =>
  ROLES.indexOf(held) >= ROLES.indexOf(needed);
