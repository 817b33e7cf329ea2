import type { FastifyInstance } from 'fastify';

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

/** Security headers on every response; the content policy depends on whether it is a page. */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    reply.headers({
      'content-security-policy': type.startsWith('text/html') ? PAGE_POLICY : DATA_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
    });
    return payload;
  });
}
