import type { FastifyReply } from 'fastify';
import type { JsonBytes, JsonText } from '../core/api/json-text.js';

/**
 * Sends JSON text or bytes as they are. Fastify passes a string or a buffer with a JSON content
 * type through without its serialiser (and without the response check tests turn on; the
 * contract test checks such answers against /openapi.json instead).
 */
export const sendJsonText = <T>(
  reply: FastifyReply,
  text: JsonText<T> | JsonBytes<T>,
): FastifyReply => reply.type('application/json; charset=utf-8').send(text);
