import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { Problem, type FieldError } from '../core/api/problem-document.js';
import { ClaimConflict } from '../core/evidence/claim-change-rule.js';
import { isTruceError } from '../core/errors.js';
import type { TruceErrorKind } from '../core/errors.js';

const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * The one table from error kinds to HTTP statuses. Corrupt means the record itself is broken
 * and Unavailable that its database does not answer: the server's fault, never the request's,
 * so they are the only kinds that are a 5xx.
 */
const HTTP_STATUS_OF: Readonly<Record<TruceErrorKind, number>> = {
  BadInput: 400,
  NotFound: 404,
  Conflict: 409,
  Corrupt: 500,
  Unavailable: 503,
  Unauthenticated: 401,
  Forbidden: 403,
};

/** OpenAPI entries for the error statuses a route can answer with. */
export function problemResponses(...statuses: readonly number[]) {
  return Object.fromEntries(
    [...statuses, 500].map((status) => [
      status,
      {
        description: STATUS_CODES[status] ?? 'Error',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: Problem } },
      },
    ]),
  );
}

/** Request parts as Fastify names them, and as the API documents them. */
const PART_OF: Readonly<Record<string, FieldError['in']>> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

/** Clearer sentences for the framework's own 4xx errors, by Fastify error code. */
const FRAMEWORK_DETAIL: Readonly<Record<string, (request: FastifyRequest) => string>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: (r) =>
    `the request body is larger than the ${r.routeOptions.bodyLimit ?? 0} bytes this route accepts`,
  // A route that takes files lists their types in its schema's `consumes`.
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (r) =>
    `send the body as ${(r.routeOptions.schema?.consumes ?? ['application/json']).join(', ')}; Content-Type "${r.headers['content-type'] ?? '(none)'}" is not accepted`,
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    'the body is empty but Content-Type says application/json; send a JSON object',
  FST_ERR_CTP_INVALID_JSON_BODY: () => 'the body is not valid JSON',
  FST_ERR_BAD_URL: (r) => `the URL ${JSON.stringify(r.url)} is not validly percent-encoded`,
};

function fieldErrorsOf(error: FastifyError): FieldError[] {
  const part = PART_OF[error.validationContext ?? 'body'] ?? 'body';
  return (error.validation ?? []).map((issue) => ({
    in: part,
    field: issue.instancePath.split('/').filter(Boolean).join('.'),
    message: issue.message ?? 'invalid',
  }));
}

const describeField = (e: FieldError): string =>
  `${e.field === '' ? e.in : `${e.in}.${e.field}`}: ${e.message}`;

/** The status, detail and field errors for anything thrown while handling a request. */
function problemOf(
  error: unknown,
  request: FastifyRequest,
): Omit<Problem, 'type' | 'title' | 'instance'> {
  if (error instanceof ClaimConflict) {
    // The claim as it stands and who changed it, so a client can show what happened meanwhile.
    const { current, lastChange } = error;
    return { status: 409, detail: error.message, current, ...(lastChange ? { lastChange } : {}) };
  }
  if (isTruceError(error)) return { status: HTTP_STATUS_OF[error.kind], detail: error.message };
  const fastifyError = error as Partial<FastifyError>;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = fieldErrorsOf(error as FastifyError);
    return { status: 400, detail: errors.map(describeField).join('; '), errors };
  }
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const explain = FRAMEWORK_DETAIL[fastifyError.code ?? ''];
    return { status, detail: explain ? explain(request) : (fastifyError.message ?? 'bad request') };
  }
  return { status: 500, detail: 'the server failed to handle this request; its log says why' };
}

/** Sends a problem document; `about:blank` types, so the title is the HTTP status phrase. */
export function sendProblem(
  reply: FastifyReply,
  problem: Omit<Problem, 'type' | 'title' | 'instance'>,
): FastifyReply {
  const body: Problem = {
    type: 'about:blank',
    title: STATUS_CODES[problem.status] ?? 'Error',
    ...problem,
    instance: reply.request.url,
  };
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}

/** Every error the server answers with is a problem document, and only a server fault is a 5xx. */
export function handleErrorsAsProblems(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = problemOf(error, request);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem);
  });
}

/** For Fastify's `frameworkErrors`: URLs the router cannot even decode. */
export const frameworkErrorAsProblem = (
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply => sendProblem(reply, problemOf(error, request));

/** Malformed HTTP the parser refuses before any route sees it: answered on the raw socket. */
const CLIENT_ERROR: Readonly<Record<string, { status: number; detail: string }>> = {
  HPE_HEADER_OVERFLOW: { status: 431, detail: 'the URL or headers are too large' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, detail: 'the request took too long to arrive' },
};

/** For Fastify's `clientErrorHandler`: the same problem documents for requests HTTP cannot parse. */
export function clientErrorAsProblem(error: NodeJS.ErrnoException, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, detail } = CLIENT_ERROR[error.code ?? ''] ?? {
    status: 400,
    detail: 'the request is not well-formed HTTP',
  };
  const title = STATUS_CODES[status] ?? 'Error';
  const body = JSON.stringify({ type: 'about:blank', title, status, detail } satisfies Problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
