import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ExportFilter } from '../../app/export/export-filter.js';
import { exportFormatNames } from '../../app/export/export-formats.js';
import { startExport } from '../../app/export/run-export.js';
import { ClaimsExport } from '../../core/api/export-api.js';
import type { ApiContext } from '../api-context.js';
import { problemResponses } from '../problem.js';

const [firstFormat, ...otherFormats] = exportFormatNames();
const ExportQuery = ExportFilter.extend({
  format: z.enum([firstFormat!, ...otherFormats]).default('json'),
  rows: z.enum(['claim', 'event']).optional(),
  tz: z.string().min(1).max(64).optional(),
  bom: z.enum(['true', 'false']).optional(),
  gzip: z.enum(['true', 'false']).optional(),
}).strict();

const text = (description: string) => ({ schema: z.string().describe(description) });

export const exportRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/api/export',
    {
      schema: {
        tags: ['export'],
        summary:
          'Claims in a field format (JSON, CSV, ACLED, PLOVER, GeoJSON) or the whole record as a bundle',
        querystring: ExportQuery,
        response: {
          200: {
            description: 'The export, as an attachment, streamed',
            content: {
              'application/json': { schema: ClaimsExport },
              'text/csv': text('RFC 4180 with a header row: csv (one row per claim) or acled'),
              'application/geo+json': text('an RFC 7946 FeatureCollection'),
              'application/x-ndjson': text('JSON Lines: PLOVER records, or a bundle'),
              'application/gzip': text('any of these, gzipped (gzip=true)'),
            },
          },
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const { format: name, rows, tz, bom, gzip, ...filter } = request.query;
      const { format, stream } = await startExport(store, name, filter, {
        rows,
        zone: tz,
        bom: bom === 'true',
        gzip: gzip === 'true',
      });
      const file = `${format.fileName}${gzip === 'true' ? '.gz' : ''}`;
      return (
        reply
          .type(gzip === 'true' ? 'application/gzip' : `${format.mediaType}; charset=utf-8`)
          .header('content-disposition', `attachment; filename="${file}"`)
          // A stream bypasses the response serializer; the type provider only knows bodies.
          .send(stream as unknown as string)
      );
    },
  );
};
