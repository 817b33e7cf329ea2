// A small fetch wrapper for the API tests: every answer comes back with its text and,
// when it is JSON of any flavour, parsed.

export interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  /** The media type without parameters ("application/problem+json"). */
  readonly type: string;
  readonly text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read fields freely
  readonly json: any;
}

export interface HttpRequest {
  /** A value sent as JSON. */
  readonly json?: unknown;
  /** A body sent as it is (with `contentType`, or none). */
  readonly raw?: string;
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
}

export async function http(
  base: string,
  method: string,
  path: string,
  request: HttpRequest = {},
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { ...request.headers };
  let body: string | undefined = request.raw;
  if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    headers['content-type'] = 'application/json';
  }
  if (request.contentType !== undefined) headers['content-type'] = request.contentType;
  const response = await fetch(`${base}${path}`, { method, headers, body });
  const text = await response.text();
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  return {
    status: response.status,
    headers: response.headers,
    type,
    text,
    json: type.endsWith('json') && text !== '' ? JSON.parse(text) : undefined,
  };
}

/** Binds `http` to one server. */
export const client = (base: string) => ({
  get: (path: string, request?: HttpRequest) => http(base, 'GET', path, request),
  post: (path: string, json?: unknown) => http(base, 'POST', path, { json }),
  patch: (path: string, json?: unknown) => http(base, 'PATCH', path, { json }),
  send: (method: string, path: string, request?: HttpRequest) => http(base, method, path, request),
});
export type Client = ReturnType<typeof client>;
