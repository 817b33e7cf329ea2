import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ApiToken, User } from '../core/accounts/user.js';
import type { Role } from '../core/accounts/role.js';
import { conflict, notFound } from '../core/errors.js';
import type { AccountLogLine, Accounts, StoredUser } from './store.js';
import type { ApiTokensTable, StoreSchema, UsersTable } from './store-schema.js';

const userOfRow = (row: UsersTable): StoredUser => ({
  name: row.name,
  role: row.role as Role,
  hasPassword: row.password_hash !== null,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
  disabledAt: row.disabled_at,
});

const listed = ({ passwordHash: _, ...user }: StoredUser): User => user;

const tokenOfRow = (row: Omit<ApiTokensTable, 'secret_hash'>): ApiToken => ({
  id: row.id,
  user: row.user_name,
  role: row.role as Role,
  label: row.label,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

const TOKEN_COLUMNS = [
  'id',
  'user_name',
  'role',
  'label',
  'created_at',
  'revoked_at',
] as const satisfies readonly (keyof ApiTokensTable)[];

/** The account tables, written once in Kysely for both databases. */
export class KyselyAccounts implements Accounts {
  readonly #db: Kysely<StoreSchema>;

  constructor(db: Kysely<StoreSchema>) {
    this.#db = db;
  }

  async addUser(
    user: Omit<StoredUser, 'hasPassword' | 'disabledAt'>,
    actor: string,
  ): Promise<User> {
    return this.#db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('users')
        .select('name')
        .where('name', '=', user.name)
        .executeTakeFirst();
      if (taken) throw conflict(`there is already a user named ${user.name}`);
      await trx
        .insertInto('users')
        .values({
          name: user.name,
          role: user.role,
          password_hash: user.passwordHash,
          created_at: user.createdAt,
          disabled_at: null,
        })
        .execute();
      await log(trx, actor, 'user.added', `${user.name} as ${user.role}`);
      return { ...listed({ ...user, hasPassword: user.passwordHash !== null, disabledAt: null }) };
    });
  }

  async getUser(name: string): Promise<StoredUser | undefined> {
    const row = await this.#db
      .selectFrom('users')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirst();
    return row && userOfRow(row);
  }

  async listUsers(): Promise<readonly User[]> {
    const rows = await this.#db.selectFrom('users').selectAll().orderBy('name').execute();
    return rows.map((row) => listed(userOfRow(row)));
  }

  async countActiveUsers(): Promise<number> {
    const { count } = await this.#db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('disabled_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(count);
  }

  async disableUser(name: string, actor: string): Promise<User> {
    return this.#db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('users')
        .selectAll()
        .where('name', '=', name)
        .executeTakeFirst();
      if (!row) throw notFound(`no user ${name}`);
      if (row.disabled_at !== null) return listed(userOfRow(row));
      const at = new Date().toISOString();
      await trx.updateTable('users').set({ disabled_at: at }).where('name', '=', name).execute();
      await log(trx, actor, 'user.disabled', name);
      return listed(userOfRow({ ...row, disabled_at: at }));
    });
  }

  async setPassword(name: string, passwordHash: string, actor: string): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      const { numUpdatedRows } = await trx
        .updateTable('users')
        .set({ password_hash: passwordHash })
        .where('name', '=', name)
        .executeTakeFirst();
      if (numUpdatedRows === 0n) throw notFound(`no user ${name}`);
      await log(trx, actor, 'user.password', name);
    });
  }

  async addToken(token: ApiToken, secretHash: string, actor: string): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      await trx
        .insertInto('api_tokens')
        .values({
          id: token.id,
          user_name: token.user,
          role: token.role,
          label: token.label,
          secret_hash: secretHash,
          created_at: token.createdAt,
          revoked_at: token.revokedAt,
        })
        .execute();
      await log(trx, actor, 'token.added', `${token.id} for ${token.user} as ${token.role}`);
    });
  }

  async listTokens(): Promise<readonly ApiToken[]> {
    const rows = await this.#db
      .selectFrom('api_tokens')
      .select(TOKEN_COLUMNS)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(tokenOfRow);
  }

  async tokenBySecret(secretHash: string): Promise<ApiToken | undefined> {
    const row = await this.#db
      .selectFrom('api_tokens')
      .select(TOKEN_COLUMNS)
      .where('secret_hash', '=', secretHash)
      .executeTakeFirst();
    return row && tokenOfRow(row);
  }

  async revokeToken(id: string, actor: string): Promise<ApiToken> {
    return this.#db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('api_tokens')
        .select(TOKEN_COLUMNS)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) throw notFound(`no token ${id}`);
      if (row.revoked_at !== null) return tokenOfRow(row);
      const at = new Date().toISOString();
      await trx.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
      await log(trx, actor, 'token.revoked', id);
      return tokenOfRow({ ...row, revoked_at: at });
    });
  }

  async addSignInLink(secretHash: string, user: string, expiresAt: string): Promise<void> {
    await this.#db
      .insertInto('sign_in_links')
      .values({ secret_hash: secretHash, user_name: user, expires_at: expiresAt, used_at: null })
      .execute();
  }

  async useSignInLink(secretHash: string, now: string): Promise<string | undefined> {
    // One conditional update: of two requests racing with the same link, only one sees a row.
    const used = await this.#db
      .updateTable('sign_in_links')
      .set({ used_at: now })
      .where('secret_hash', '=', secretHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('user_name')
      .executeTakeFirst();
    return used?.user_name;
  }

  async getSession(idHash: string, now: string): Promise<string | undefined> {
    const row = await this.#db
      .selectFrom('sessions')
      .select('data')
      .where('id_hash', '=', idHash)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return row?.data;
  }

  async setSession(idHash: string, data: string, expiresAt: string): Promise<void> {
    await this.#db
      .insertInto('sessions')
      .values({ id_hash: idHash, data, expires_at: expiresAt })
      .onConflict((oc) => oc.column('id_hash').doUpdateSet({ data, expires_at: expiresAt }))
      .execute();
    // Expired sessions go as new ones come, so the table holds only live ones and a few more.
    await this.#db
      .deleteFrom('sessions')
      .where('expires_at', '<=', new Date().toISOString())
      .execute();
  }

  async destroySession(idHash: string): Promise<void> {
    await this.#db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }

  async accountLog(): Promise<readonly AccountLogLine[]> {
    const rows = await this.#db
      .selectFrom('account_log')
      .select(['at', 'actor', 'action', 'subject'])
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({ ...row, action: row.action as AccountLogLine['action'] }));
  }
}

async function log(
  trx: Kysely<StoreSchema>,
  actor: string,
  action: AccountLogLine['action'],
  subject: string,
): Promise<void> {
  const at = new Date().toISOString();
  // Ordered by time, then by id. Changes within one millisecond are numbered in the order they
  // were written, so the id sorts them as they happened; the uuid keeps ids apart should two
  // writers number the same millisecond at once.
  const { count } = await trx
    .selectFrom('account_log')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('at', '=', at)
    .executeTakeFirstOrThrow();
  const id = `${at}-${String(Number(count)).padStart(6, '0')}-${randomUUID()}`;
  await trx.insertInto('account_log').values({ id, at, actor, action, subject }).execute();
}
