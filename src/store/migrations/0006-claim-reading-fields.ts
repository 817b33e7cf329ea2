import { canonicalJson } from '../../core/ledger/canonical-json.js';
import { hasColumn } from './has-column.js';
import type { SchemaMigration } from './schema-migrations.js';

const PAGE = 2000;

/**
 * Each claims row keeps, beside the claim, the canonical JSON of its actors and attribution:
 * all an agreement's reading of a claim needs, so a page of readings parses those fields and
 * not whole claims (decision 0083). Rows written before are filled from their claim. The
 * fields are restated here rather than taken from `readingFieldsOf`: a migration must mean the
 * same thing whatever later code does. The column is added only where missing, and rows are
 * filled only where empty, so running the step again changes nothing.
 */
export const claimReadingFields: SchemaMigration = {
  name: '0006-claim-reading-fields',
  async up(db) {
    if (!(await hasColumn(db, 'claims', 'reading'))) {
      await db.schema
        .alterTable('claims')
        .addColumn('reading', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
    }
    let afterId = '';
    for (;;) {
      const page = (await db
        .selectFrom('claims')
        .select(['id', 'json'])
        .where('reading', '=', '')
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(PAGE)
        .execute()) as { id: string; json: string }[];
      for (const { id, json } of page) {
        const { actors, attribution } = (JSON.parse(json) as { content: Record<string, unknown> })
          .content;
        await db
          .updateTable('claims')
          .set({ reading: canonicalJson({ actors, attribution }) })
          .where('id', '=', id)
          .execute();
      }
      if (page.length < PAGE) return;
      afterId = page[page.length - 1]!.id;
    }
  },
};
