import { canonicalJson } from '../../core/ledger/canonical-json.js';
import type { SchemaMigration } from './schema-migrations.js';

const PAGE = 2000;

/** The changes to a recorded claim; each one now advances its revision. */
const CHANGES = new Set(['claim.reviewed', 'claim.edited', 'claim.retracted']);

/**
 * Every review and retraction now advances a claim's revision, as an edit always did, so a
 * writer naming the revision it saw is refused when anything changed since. Claims rows
 * written under the old rule would no longer match a replay, and `verify` would fail: this
 * sets each claim's revision to what a replay now gives, the revision it was added with plus
 * one for each change to it, read from the ledger. Computed from the ledger alone, not from
 * the stored revision, so running it on a store already in line changes nothing. The rule is
 * restated here rather than taken from `rowsWrittenBy`: a migration must mean the same thing
 * whatever later code does.
 */
export const everyChangeRevises: SchemaMigration = {
  name: '0004-every-change-revises',
  async up(db) {
    const revisions = new Map<string, number>();
    let after = 0;
    for (;;) {
      // Every claim change's canonical JSON holds `"type":"claim.…`; a document's text, where
      // such words could appear, holds them only with escaped quotes.
      const page = (await db
        .selectFrom('ledger')
        .select(['seq', 'change'])
        .where('seq', '>', after)
        .where('change', 'like', '%"type":"claim.%')
        .orderBy('seq')
        .limit(PAGE)
        .execute()) as { seq: number; change: string }[];
      for (const { change: text } of page) {
        const change = JSON.parse(text) as {
          type: string;
          claim: string | { id: string; revision: number };
        };
        if (change.type === 'claim.added' && typeof change.claim === 'object') {
          revisions.set(change.claim.id, change.claim.revision);
        } else if (CHANGES.has(change.type) && typeof change.claim === 'string') {
          const now = revisions.get(change.claim);
          if (now !== undefined) revisions.set(change.claim, now + 1);
        }
      }
      if (page.length < PAGE) break;
      after = Number(page[page.length - 1]!.seq);
    }

    let afterId = '';
    for (;;) {
      const page = (await db
        .selectFrom('claims')
        .select(['id', 'json'])
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(PAGE)
        .execute()) as { id: string; json: string }[];
      for (const { id, json } of page) {
        const revision = revisions.get(id);
        const claim = JSON.parse(json) as { revision: number };
        if (revision === undefined || claim.revision === revision) continue;
        await db
          .updateTable('claims')
          .set({ json: canonicalJson({ ...claim, revision }) })
          .where('id', '=', id)
          .execute();
      }
      if (page.length < PAGE) return;
      afterId = page[page.length - 1]!.id;
    }
  },
};
