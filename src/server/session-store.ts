import type { SessionStore } from '@fastify/session';
import { secretHash } from '../app/passwords.js';
import type { Accounts } from '../app/store-contract.js';

/** How long a session lasts without use. */
export const SESSION_MS = 12 * 60 * 60 * 1000;

/**
 * Sessions kept in the store (`sessions`), so every server on one database shares them and a
 * restart signs no one out. Ids are kept hashed: a copy of the table signs no one in.
 */
export function sessionStoreOf(accounts: Accounts): SessionStore {
  return {
    set(id, session, callback) {
      const expires = session.cookie.expires ?? new Date(Date.now() + SESSION_MS);
      accounts
        .setSession(secretHash(id), JSON.stringify(session), new Date(expires).toISOString())
        .then(() => callback(), callback);
    },
    get(id, callback) {
      accounts.getSession(secretHash(id), new Date().toISOString()).then(
        (data) => callback(null, data === undefined ? null : JSON.parse(data)),
        (error: Error) => callback(error, null),
      );
    },
    destroy(id, callback) {
      accounts.destroySession(secretHash(id)).then(() => callback(), callback);
    },
  };
}
