import type { Kysely } from 'kysely';
import { GENESIS_HASH } from '../core/ledger/ledger-entry.js';
import type { StoreSchema } from './store-schema.js';

/** The last entry an append wrote, kept in `meta`, so a cut or grown tail is noticed. */
export interface LedgerHead {
  readonly seq: number;
  readonly hash: string;
}

const HEAD_KEY = 'ledger_head';

/** The recorded head; that of an empty ledger before the first append. */
export async function readLedgerHead(db: Kysely<StoreSchema>): Promise<LedgerHead> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', HEAD_KEY)
    .executeTakeFirst();
  if (row === undefined) return { seq: 0, hash: GENESIS_HASH };
  const [seq, hash] = row.value.split(':');
  return { seq: Number(seq), hash: hash ?? '' };
}

export async function writeLedgerHead(db: Kysely<StoreSchema>, head: LedgerHead): Promise<void> {
  const value = `${head.seq}:${head.hash}`;
  await db
    .insertInto('meta')
    .values({ key: HEAD_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
