// How an agreement reads claims, kept while the ledger's head stands: a server's claim page is
// the page a reader made afresh gives, after a new version of the agreement, a source recorded
// and claims appended, on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { AgreementReaders } from '../../src/app/agreement-readers.js';
import { addAgreement } from '../../src/app/agreements.js';
import { claimPageText } from '../../src/app/claim-page.js';
import type { Store } from '../../src/app/store-contract.js';
import type { ClaimPage } from '../../src/core/api/claim-api.js';
import type { AgreementId, DocumentId, SourceId } from '../../src/core/ids.js';
import { bothBackends, withTestStore } from '../server/test-stores.js';
import {
  claimAdded,
  claimAddedFor,
  documentAdded,
  makeDocument,
  makeSource,
  sourceAdded,
} from '../support/builders.js';
import { at, by, claimOf } from '../core/evaluation/evaluation-fixtures.js';

const OURS = 'test-agreement' as AgreementId;
const WIRE = 'src_wire01' as SourceId;

/** Version 1 between north and south; version 2 adds east, and the wire as south's own. */
const agreementText = (version: 1 | 2) => `
id: ${OURS}
version: ${version}
title: Test agreement
ref: a test
effective_from: 2024-03-0${version}T00:00
timezone: UTC
day_boundary: "00:00"
parties:
  - {id: north, aliases: [North Army]}
  - {id: south, aliases: [South Command${version === 2 ? ', Wire' : ''}]}
${version === 2 ? '  - {id: east}' : ''}
term:
  start: 2024-03-01T00:00
  ref: a test
  duration: {days: 5}
norms:
  - id: no-fire
    kind: prohibition
    bearer: [north, south]
    ref: clause 1
    act: {event: rocket_fire}
`;

/** Rocket fire by `party`, reported by the wire (a source not recorded at first). */
const rocketsBy = (n: number, party: string) =>
  claimOf(n, {
    type: 'rocket_fire',
    when: at('2024-03-02T10:00:00Z'),
    actors: [by(party)],
    attribution: [{ name: 'Wire', kind: 'news_agency', source: WIRE }],
  });

describe.each(bothBackends())('agreement readers on %s', (_name, open) => {
  it('answer as a reader made afresh once a version, a source or a claim is recorded', () =>
    withTestStore(open, async (store: Store) => {
      await addAgreement(store, agreementText(1), 'tester');
      await store.append(
        [
          documentAdded(makeDocument({ id: 'doc_000001' as DocumentId })),
          claimAddedFor(rocketsBy(1, 'south'), [OURS]),
          // Unassigned, naming a party only version 2 has: in its scope, not version 1's.
          claimAdded(rocketsBy(2, 'east')),
        ],
        'tester',
      );
      const readers = new AgreementReaders(store);
      const query = { agreement: OURS, limit: 10 };
      /** The kept reader's page, checked byte for byte against a fresh reader's. */
      const page = async (): Promise<ClaimPage> => {
        const text = await claimPageText(store, query, readers);
        expect(text).toBe(await claimPageText(store, query, new AgreementReaders(store)));
        return JSON.parse(text) as ClaimPage;
      };
      const wireOf = (p: ClaimPage) => p.readings?.['clm_000001']?.links[0]?.affiliation;

      const first = await page();
      expect(first.items.map((c) => c.id)).toEqual(['clm_000001']);
      expect(wireOf(first)).toBe('independent');
      // Nothing appended: the reader kept is the one answering.
      expect(await readers.get(OURS)).toBe(await readers.get(OURS));

      // A new version: east's claim comes into scope, and the wire is read as south's.
      const v1 = await readers.get(OURS);
      await addAgreement(store, agreementText(2), 'tester');
      expect(await readers.get(OURS)).not.toBe(v1);
      const amended = await page();
      expect(amended.items.map((c) => c.id)).toEqual(['clm_000001', 'clm_000002']);
      expect(wireOf(amended)).toBe('party:south');
      expect(amended.readings?.['clm_000001']?.selfReport).toBe(true);

      // A source recorded: the analyst's word that the wire is north's wins over its name.
      const affiliation = { kind: 'party' as const, party: 'north' as never };
      await store.append([sourceAdded(makeSource({ id: WIRE, name: 'Wire', affiliation }))], 'x');
      expect(wireOf(await page())).toBe('party:north');

      // A claim appended: the head moves, but the agreement and the sources are what they were,
      // so the reader (and the readings it made) stays, and the new claim is read with it.
      const before = await readers.get(OURS);
      await store.append([claimAddedFor(rocketsBy(3, 'north'), [OURS])], 'tester');
      expect(await readers.get(OURS)).toBe(before);
      const appended = await page();
      expect(appended.readings?.['clm_000003']).toMatchObject({ agent: 'north', selfReport: true });
    }));
});
