import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.js';

/** The built dashboard: `dist/web` at the package root, from `src/server` and `dist/server` alike. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** Paths that are never dashboard pages, so an unknown one is a 404, not the app shell. */
export const isApiPath = (url: string): boolean => /^\/(api(\/|$|\?)|openapi\.json)/.test(url);

/**
 * The build names every file under `assets/` by a hash of its content, so a browser may keep
 * it without asking again; the page itself names the current ones, so it is asked for each time.
 */
export function cacheControlOf(file: string): string {
  return file.split(sep)[0] === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the built dashboard at `/` when `webRoot` holds one, with the single-page fallback:
 * any other GET that accepts HTML gets index.html, and the dashboard's router takes it from there.
 * Everything else not found is a problem document.
 */
export async function registerDashboard(
  app: FastifyInstance,
  webRoot: string | null,
): Promise<void> {
  const hasDashboard = webRoot !== null && existsSync(join(webRoot, 'index.html'));
  if (hasDashboard) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      index: 'index.html',
      cacheControl: false,
      setHeaders: (response, path) =>
        response.setHeader('cache-control', cacheControlOf(relative(webRoot, path))),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !isApiPath(request.url) &&
      (request.headers.accept ?? '').includes('text/html');
    if (hasDashboard && wantsPage) return reply.sendFile('index.html');
    const hint = wantsPage ? '; the dashboard has not been built into dist/web' : '';
    return sendProblem(reply, {
      status: 404,
      detail: `no route ${request.method} ${request.url.split('?')[0] ?? ''}${hint}`,
    });
  });
}
