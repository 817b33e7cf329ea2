import type { SchemaMigration } from './schema-migrations.js';

const PAGE = 1000;

/**
 * Which agreements a claim was recorded for (`claim_agreements`), and which parties its actors
 * name (`claim_parties`), so an evaluation reads only its agreement's claims. The party rows
 * of claims already stored are filled in here; no claim had an assignment before this step.
 */
export const claimAgreements: SchemaMigration = {
  name: '0002-claim-agreements',
  async up(db) {
    await db.schema
      .createTable('claim_agreements')
      .addColumn('claim', 'text', (c) => c.notNull().references('claims.id'))
      .addColumn('agreement', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('claim_agreements_pk', ['claim', 'agreement'])
      .execute();
    await db.schema
      .createIndex('claim_agreements_agreement')
      .on('claim_agreements')
      .columns(['agreement', 'claim'])
      .execute();

    await db.schema
      .createTable('claim_parties')
      .addColumn('claim', 'text', (c) => c.notNull().references('claims.id'))
      .addColumn('party', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('claim_parties_pk', ['claim', 'party'])
      .execute();
    await db.schema
      .createIndex('claim_parties_party')
      .on('claim_parties')
      .columns(['party', 'claim'])
      .execute();

    // The rule is `partiesNamedBy`'s, restated over the JSON as stored then: a migration must
    // mean the same thing whatever later code does.
    let after = '';
    for (;;) {
      const page = (await db
        .selectFrom('claims')
        .select(['id', 'json'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(PAGE)
        .execute()) as { id: string; json: string }[];
      const rows = page.flatMap(({ id, json }) => {
        const actors = (JSON.parse(json) as { content: { actors?: { party?: string | null }[] } })
          .content.actors;
        const parties = new Set((actors ?? []).flatMap((a) => (a.party ? [a.party] : [])));
        return [...parties].map((party) => ({ claim: id, party }));
      });
      if (rows.length > 0) await db.insertInto('claim_parties').values(rows).execute();
      if (page.length < PAGE) return;
      after = page[page.length - 1]!.id;
    }
  },
};
