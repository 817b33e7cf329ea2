// Starts the API over a store on a free loopback port, for tests that speak real HTTP.
// Responses are checked against their schemas, so the OpenAPI document cannot drift from them.
import { extractInThisThread } from '../../src/app/ingest.js';
import type { Store } from '../../src/app/store-contract.js';
import { buildServer } from '../../src/server/build-server.js';
import type { ServerOptions } from '../../src/server/build-server.js';

export interface RunningApi {
  /** "http://127.0.0.1:PORT" */
  readonly base: string;
  close(): Promise<void>;
}

export async function startApi(
  store: Store,
  options: Partial<ServerOptions> = {},
): Promise<RunningApi> {
  const server = await buildServer(store, {
    author: 'api-test',
    // Tests about routes run on an open server; test/server/accounts.test.ts checks accounts.
    auth: 'open',
    webRoot: null,
    checkResponses: true,
    // Tests about routes read reports in their own thread; the worker pool has its own tests.
    extract: extractInThisThread,
    ...options,
  });
  const base = await server.listen({ port: 0, host: '127.0.0.1' });
  return { base, close: () => server.close() };
}
