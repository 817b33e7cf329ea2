import type { FastifyInstance } from 'fastify';
import { isApiPath } from './dashboard.js';

/**
 * Pages may load scripts only from this server, never inline: text from a report that slipped
 * into markup could not run. Styles may be inline because the charts write `<style>` into SVG.
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Data responses load nothing at all. */
const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Where data lives: the API's paths but its reference page. */
const isDataPath = (url: string): boolean => isApiPath(url) && !url.startsWith('/api/docs');

/**
 * Security headers on every response; the content policy depends on whether it is a page. A
 * response without a body (304 Not Modified) is judged by its path: browsers apply its headers
 * to the cached page, and a data policy there would block the dashboard's own scripts.
 */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    const page = type === '' ? !isDataPath(request.url) : type.startsWith('text/html');
    reply.headers({
      'content-security-policy': page ? PAGE_POLICY : DATA_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
    });
    return payload;
  });
}
