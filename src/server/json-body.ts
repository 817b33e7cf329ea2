import type { FastifyInstance } from 'fastify';
import { badInput } from '../core/errors.js';
import { MAX_JSON_DEPTH, jsonNestsDeeperThan } from '../core/text/json-depth.js';

/**
 * JSON bodies as Fastify parses them (prototype poisoning refused), but refused with a 400
 * first when nested deeper than any Truce shape: deep enough nesting would overflow the stack
 * of the validator and answer 500.
 */
export function parseJsonBodies(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, raw, done) => {
    const body = raw.toString();
    if (jsonNestsDeeperThan(body)) {
      done(
        badInput(`the body nests deeper than ${MAX_JSON_DEPTH} levels; no request needs that`),
        undefined,
      );
      return;
    }
    parse(request, body, done);
  });
}
