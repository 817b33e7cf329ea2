import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendProblem } from './problem.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a state-changing request may not come from where it comes from, or undefined when it
 * may. Browsers send Origin on every cross-origin request that is not a GET (forms and fetch
 * alike), and Sec-Fetch-Site too; a request with neither is not from a browser (curl, a
 * script), so no other site can have made it on a user's behalf. This check knows nothing of
 * users: a session layer adds its CSRF token check beside it, not inside it.
 */
export function crossOriginProblem(request: FastifyRequest): string | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  if (origin === undefined) {
    if (site === undefined || site === 'same-origin' || site === 'none') return undefined;
    return `a ${request.method} from another site (Sec-Fetch-Site: ${site}) may not change this record`;
  }
  const ownOrigin = `${request.protocol}://${request.headers.host ?? ''}`;
  if (origin.toLowerCase() === ownOrigin.toLowerCase()) return undefined;
  return `a ${request.method} from ${origin} may not change this record: only pages this server serves (${ownOrigin}) may`;
}

/** Answers 403 to a state-changing request another site's page made. */
export function checkOrigin(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const problem = crossOriginProblem(request);
    if (problem !== undefined) return sendProblem(reply, { status: 403, detail: problem });
  });
}
