import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addSource, listSources } from '../../app/sources.js';
import { Affiliation, Source } from '../../core/evidence/source.js';
import type { ApiContext } from '../api-context.js';
import { authorOf } from '../authenticate.js';
import { NoQuery, SourceSchema, listOf } from '../api-schemas.js';
import { problemResponses } from '../problem.js';

const { name, kind, aliases } = Source.unwrap().shape;

const NewSource = z
  .object({ name, kind, aliases: aliases.optional(), affiliation: Affiliation.optional() })
  .strict();

export const sourceRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/api/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'The sources on record',
        querystring: NoQuery,
        response: { 200: listOf(SourceSchema), ...problemResponses(400) },
      },
    },
    async () => ({ items: await listSources(store) }),
  );

  app.post(
    '/api/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'Record a source; a name or alias another source has is a conflict',
        body: NewSource,
        response: { 201: SourceSchema, ...problemResponses(400, 409, 413, 415) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addSource(store, request.body, authorOf(request.principal))),
  );
};
