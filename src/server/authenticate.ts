import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import CSRF from '@fastify/csrf';
import fastifySession from '@fastify/session';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalOfSession, principalOfToken } from '../app/accounts.js';
import type { Store } from '../app/store-contract.js';
import { roleAllows } from '../core/accounts/role.js';
import type { Principal } from '../core/accounts/user.js';
import { forbidden, unauthenticated } from '../core/errors.js';
import { accessOf } from './route-roles.js';
import { SESSION_MS, sessionStoreOf } from './session-store.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who the request acts as: its token's or session's user; null when signed out. */
    principal: Principal | null;
  }
  interface Session {
    /** The signed-in user's name; their role is looked up on every request. */
    user?: string;
    /** The secret the session's CSRF tokens are made from. */
    csrfSecret?: string;
  }
}

/**
 * `accounts`: every request but a public one needs a signed-in user or an API token.
 * `open`: no accounts are checked and every change is recorded as `author`
 * (`--insecure-no-auth`, and tests about other things).
 */
export type AuthMode = 'accounts' | 'open';

export interface AuthOptions {
  readonly mode: AuthMode;
  /** Who changes are recorded as in `open` mode. */
  readonly author: string;
  /** Signs session cookies; servers sharing a database need the same one. Default: random. */
  readonly sessionSecret?: string;
}

/** The cookie the dashboard reads its CSRF token from, and the header it sends it back in. */
export const CSRF_COOKIE = 'truce-csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'truce-session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Signing in starts a session, so it cannot carry one's token; the Origin check guards it. */
const BEFORE_SESSION = new Set(['POST /login']);
const csrfTokens = CSRF();

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw unauthenticated('send an API token as "Authorization: Bearer TOKEN"');
  return match[1];
}

/** The user a ledger entry is recorded for: the request's. */
export function authorOf(principal: Principal | null): string {
  if (principal === null) throw unauthenticated('sign in first');
  return principal.name;
}

/**
 * Hands the session a CSRF token in a cookie scripts on this origin can read (the dashboard
 * sends it back in `x-csrf-token`); another site can neither read it nor set the header.
 */
export function issueCsrfToken(request: FastifyRequest, reply: FastifyReply): void {
  request.session.csrfSecret ??= csrfTokens.secretSync();
  reply.setCookie(CSRF_COOKIE, csrfTokens.create(request.session.csrfSecret), {
    path: '/',
    sameSite: 'strict',
    secure: request.protocol === 'https',
    httpOnly: false,
    maxAge: SESSION_MS / 1000,
  });
}

function checkCsrf(request: FastifyRequest): void {
  const token = request.headers[CSRF_HEADER];
  const secret = request.session.csrfSecret;
  if (typeof token !== 'string' || secret === undefined || !csrfTokens.verify(secret, token))
    throw forbidden(
      `a change made with a session cookie needs the ${CSRF_HEADER} header holding the ${CSRF_COOKIE} cookie; reload the page and try again`,
    );
}

/**
 * Cookies, sessions kept in the store, and one hook that decides every request: who it is
 * from (an API token, or the session's user), whether a cookie-borne change carries the
 * session's CSRF token, and whether the user's role allows the route (`ROUTE_ROLES`).
 */
export async function registerAuthentication(
  app: FastifyInstance,
  store: Store,
  options: AuthOptions,
): Promise<void> {
  app.decorateRequest('principal', null);
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: options.sessionSecret ?? randomBytes(32).toString('base64url'),
    cookieName: SESSION_COOKIE,
    // Secure is set per request below: the plugin's 'auto' would also lower SameSite to Lax.
    cookie: { httpOnly: true, sameSite: 'strict', secure: false, path: '/', maxAge: SESSION_MS },
    saveUninitialized: false,
    store: sessionStoreOf(store.accounts),
  });

  app.addHook('onRequest', async (request) => {
    request.session.cookie.secure = request.protocol === 'https';
  });

  if (options.mode === 'open') {
    const everyone: Principal = { name: options.author, role: 'admin' };
    app.addHook('onRequest', async (request) => {
      request.principal = everyone;
    });
    return;
  }

  app.addHook('onRequest', async (request) => {
    const bearer = bearerOf(request);
    if (bearer !== undefined) {
      request.principal = await principalOfToken(store, bearer);
    } else if (request.session.user !== undefined) {
      request.principal = (await principalOfSession(store, request.session.user)) ?? null;
      const route = `${request.method} ${request.routeOptions.url ?? ''}`;
      if (!SAFE_METHODS.has(request.method) && !BEFORE_SESSION.has(route)) checkCsrf(request);
    }
    const access = accessOf(request.method, request.routeOptions.url);
    if (access === 'public') return;
    const who = request.principal;
    if (who === null)
      throw unauthenticated(
        'sign in first: open /login, or send an API token as "Authorization: Bearer TOKEN"',
      );
    if (!roleAllows(who.role, access))
      throw forbidden(`${who.name} is a ${who.role}; this needs the ${access} role or above`);
  });
}
