import type { Kysely } from 'kysely';
import type { LastChange } from '../core/evidence/claim-change-rule.js';
import type { Claim } from '../core/evidence/claim.js';
import type { StoreSchema } from './store-schema.js';

const CHANGES_OF_A_CLAIM = new Set(['claim.reviewed', 'claim.edited', 'claim.retracted']);

/**
 * Who made the latest change to a claim's review state or content, from the ledger. Only asked
 * when a change is refused, so a scan from the ledger's end is fine: entries naming the claim
 * are matched as text, then parsed to drop a match inside some other field.
 */
export async function lastChangeOf(
  db: Kysely<StoreSchema>,
  claim: Claim,
): Promise<LastChange | undefined> {
  const rows = await db
    .selectFrom('ledger')
    .select(['author', 'recorded_at', 'change'])
    .where('recorded_at', '>=', claim.updatedAt)
    .where('change', 'like', `%"claim":${JSON.stringify(claim.id)}%`)
    .orderBy('seq', 'desc')
    .limit(50)
    .execute();
  for (const row of rows) {
    const change = JSON.parse(row.change) as { type: string; claim: unknown };
    if (CHANGES_OF_A_CLAIM.has(change.type) && change.claim === claim.id) {
      return { author: row.author, recordedAt: row.recorded_at };
    }
  }
  // A claim never changed since it was added: its adder.
  const added = await db
    .selectFrom('ledger')
    .select(['author', 'recorded_at'])
    .where('recorded_at', '=', claim.recordedAt)
    .where('change', 'like', `%"id":${JSON.stringify(claim.id)}%`)
    .orderBy('seq', 'asc')
    .limit(1)
    .executeTakeFirst();
  return added === undefined ? undefined : { author: added.author, recordedAt: added.recorded_at };
}
