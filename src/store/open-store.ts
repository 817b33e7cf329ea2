import type { OpenMode } from './migrate-schema.js';
import type { Store } from './store.js';

/** Where the record lives: a SQLite data directory, or a PostgreSQL database. */
export type StoreConfig =
  | { readonly kind: 'sqlite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly url: string };

/**
 * Creates the data directory and schema where missing (running it again changes nothing),
 * upgrades an older schema, and opens the store. BadInput for a directory that is not
 * Truce's or a store written by a newer Truce.
 */
export const initStore = (config: StoreConfig): Promise<Store> => openIn(config, 'init');

/**
 * Opens a store that `initStore` made, upgrading an older schema; NotFound when there is
 * none yet, BadInput as for `initStore`.
 */
export const openStore = (config: StoreConfig): Promise<Store> => openIn(config, 'open');

// Each driver is loaded only when a store of its kind is opened: a SQLite user never loads pg.
const openIn = async (config: StoreConfig, mode: OpenMode): Promise<Store> =>
  config.kind === 'sqlite'
    ? (await import('./sqlite/sqlite-store.js')).openSqliteStore(config.dataDir, mode)
    : (await import('./postgres/postgres-store.js')).openPostgresStore(config.url, mode);
