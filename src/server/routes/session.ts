import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signInWithLink, signInWithPassword } from '../../app/accounts.js';
import type { Principal } from '../../core/accounts/user.js';
import { Session } from '../../core/api/session-api.js';
import { isTruceError } from '../../core/errors.js';
import type { ApiContext } from '../api-context.js';
import { CSRF_COOKIE, SESSION_COOKIE, issueCsrfToken } from '../authenticate.js';
import { loginPage } from '../login-page.js';
import { problemResponses } from '../problem.js';

const LoginForm = z.object({
  name: z.string().max(200).default(''),
  password: z.string().max(1000).default(''),
  next: z.string().max(2000).default('/'),
});

/** Only a path on this server: `//host` or a full URL would send the user elsewhere. */
const localPath = (next: string | undefined): string =>
  next !== undefined && /^\/(?![/\\])/.test(next) ? next : '/';

async function startSession(
  request: FastifyRequest,
  reply: FastifyReply,
  user: Principal,
  next: string,
) {
  // A new session id at sign-in, so an id planted before it is worth nothing after.
  await request.session.regenerate();
  request.session.user = user.name;
  issueCsrfToken(request, reply);
  return reply.redirect(localPath(next), 303);
}

const html = (reply: FastifyReply, status: number, body: string) =>
  reply.code(status).type('text/html; charset=utf-8').send(body);

/** Sign in (a form, or a one-time link), sign out, and who the session is. */
export const sessionRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store, auth }) => {
  // The login form posts as a browser form does; nothing else here accepts that type.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 4096 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  app.get(
    '/login',
    {
      schema: {
        hide: true,
        querystring: z.object({
          token: z.string().max(200).optional(),
          next: z.string().max(2000).optional(),
        }),
      },
    },
    async (request, reply) => {
      const { token, next } = request.query;
      if (auth === 'open') return reply.redirect('/', 303);
      if (token === undefined) return html(reply, 200, loginPage({ next: localPath(next) }));
      try {
        return await startSession(
          request,
          reply,
          await signInWithLink(store, token),
          localPath(next),
        );
      } catch (error) {
        if (!isTruceError(error) || error.kind !== 'Unauthenticated') throw error;
        return html(reply, 401, loginPage({ next: '/', problem: error.message }));
      }
    },
  );

  app.post('/login', { schema: { hide: true, body: LoginForm } }, async (request, reply) => {
    const { name, password, next } = request.body;
    try {
      return await startSession(
        request,
        reply,
        await signInWithPassword(store, name, password),
        next,
      );
    } catch (error) {
      if (!isTruceError(error) || error.kind !== 'Unauthenticated') throw error;
      return html(reply, 401, loginPage({ next: localPath(next), problem: error.message }));
    }
  });

  app.get(
    '/api/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Who the request is from: the signed-in user, or null',
        response: { 200: Session, ...problemResponses(401) },
      },
    },
    async (request, reply) => {
      if (auth === 'accounts' && request.session.user !== undefined && request.principal)
        issueCsrfToken(request, reply);
      const user = request.principal && {
        name: request.principal.name,
        role: request.principal.role,
      };
      return { user, auth };
    },
  );

  app.post(
    '/api/session/logout',
    {
      schema: {
        tags: ['session'],
        summary: 'Sign out: the session ends on the server, and its cookies are cleared',
        response: { 204: z.null(), ...problemResponses(403) },
      },
    },
    async (request, reply) => {
      await request.session.destroy();
      reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );
};
