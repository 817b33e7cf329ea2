/**
 * The storage contract as the CLI and the server see it: they hold a Store (opened through
 * workspace.ts) but never import src/store themselves.
 */
export type {
  AccountLogLine,
  Accounts,
  ClaimFilter,
  EntryQuery,
  Store,
  StoredUser,
} from '../store/store.js';
