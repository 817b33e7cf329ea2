import { randomBytes } from 'node:crypto';
import { Role, roleAllows } from '../core/accounts/role.js';
import {
  TokenId,
  UserName,
  type ApiToken,
  type Principal,
  type User,
} from '../core/accounts/user.js';
import { badInput, conflict, notFound, unauthenticated } from '../core/errors.js';
import { parseInput } from './parse-input.js';
import { hashPassword, newSecret, passwordMatches, secretHash } from './passwords.js';
import type { Store } from './store-contract.js';

/** How long a one-time sign-in link works. */
const SIGN_IN_LINK_MS = 24 * 60 * 60 * 1000;

/** Passwords shorter than this are refused: a 12-character one resists guessing for long. */
const MIN_PASSWORD = 12;

export interface NewUser {
  readonly name: string;
  readonly role: string;
  /** Null: the user signs in only through one-time links until a password is set. */
  readonly password: string | null;
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD)
    throw badInput(`a password needs at least ${MIN_PASSWORD} characters`);
}

const roleOf = (value: string): Role => parseInput(Role, value, 'role');

/** Adds a user, with their password hashed. */
export async function addUser(store: Store, input: NewUser, actor: string): Promise<User> {
  const name = parseInput(UserName, input.name, 'user name');
  const role = roleOf(input.role);
  if (input.password !== null) checkPassword(input.password);
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  return store.accounts.addUser(
    { name, role, passwordHash, createdAt: new Date().toISOString() },
    actor,
  );
}

export async function setPassword(
  store: Store,
  name: string,
  password: string,
  actor: string,
): Promise<void> {
  checkPassword(password);
  await store.accounts.setPassword(name, await hashPassword(password), actor);
}

export const listUsers = (store: Store): Promise<readonly User[]> => store.accounts.listUsers();

export const disableUser = (store: Store, name: string, actor: string): Promise<User> =>
  store.accounts.disableUser(name, actor);

/**
 * The first admin of a store that has no user yet, with no password: they sign in through
 * the one-time link `truce start` prints on loopback, or after `truce user password`.
 * Undefined when the store already has users.
 */
export async function ensureFirstAdmin(store: Store, name: string): Promise<User | undefined> {
  if ((await store.accounts.listUsers()).length > 0) return undefined;
  return addUser(store, { name: firstAdminName(name), role: 'admin', password: null }, name);
}

/** A login name as a user name: another name when it has characters a user name may not. */
const firstAdminName = (name: string): string =>
  UserName.safeParse(name).success ? name : 'admin';

/** The first admin not disabled, who gets the one-time sign-in link on loopback. */
export async function localAdmin(store: Store): Promise<User | undefined> {
  return (await store.accounts.listUsers()).find((u) => u.role === 'admin' && !u.disabledAt);
}

export interface NewToken {
  readonly user: string;
  /** Default: the user's own role. */
  readonly role?: string;
  readonly label?: string;
}

/** Makes an API token; its secret is returned here once and kept only as a hash. */
export async function addToken(
  store: Store,
  input: NewToken,
  actor: string,
): Promise<{ token: ApiToken; secret: string }> {
  const user = await store.accounts.getUser(input.user);
  if (!user) throw notFound(`no user ${input.user}`);
  if (user.disabledAt) throw conflict(`user ${user.name} is disabled`);
  const role = input.role === undefined ? user.role : roleOf(input.role);
  if (!roleAllows(user.role, role))
    throw badInput(`a token for ${user.name} may have at most their role, ${user.role}`);
  const token: ApiToken = {
    id: `tok_${randomBytes(8).toString('hex')}`,
    user: user.name,
    role,
    label: input.label ?? '',
    createdAt: new Date().toISOString(),
    revokedAt: null,
  };
  const secret = newSecret('truce_');
  await store.accounts.addToken(token, secretHash(secret), actor);
  return { token, secret };
}

export const listTokens = (store: Store): Promise<readonly ApiToken[]> =>
  store.accounts.listTokens();

export async function revokeToken(store: Store, id: string, actor: string): Promise<ApiToken> {
  return store.accounts.revokeToken(parseInput(TokenId, id, 'token id'), actor);
}

/** Who a user is now, if they may act at all. */
async function activePrincipal(store: Store, name: string): Promise<Principal | undefined> {
  const user = await store.accounts.getUser(name);
  return user && !user.disabledAt ? { name: user.name, role: user.role } : undefined;
}

/** Checks a name and password; one sentence for every way it fails, so names are not probed. */
export async function signInWithPassword(
  store: Store,
  name: string,
  password: string,
): Promise<Principal> {
  const user = await store.accounts.getUser(name);
  const ok =
    user !== undefined &&
    !user.disabledAt &&
    user.passwordHash !== null &&
    (await passwordMatches(password, user.passwordHash));
  if (!ok) throw unauthenticated('that name and password do not match an active user');
  return { name: user.name, role: user.role };
}

/** Who an API token acts as: its user, with the token's role. */
export async function principalOfToken(store: Store, secret: string): Promise<Principal> {
  const token = await store.accounts.tokenBySecret(secretHash(secret));
  if (!token || token.revokedAt)
    throw unauthenticated('that API token is not valid: it was revoked, or never issued');
  const user = await activePrincipal(store, token.user);
  if (!user) throw unauthenticated(`the user of that API token, ${token.user}, is disabled`);
  // A user whose role was lowered does not keep a wider token.
  const role = roleAllows(user.role, token.role) ? token.role : user.role;
  return { name: user.name, role };
}

/** Who a session's user is now: undefined once they are disabled. */
export const principalOfSession = (store: Store, name: string): Promise<Principal | undefined> =>
  activePrincipal(store, name);

/** Makes a one-time sign-in link secret for a user, good for a day. */
export async function createSignInLink(store: Store, user: string): Promise<string> {
  const secret = newSecret();
  const expires = new Date(Date.now() + SIGN_IN_LINK_MS).toISOString();
  await store.accounts.addSignInLink(secretHash(secret), user, expires);
  return secret;
}

/** Signs in through a one-time link: works once, within its day, for an active user. */
export async function signInWithLink(store: Store, secret: string): Promise<Principal> {
  const name = await store.accounts.useSignInLink(secretHash(secret), new Date().toISOString());
  const user = name === undefined ? undefined : await activePrincipal(store, name);
  if (!user)
    throw unauthenticated(
      'that sign-in link is not valid: each works once, for a day; ask for a new one or sign in with a password',
    );
  return user;
}
