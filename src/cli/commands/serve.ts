import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { createSignInLink, ensureFirstAdmin, localAdmin } from '../../app/accounts.js';
import { loadExamplesAtomically } from '../../app/examples.js';
import { headSigner } from '../../app/heads.js';
import { storeModelPath } from '../../app/store-model.js';
import type { Store } from '../../app/store-contract.js';
import {
  describeStoreConfig,
  initWorkspace,
  openWorkspace,
  storeConfig,
} from '../../app/workspace.js';
import type { buildServer } from '../../server/build-server.js';
import { badInput, conflict } from '../../core/errors.js';
import { parsePositiveInt } from '../parse-options.js';
import type { CliContext } from '../context.js';
import { author, workspaceOptions } from '../context.js';

const DEFAULT_PORT = 4747;

interface ServeOptions {
  port: number;
  host: string;
  allowedHost: string[];
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  insecureNoAuth?: boolean;
  /** Absent: the server's own default. */
  rateLimit?: number;
}

/** Addresses only this machine can reach. */
const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

const NO_AUTH_WARNING = `
  !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
  !!  --insecure-no-auth: ANYONE WHO CAN REACH THIS SERVER CAN READ AND CHANGE THE   !!
  !!  RECORD, and every change is recorded under one name. Use accounts instead:     !!
  !!  truce user add NAME --role admin                                                !!
  !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
`;

/**
 * Whether the server checks accounts, and the one-time sign-in link to print (on loopback,
 * for the local admin, made first if the store has no user). Refuses to serve another
 * address with no account to sign in with, unless told to serve it open.
 */
async function prepareAccounts(
  ctx: CliContext,
  store: Store,
  opts: ServeOptions,
): Promise<{ auth: 'accounts' | 'open'; signInSecret: string | null }> {
  if (opts.insecureNoAuth) {
    ctx.output.err(NO_AUTH_WARNING);
    return { auth: 'open', signInSecret: null };
  }
  if (!isLoopback(opts.host)) {
    if ((await store.accounts.countActiveUsers()) === 0)
      throw badInput(
        `serving on ${opts.host} needs accounts, and this record has none: add an admin with \`truce user add NAME --role admin\`, or give --insecure-no-auth to serve it open`,
      );
    return { auth: 'accounts', signInSecret: null };
  }
  await ensureFirstAdmin(store, author(ctx));
  const admin = await localAdmin(store);
  return {
    auth: 'accounts',
    signInSecret: admin ? await createSignInLink(store, admin.name) : null,
  };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new InvalidArgumentError(`expected a port number from 0 to 65535, found "${value}"`);
  return port;
}

/** Resolves on the first SIGINT or SIGTERM, then stops listening for them. */
function untilStopped(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Why a server could not listen, in a sentence that says what to do, by system error code. */
const LISTEN_ERRORS: Readonly<Record<string, (o: ServeOptions) => Error>> = {
  EADDRINUSE: (o) =>
    conflict(`port ${o.port} on ${o.host} is already in use; stop what uses it or give --port`),
  EACCES: (o) => badInput(`this user may not listen on port ${o.port}; give --port above 1023`),
  EADDRNOTAVAIL: (o) => badInput(`${o.host} is not an address of this machine; check --host`),
  ENOTFOUND: (o) => badInput(`${o.host} is not an address of this machine; check --host`),
};

async function listen(
  server: Awaited<ReturnType<typeof buildServer>>,
  opts: ServeOptions,
): Promise<string> {
  try {
    return await server.listen({ port: opts.port, host: opts.host });
  } catch (error) {
    const explain = LISTEN_ERRORS[(error as NodeJS.ErrnoException).code ?? ''];
    throw explain ? explain(opts) : error;
  }
}

/**
 * Serves the API and dashboard over `store` until a signal, then closes the server and the
 * store; `prepare` runs first, and the store is closed whatever happens.
 */
async function serveUntilStopped(
  ctx: CliContext,
  store: Store,
  opts: ServeOptions,
  prepare: () => Promise<string> = async () => '',
): Promise<void> {
  try {
    // What `prepare` returns is appended to the dashboard's address (an agreement to open).
    const dashboardHash = await prepare();
    const { auth, signInSecret } = await prepareAccounts(ctx, store, opts);
    // The server, its routes and the extraction stack they use load only when serving.
    const { buildServer } = await import('../../server/build-server.js');
    const server = await buildServer(store, {
      auth,
      sessionSecret: process.env['TRUCE_SESSION_SECRET'],
      author: author(ctx),
      logLevel: opts.logLevel,
      allowedHosts: [opts.host, ...opts.allowedHost],
      rateLimit: opts.rateLimit,
      signHead: headSigner(store, storeConfig(workspaceOptions(ctx))),
      claimModel: storeModelPath(workspaceOptions(ctx)),
    });
    const address = await listen(server, opts);
    const stopped = untilStopped();
    const where = describeStoreConfig(storeConfig(workspaceOptions(ctx)));
    const signIn =
      signInSecret === null
        ? ''
        : `  sign in:   ${address}/login?token=${signInSecret}&next=${encodeURIComponent(`/${dashboardHash}`)}\n             (works once, for a day: open it in your browser)\n`;
    ctx.output.out(
      `Truce is serving ${where}\n  dashboard: ${address}/${dashboardHash}\n${signIn}  API docs:  ${address}/api/docs\nPress Ctrl+C to stop.\n`,
    );
    const signal = await stopped;
    ctx.output.out(`\n${signal}: stopping\n`);
    await server.close();
  } finally {
    await store.close();
  }
}

function withServeOptions(command: Command): Command {
  return command
    .option('--port <port>', 'port to listen on (0 picks a free one)', parsePort, DEFAULT_PORT)
    .option(
      '--host <host>',
      'address to bind; 127.0.0.1 keeps it to this machine (give 0.0.0.0 to share it)',
      '127.0.0.1',
    )
    .option(
      '--allowed-host <name>',
      'a name clients reach the server by, besides localhost and the bound address: any other Host header is refused (repeatable)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option(
      '--rate-limit <n>',
      'requests a minute one address may make (raise it behind a proxy that many people share)',
      parsePositiveInt,
    )
    .option(
      '--insecure-no-auth',
      'serve with no accounts: anyone who reaches the server may read and change the record',
    )
    .addOption(
      new Option('--log-level <level>', 'what the server logs to standard output')
        .choices(['silent', 'error', 'warn', 'info', 'debug'])
        .default('warn'),
    );
}

export function defineServe(command: Command, ctx: CliContext): void {
  withServeOptions(command).action(async (opts: ServeOptions) => {
    await serveUntilStopped(ctx, await openWorkspace(workspaceOptions(ctx)), opts);
  });
}

export function defineStart(command: Command, ctx: CliContext): void {
  withServeOptions(command).action(async (opts: ServeOptions) => {
    const store = await initWorkspace(workspaceOptions(ctx));
    await serveUntilStopped(ctx, store, opts, async () => {
      if ((await store.entryCount()) > 0) return '';
      const loaded = await loadExamplesAtomically(store, author(ctx));
      ctx.output.out(
        `Loaded the examples: ${loaded.agreements.join(', ')} (${loaded.documents} documents, ${loaded.claims} claims)\n`,
      );
      return loaded.featured === null
        ? ''
        : `#/overview?agreement=${encodeURIComponent(loaded.featured)}`;
    });
  });
}
