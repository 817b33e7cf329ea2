import type { SchemaMigration } from './schema-migrations.js';

/** The ledger, its projections and the meta table. */
export const initialSchema: SchemaMigration = {
  name: '0001-initial-schema',
  async up(db) {
    await db.schema
      .createTable('meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('ledger')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('change', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sources')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addColumn('json', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sources_name_key').on('sources').column('name_key').execute();

    await db.schema
      .createTable('source_aliases')
      .addColumn('alias_key', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
      .addPrimaryKeyConstraint('source_aliases_pk', ['alias_key', 'source_id'])
      .execute();
    await db.schema
      .createIndex('source_aliases_source_id')
      .on('source_aliases')
      .column('source_id')
      .execute();

    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('content_hash', 'text', (c) => c.notNull().unique())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('json', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('documents_recorded_at')
      .on('documents')
      .columns(['recorded_at', 'id'])
      .execute();

    await db.schema
      .createTable('claims')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document', 'text', (c) => c.notNull().references('documents.id'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('known_at', 'text', (c) => c.notNull())
      .addColumn('json', 'text', (c) => c.notNull())
      .execute();
    // Each filter is followed by the id, so a filtered page in id order is one index range.
    for (const column of ['document', 'type', 'status'] as const) {
      await db.schema
        .createIndex(`claims_${column}`)
        .on('claims')
        .columns([column, 'id'])
        .execute();
    }
    await db.schema.createIndex('claims_known_at').on('claims').column('known_at').execute();

    await db.schema
      .createTable('agreements')
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('json', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('agreements_pk', ['id', 'version'])
      .execute();
  },
};
