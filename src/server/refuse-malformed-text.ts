import type { FastifyInstance } from 'fastify';
import { badInput } from '../core/errors.js';
import { MALFORMED_TEXT_MESSAGE, malformedTextAt } from '../core/text/malformed-text.js';

/** Refuses, as a 400, request bodies whose text is not well-formed Unicode, like files with NUL bytes. */
export function refuseMalformedText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const at = malformedTextAt(request.body, 'body');
    if (at) throw badInput(`${at}: ${MALFORMED_TEXT_MESSAGE}`);
  });
}
