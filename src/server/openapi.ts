import { readFileSync } from 'node:fs';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { OpenAPIV3_1 } from 'openapi-types';

/** The package version, read at start so the document names the release that serves it. */
const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

type OpenApiDocument = Partial<OpenAPIV3_1.Document>;

const SCHEMA_REF = '#/components/schemas/';

/**
 * Keeps only the component schemas the paths refer to, directly or through other components:
 * the provider emits each named schema twice, for requests and for responses, used or not.
 */
function withoutUnusedSchemas(document: OpenApiDocument): OpenApiDocument {
  const { paths, components } = document;
  const schemas = components?.schemas ?? {};
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    const ref = (value as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith(SCHEMA_REF)) {
      const name = ref.slice(SCHEMA_REF.length);
      if (!used.has(name)) {
        used.add(name);
        visit(schemas[name]);
      }
    }
    Object.values(value).forEach(visit);
  };
  visit(paths);
  const kept = Object.entries(schemas).filter(([name]) => used.has(name));
  return { ...document, components: { ...components, schemas: Object.fromEntries(kept) } };
}

/**
 * Drops `readOnly: true`, which zod writes for `.readonly()` (immutable in TypeScript) but which
 * in OpenAPI means "never sent by clients": wrong in request bodies, and nothing in responses.
 */
function withoutReadOnly<T>(value: T, key = ''): T {
  if (Array.isArray(value)) return value.map((item: unknown) => withoutReadOnly(item)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const kept = Object.entries(value).filter(
    // Inside `properties`, "readOnly" would be a member's name, not the keyword.
    ([name, member]) => !(name === 'readOnly' && member === true && key !== 'properties'),
  );
  return Object.fromEntries(
    kept.map(([name, member]) => [name, withoutReadOnly(member, name)]),
  ) as T;
}

/**
 * The OpenAPI 3.1 document, generated from the routes' zod schemas, at `/openapi.json`,
 * and a browsable reference at `/api/docs`. Register before the routes so it sees them all.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Truce API',
        version,
        description:
          'Sourced claims about ceasefires and truces, an append-only ledger, and the evaluation of agreements as of any moment. Errors are application/problem+json (RFC 9457).',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
    },
    transform: jsonSchemaTransform,
    // The document is 3.1: `openapi` above says so.
    transformObject: (document) =>
      withoutReadOnly(withoutUnusedSchemas(jsonSchemaTransformObject(document) as OpenApiDocument)),
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    // The validator badge would fetch from an outside host; the page loads only from here.
    uiConfig: { validatorUrl: null },
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
