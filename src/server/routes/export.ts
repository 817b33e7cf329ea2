import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportClaims } from '../../app/export-claims.js';
import type { ApiContext } from '../api-context.js';
import { ClaimSchema, DocumentSummarySchema, SourceSchema } from '../api-schemas.js';
import { problemResponses } from '../problem.js';

const ExportQuery = z.object({ format: z.enum(['json', 'csv']).default('json') }).strict();

const ClaimsExport = z
  .object({
    claims: z.array(ClaimSchema.unwrap().extend({ document: DocumentSummarySchema.nullable() })),
    sources: z.array(SourceSchema),
  })
  .meta({ id: 'ClaimsExport' });

const MEDIA_TYPE = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' };

export const exportRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/api/export',
    {
      schema: {
        tags: ['export'],
        summary: 'Every claim with its document, as a JSON or CSV (RFC 4180) download',
        querystring: ExportQuery,
        response: {
          200: {
            description: 'The export, as an attachment',
            content: {
              'application/json': { schema: ClaimsExport },
              'text/csv': { schema: z.string().describe('one row per claim, with a header row') },
            },
          },
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      // The app renders the text; sent as a string it bypasses the response serializer.
      const text = await exportClaims(store, format);
      return reply
        .type(MEDIA_TYPE[format])
        .header('content-disposition', `attachment; filename="truce-claims.${format}"`)
        .send(text);
    },
  );
};
