import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { LevelWithSilent } from 'pino';
import type { SignedHead } from '../app/heads.js';
import type { Store } from '../app/store-contract.js';
import type { ApiContext } from './api-context.js';
import { BODY_LIMIT } from './body-limits.js';
import { DEFAULT_WEB_ROOT, registerDashboard } from './dashboard.js';
import { registerOpenApi } from './openapi.js';
import {
  clientErrorAsProblem,
  frameworkErrorAsProblem,
  handleErrorsAsProblems,
} from './problem.js';
import { refuseMalformedText } from './refuse-malformed-text.js';
import { agreementRoutes } from './routes/agreements.js';
import { claimRoutes } from './routes/claims.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { extractRoutes } from './routes/extract.js';
import { healthRoutes } from './routes/health.js';
import { sourceRoutes } from './routes/sources.js';
import { verifyRoutes } from './routes/verify.js';
import { addSecurityHeaders } from './security-headers.js';

export interface ServerOptions {
  /** Who the server records changes as. */
  readonly author: string;
  /** Signs the ledger's head for /api/head (`headSigner` in app); without it, /api/head is 404. */
  readonly signHead?: () => Promise<SignedHead>;
  /** The built dashboard to serve at `/`; null for the API alone. Default: this package's dist/web. */
  readonly webRoot?: string | null;
  /** Log level; silent unless asked, so tests stay quiet. */
  readonly logLevel?: LevelWithSilent;
  /**
   * Check every response against its schema before sending it. The handlers' types already
   * match the schemas, and checking costs ten times the serialising (3 ms for a page of 100
   * claims), so it is for tests, which keep the documented schemas honest.
   */
  readonly checkResponses?: boolean;
}

const plainJson = () => (data: unknown) => JSON.stringify(data);

const ROUTES = [
  healthRoutes,
  sourceRoutes,
  documentRoutes,
  extractRoutes,
  claimRoutes,
  agreementRoutes,
  eventRoutes,
  exportRoutes,
  verifyRoutes,
];

/** The HTTP API (and the dashboard) over a store, ready to listen; the caller owns the store. */
export async function buildServer(store: Store, options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'silent' },
    bodyLimit: BODY_LIMIT.default,
    frameworkErrors: frameworkErrorAsProblem,
    clientErrorHandler: clientErrorAsProblem,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(options.checkResponses ? serializerCompiler : plainJson);
  // Bodies are JSON only: text/plain would reach the handlers as a string; refuse it with 415.
  app.removeContentTypeParser('text/plain');
  handleErrorsAsProblems(app);
  addSecurityHeaders(app);
  refuseMalformedText(app);
  await registerOpenApi(app);
  const context: ApiContext = { store, author: options.author, signHead: options.signHead };
  for (const routes of ROUTES) await app.register(routes, context);
  await registerDashboard(app, options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot);
  return app;
}
