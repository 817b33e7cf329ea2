import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.js';

/** Names a server on this machine always answers to, whatever address it is bound to. */
export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

/** The host name of a Host header, lower case, without its port. */
export function hostNameOf(host: string): string {
  const name = host.trim().toLowerCase();
  if (name.startsWith('[')) return name.slice(0, name.indexOf(']') + 1);
  return name.replace(/:\d*$/, '');
}

/**
 * Answers 421 to any request whose Host header is not one of the server's names. A web page on
 * another site can point its own name at 127.0.0.1 (DNS rebinding) and so reach the API as
 * "same origin"; its requests still carry its own name in Host, and are refused here.
 */
export function checkHost(app: FastifyInstance, allowed: readonly string[]): void {
  const names = new Set([...LOOPBACK_NAMES, ...allowed.map(hostNameOf)]);
  const listed = [...names].join(', ');
  app.addHook('onRequest', async (request, reply) => {
    const host = request.headers.host;
    if (host !== undefined && names.has(hostNameOf(host))) return;
    return sendProblem(reply, {
      status: 421,
      detail: `this server answers to ${listed}, not to ${JSON.stringify(host ?? '(no Host header)')}; its operator can add a name with --allowed-host`,
    });
  });
}
