import type { SchemaMigration } from './schema-migrations.js';

/**
 * Indexes for the claim pages the dashboard and API ask for most with two filters: a type and a
 * review state (`?type=release&status=accepted`), and one document's claims waiting for review
 * (the review queue). Each ends with the id, as 0001's do, so such a page in id order is one
 * index range; with one filter alone SQLite chose another index and checked the second filter
 * row by row (decision 0057). `ifNotExists`: tests take a store back to an older version by
 * its recorded number alone, and a rebuild makes its indexes again.
 */
export const claimPageIndexes: SchemaMigration = {
  name: '0005-claim-page-indexes',
  async up(db) {
    await db.schema
      .createIndex('claims_type_status')
      .ifNotExists()
      .on('claims')
      .columns(['type', 'status', 'id'])
      .execute();
    await db.schema
      .createIndex('claims_document_status')
      .ifNotExists()
      .on('claims')
      .columns(['document', 'status', 'id'])
      .execute();
  },
};
