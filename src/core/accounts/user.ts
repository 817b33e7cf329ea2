import { z } from 'zod';
import { IsoInstant } from '../time/time-interval.js';
import { Role } from './role.js';

/**
 * A user's name, as ledger entries record it: letters, digits and `.`, `_`, `-` only, so a
 * name can never carry a terminal escape or pass for another in a log.
 */
export const UserName = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    'expected a name of letters, digits, ".", "_" and "-", at most 64 characters',
  );
export type UserName = z.infer<typeof UserName>;

/** A user as listed: never the password's hash. */
export const User = z
  .object({
    name: UserName,
    role: Role,
    /** Whether the user can sign in with a password (else only through a one-time link). */
    hasPassword: z.boolean(),
    createdAt: IsoInstant,
    /** When an admin disabled the user; a disabled user's sessions and tokens stop working. */
    disabledAt: IsoInstant.nullable(),
  })
  .readonly();
export type User = z.infer<typeof User>;

/** An API token id: what lists and `token revoke` name; the secret is shown once only. */
export const TokenId = z.string().regex(/^tok_[0-9a-z]{6,40}$/, 'expected a token id like tok_…');
export type TokenId = z.infer<typeof TokenId>;

/** An API token as listed: whose it is and what it may do, never its secret. */
export const ApiToken = z
  .object({
    id: TokenId,
    user: UserName,
    /** At most the user's own role: a token can be narrower than its user, never wider. */
    role: Role,
    label: z.string().max(200),
    createdAt: IsoInstant,
    revokedAt: IsoInstant.nullable(),
  })
  .readonly();
export type ApiToken = z.infer<typeof ApiToken>;

/** Who a request acts as, once authenticated. */
export interface Principal {
  readonly name: UserName;
  readonly role: Role;
}
