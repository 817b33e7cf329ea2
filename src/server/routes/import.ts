import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { runImport } from '../../app/import/run-import.js';
import { badInput } from '../../core/errors.js';
import { Imported } from '../../core/api/import-api.js';
import { ImportQuery } from '../../core/import/import-query.js';
import { authorOf } from '../authenticate.js';
import type { ApiContext } from '../api-context.js';
import { BODY_LIMIT } from '../body-limits.js';
import { problemResponses } from '../problem.js';

/** The body types a file may come as: the file's own, or plain bytes. */
const FILE_TYPES = [
  'application/x-ndjson',
  'application/jsonl',
  'application/gzip',
  'text/csv',
  'application/octet-stream',
];

export const importRoutes: FastifyPluginAsyncZod<ApiContext> = async (
  app,
  { store, rateLimit },
) => {
  // Only this plugin's route reads these types: its body is the file itself, as bytes.
  app.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    '/api/import',
    {
      bodyLimit: BODY_LIMIT.import,
      config: { rateLimit: { max: Math.max(1, Math.ceil(rateLimit / 10)), timeWindow: 60_000 } },
      schema: {
        tags: ['export'],
        summary:
          'Bring in a bundle (merged by content hash) or an ACLED export; a bad file stores nothing',
        querystring: ImportQuery,
        consumes: FILE_TYPES,
        body: z.instanceof(Buffer).meta({
          type: 'string',
          format: 'binary',
          description:
            'the file as sent: a bundle as application/x-ndjson or application/gzip, ACLED as text/csv',
        }),
        response: { 200: Imported, ...problemResponses(400, 404, 413, 415, 429) },
      },
    },
    async ({ query, body, principal }) => {
      if (body.length === 0) throw badInput('the body is empty; send the file as the body');
      const name = query.name ?? (query.format === 'bundle' ? 'the bundle' : 'the ACLED file');
      if (query.format === 'bundle') {
        const extra = (['agreement', 'tz', 'skipBad', 'suggest'] as const).filter(
          (key) => query[key] !== undefined,
        );
        if (extra.length > 0)
          throw badInput(`${extra.join(', ')} applies to format=acled only, not to a bundle`);
        return runImport(store, { format: 'bundle', name, data: body }, authorOf(principal));
      }
      return runImport(
        store,
        {
          format: 'acled',
          name,
          data: body,
          agreement: query.agreement,
          zone: query.tz,
          skipBad: query.skipBad === 'true',
          status: query.suggest === 'true' ? 'suggested' : 'accepted',
        },
        authorOf(principal),
      );
    },
  );
};
