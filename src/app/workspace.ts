import { resolve } from 'node:path';
import { initStore, openStore } from '../store/open-store.js';
import type { StoreConfig } from '../store/open-store.js';
import type { Store } from '../store/store.js';

export interface WorkspaceOptions {
  /** The data directory (`--data`); else TRUCE_DATA, else ./truce-data. */
  readonly data?: string | undefined;
}

/** PostgreSQL when DATABASE_URL is set; else the embedded SQLite store in a data directory. */
export function storeConfig(
  options: WorkspaceOptions,
  env: NodeJS.ProcessEnv = process.env,
): StoreConfig {
  const url = env['DATABASE_URL']?.trim();
  if (url) return { kind: 'postgres', url };
  return { kind: 'sqlite', dataDir: resolve(options.data ?? env['TRUCE_DATA'] ?? 'truce-data') };
}

/** Where the record lives, for messages ("./truce-data", "PostgreSQL at host/db"). */
export function describeStoreConfig(config: StoreConfig): string {
  if (config.kind === 'sqlite') return config.dataDir;
  try {
    const url = new URL(config.url);
    return `PostgreSQL at ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

export const openWorkspace = (options: WorkspaceOptions): Promise<Store> =>
  openStore(storeConfig(options));

export const initWorkspace = (options: WorkspaceOptions): Promise<Store> =>
  initStore(storeConfig(options));

/** Runs `work` with an open store and closes it whatever happens. */
export async function withWorkspace<T>(
  options: WorkspaceOptions,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openWorkspace(options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
