import { createServer } from 'node:http';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { LevelWithSilent } from 'pino';
import type { SignedHead } from '../app/heads.js';
import type { Store } from '../app/store-contract.js';
import { ExtractionPool, type RunExtraction } from '../app/extraction-pool.js';
import { AgreementReaders } from '../app/agreement-readers.js';
import { ParsedAgreements } from '../app/parsed-agreements.js';
import type { ApiContext } from './api-context.js';
import { registerAuthentication, type AuthMode } from './authenticate.js';
import { BODY_LIMIT } from './body-limits.js';
import { checkHost } from './check-host.js';
import { checkOrigin } from './check-origin.js';
import { parseJsonBodies } from './json-body.js';
import { DEFAULT_WEB_ROOT, registerDashboard } from './dashboard.js';
import { registerOpenApi } from './openapi.js';
import {
  clientErrorAsProblem,
  frameworkErrorAsProblem,
  handleErrorsAsProblems,
} from './problem.js';
import { refuseMalformedText } from './refuse-malformed-text.js';
import { sessionRoutes } from './routes/session.js';
import { agreementRoutes } from './routes/agreements.js';
import { auditRoutes } from './routes/audit.js';
import { claimRoutes } from './routes/claims.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { importRoutes } from './routes/import.js';
import { extractRoutes } from './routes/extract.js';
import { healthRoutes } from './routes/health.js';
import { searchRoutes } from './routes/search.js';
import { sourceRoutes } from './routes/sources.js';
import { verifyRoutes } from './routes/verify.js';
import { vocabularyRoutes } from './routes/vocabulary.js';
import { addSecurityHeaders } from './security-headers.js';

export interface ServerOptions {
  /**
   * `accounts` (the default): requests need a signed-in user or an API token, and changes are
   * recorded as that user. `open`: no checks, every change recorded as `author`.
   */
  readonly auth?: AuthMode;
  /** Who an `open` server records changes as. */
  readonly author: string;
  /** Signs session cookies; every server on one database needs the same. Default: random. */
  readonly sessionSecret?: string;
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
  /** Names besides loopback's that clients may use in Host (`--allowed-host`). */
  readonly allowedHosts?: readonly string[];
  /** How long a request may take to arrive, headers and body; default 30 s. */
  readonly requestTimeoutMs?: number;
  /** Requests per client address per minute; default 600 (extraction: a tenth of it). */
  readonly rateLimit?: number;
  /** Reads reports into claims; default: a pool of worker threads the server closes with it. */
  readonly extract?: RunExtraction;
  /** The store's claim model file (`truce model train`), for the default pool; else the shipped one. */
  readonly claimModel?: string | null;
}

/** How the limits are set when not given: generous for a person, tight for a flood. */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_RATE_LIMIT = 600;

const plainJson = () => (data: unknown) => JSON.stringify(data);

const ROUTES = [
  healthRoutes,
  sessionRoutes,
  sourceRoutes,
  documentRoutes,
  extractRoutes,
  claimRoutes,
  agreementRoutes,
  eventRoutes,
  exportRoutes,
  importRoutes,
  verifyRoutes,
  auditRoutes,
  vocabularyRoutes,
  searchRoutes,
];

/** The HTTP API (and the dashboard) over a store, ready to listen; the caller owns the store. */
export async function buildServer(store: Store, options: ServerOptions): Promise<FastifyInstance> {
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const app = Fastify({
    logger: { level: options.logLevel ?? 'silent' },
    bodyLimit: BODY_LIMIT.default,
    frameworkErrors: frameworkErrorAsProblem,
    clientErrorHandler: clientErrorAsProblem,
    // A slow or stalled body is cut off (408) once the request has taken this long to arrive;
    // Node checks every connection at the interval, so the cut comes on time.
    serverFactory: (handler) =>
      createServer(
        {
          requestTimeout: requestTimeout,
          headersTimeout: Math.min(requestTimeout, 10_000),
          keepAliveTimeout: 5_000,
          connectionsCheckingInterval: Math.min(1_000, requestTimeout),
        },
        handler,
      ),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(options.checkResponses ? serializerCompiler : plainJson);
  // Bodies are JSON only: text/plain would reach the handlers as a string; refuse it with 415.
  app.removeContentTypeParser('text/plain');
  handleErrorsAsProblems(app);
  addSecurityHeaders(app);
  // Before anything else reads the request: a foreign Host or another site's write goes no further.
  checkHost(app, options.allowedHosts ?? []);
  checkOrigin(app);
  await app.register(rateLimit, {
    max: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) =>
      Object.assign(
        new Error(
          `too many requests from this address: at most ${context.max} a minute; try again in ${context.after}`,
        ),
        { statusCode: 429 },
      ),
  });
  const auth = options.auth ?? 'accounts';
  await registerAuthentication(app, store, {
    mode: auth,
    author: options.author,
    sessionSecret: options.sessionSecret,
  });
  parseJsonBodies(app);
  refuseMalformedText(app);
  await registerOpenApi(app);
  let extract = options.extract;
  if (extract === undefined) {
    const pool = new ExtractionPool({ modelPath: options.claimModel ?? null });
    app.addHook('onClose', () => pool.close());
    extract = pool.run;
  }
  const agreements = new ParsedAgreements(store);
  const context: ApiContext = {
    store,
    agreements,
    readers: new AgreementReaders(store, agreements),
    auth,
    signHead: options.signHead,
    extract,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
  };
  for (const routes of ROUTES) await app.register(routes, context);
  await registerDashboard(app, options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot);
  return app;
}
