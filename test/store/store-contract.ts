// The store contract: one suite, run against every backend by its own test file.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { sql } from '../../src/store/kysely.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TruceErrorKind } from '../../src/core/errors.js';
import type { AgreementId, ClaimId, PartyId } from '../../src/core/ids.js';
import { canonicalJson } from '../../src/core/ledger/canonical-json.js';
import {
  GENESIS_HASH,
  hashedPartOf,
  type LedgerChange,
  type LedgerEntry,
} from '../../src/core/ledger/ledger-entry.js';
import { ledgerRow } from '../../src/store/ledger-rows.js';
import { SCHEMA_VERSION } from '../../src/store/migrate-schema.js';
import { initStore, openStore, type StoreConfig } from '../../src/store/open-store.js';
import type { StoreSchema } from '../../src/store/store-schema.js';
import type { Store } from '../../src/store/store.js';
import {
  T0,
  agentOf,
  agreementRecorded,
  claimAdded,
  claimAddedFor,
  claimAssigned,
  claimUnassigned,
  claimEdited,
  claimRetracted,
  claimReviewed,
  documentAdded,
  makeAgreement,
  makeClaim,
  makeClaimContent,
  makeDocument,
  makeSource,
  sourceAdded,
} from '../support/builders.js';

/** A place for one store, not yet initialised, and a back door into its database. */
export interface StoreFixture {
  readonly config: StoreConfig;
  /** A second connection to the same database, for tampering behind the store's back. */
  raw(): Kysely<StoreSchema>;
  dispose(): Promise<void>;
}

const AUTHOR = 'tester';

/** Expects the promise to fail with a TruceError of this kind. */
const failsWith = (promise: Promise<unknown>, kind: TruceErrorKind) =>
  expect(promise).rejects.toMatchObject({ kind });

/** The hash as the ledger defines it: SHA-256 of (prevHash ‖ canonical JSON of the entry). */
const definedHash = (prevHash: string, entry: Parameters<typeof hashedPartOf>[0]): string =>
  createHash('sha256')
    .update(prevHash + canonicalJson(hashedPartOf(entry)))
    .digest('hex');

const ids = (claims: readonly { id: string }[]) => claims.map((c) => c.id);
const sorted = (claims: readonly { id: string }[]) => ids(claims).sort();

async function allEntries(store: Store, fromSeq?: number): Promise<LedgerEntry[]> {
  const entries: LedgerEntry[] = [];
  for await (const entry of store.entries(fromSeq)) entries.push(entry);
  return entries;
}

export function describeStoreContract(
  dialect: Store['dialect'],
  freshFixture: () => Promise<StoreFixture>,
): void {
  describe(`the ${dialect} store`, () => {
    let fixture: StoreFixture;
    let store: Store;

    beforeEach(async () => {
      fixture = await freshFixture();
      store = await initStore(fixture.config);
    });
    afterEach(async () => {
      await store.close();
      await fixture.dispose();
    });

    /** A document with three claims (one accepted), a source and an agreement: 7 entries. */
    async function recordSample() {
      const source = makeSource({ name: 'Reuters', aliases: ['Thomson Reuters'] });
      const document = makeDocument({ title: 'Pause extended' });
      const claims = [
        makeClaim(document.id),
        makeClaim(document.id, { content: { type: 'airstrike' } }),
        makeClaim(document.id, { content: { type: 'rocket_fire' } }),
      ];
      const agreement = makeAgreement();
      await store.append(
        [sourceAdded(source), documentAdded(document), ...claims.map(claimAdded)],
        AUTHOR,
      );
      await store.append(
        [claimReviewed(claims[0]!.id, 'accepted', 'seen'), agreementRecorded(agreement)],
        AUTHOR,
      );
      return { source, document, claims, agreement };
    }

    it('says which database it runs on', () => {
      expect(store.dialect).toBe(dialect);
    });

    describe('narrowing by words, for search', () => {
      it('keeps only the documents and claims holding every word, in any case, with LIKE signs taken literally', async () => {
        const rafah = makeDocument({ rawText: 'Trucks crossed at RAFAH on Friday.' });
        const kerem = makeDocument({ rawText: 'Kerem Shalom stayed shut; 100% of trucks waited.' });
        const claims = [
          makeClaim(rafah.id, { content: { text: 'Trucks crossed at Rafah' } }),
          makeClaim(kerem.id, { content: { text: 'Kerem Shalom stayed shut' } }),
        ];
        await store.append(
          [documentAdded(rafah), documentAdded(kerem), ...claims.map(claimAdded)],
          AUTHOR,
        );
        const docsWith = async (...words: string[]) =>
          ids(await store.listDocuments(undefined, words)).sort();
        expect(await docsWith('rafah')).toEqual([rafah.id]);
        expect(await docsWith('trucks')).toEqual([rafah.id, kerem.id].sort());
        expect(await docsWith('trucks', 'shalom')).toEqual([kerem.id]);
        expect(await docsWith('100%')).toEqual([kerem.id]);
        // `%` and `_` are the text's, not wildcards.
        expect(await docsWith('r_fah')).toEqual([]);
        expect(await docsWith('%')).toEqual([kerem.id]);
        expect(ids(await store.listClaims({ containing: ['shalom'] }))).toEqual([claims[1]!.id]);
        expect(await store.countClaims({ containing: ['rafah'], document: kerem.id })).toBe(0);
      });
    });

    describe('append and read', () => {
      it('returns what was appended, as recorded, through every read', async () => {
        const { source, document, claims, agreement } = await recordSample();
        expect(await store.getSource(source.id)).toEqual(source);
        expect(await store.listSources()).toEqual([source]);
        expect(await store.getDocument(document.id)).toEqual(document);
        expect(await store.listDocuments()).toEqual([document]);
        expect(await store.getClaim(claims[1]!.id)).toEqual(claims[1]);
        expect(await store.getAgreement(agreement.id)).toEqual(agreement);
        expect(await store.listAgreements()).toEqual([agreement]);
        expect(await store.entryCount()).toBe(7);
        const entries = await allEntries(store);
        expect(entries.map((e) => e.change.type)).toEqual([
          'source.added',
          'document.added',
          'claim.added',
          'claim.added',
          'claim.added',
          'claim.reviewed',
          'agreement.recorded',
        ]);
        expect(entries[0]!.change).toEqual(sourceAdded(source));
        expect(entries.every((e) => e.author === AUTHOR)).toBe(true);
      });

      it('stores text with tabs, line breaks, backslashes and a literal \\N as written, in the ledger and the rows', async () => {
        const document = makeDocument({ title: 'Tab\there', rawText: 'a\tb\nc\\N d\r\n' });
        const claim = makeClaim(document.id, {
          content: { text: 'line one\nline\ttwo \\N \\ end' },
        });
        await store.append([documentAdded(document)], AUTHOR);
        await store.append([claimAdded(claim)], AUTHOR);
        expect(await store.getDocument(document.id)).toEqual(document);
        expect(await store.getClaim(claim.id)).toEqual(claim);
        // Verify replays the ledger into tables of its own and compares them with these.
        expect((await store.verify()).ok).toBe(true);
      });

      it('returns undefined for what is not recorded', async () => {
        await recordSample();
        expect(await store.getClaim('clm_nothere00' as ClaimId)).toBeUndefined();
        expect(await store.findDocumentByHash('0'.repeat(64))).toBeUndefined();
        expect(await store.findSource('Nobody')).toBeUndefined();
      });

      it('applies reviews, edits and retractions to the claim it names', async () => {
        const { claims } = await recordSample();
        const [accepted, edited] = [claims[0]!, claims[1]!];
        expect(await store.getClaim(accepted.id)).toMatchObject({
          status: 'accepted',
          reviewNote: 'seen',
          // The review advanced it: every change to a claim does.
          revision: 2,
        });
        const content = makeClaimContent({ type: 'shelling' });
        const [entry] = await store.append(
          [claimEdited(edited.id, content, 'was shelling')],
          AUTHOR,
        );
        expect(await store.getClaim(edited.id)).toEqual({
          ...edited,
          content,
          revision: 2,
          reviewNote: 'was shelling',
          updatedAt: entry!.recordedAt,
        });
        await store.append([claimRetracted(accepted.id)], AUTHOR);
        expect(await store.getClaim(accepted.id)).toMatchObject({
          status: 'retracted',
          revision: 3,
        });
      });

      it('finds a document by its content hash', async () => {
        const { document } = await recordSample();
        expect(await store.findDocumentByHash(document.contentHash)).toEqual(document);
      });

      it('finds a source by its name or any alias, ignoring case', async () => {
        const { source } = await recordSample();
        const other = makeSource({ name: 'Al Jazeera', aliases: ['AJ', 'الجزيرة'] });
        await store.append([sourceAdded(other)], AUTHOR);
        expect(await store.findSource('reuters')).toEqual(source);
        expect(await store.findSource('THOMSON reuters')).toEqual(source);
        expect(await store.findSource('aj')).toEqual(other);
        expect(await store.findSource('الجزيرة')).toEqual(other);
        expect(await store.findSource('Reuter')).toBeUndefined();
      });

      it('gives the latest version of an agreement, or the one asked for', async () => {
        const first = makeAgreement({ version: 1, title: 'first' });
        const second = makeAgreement({ version: 2, title: 'second' });
        const other = makeAgreement({ id: first.id.replace('test', 'other') as typeof first.id });
        await store.append([agreementRecorded(first), agreementRecorded(second)], AUTHOR);
        await store.append([agreementRecorded(other)], AUTHOR);
        expect(await store.getAgreement(first.id)).toEqual(second);
        expect(await store.getAgreement(first.id, 1)).toEqual(first);
        expect(await store.getAgreement(first.id, 3)).toBeUndefined();
        expect(await store.listAgreements()).toEqual([other, first, second]);
      });

      it('reads the ledger from a given seq, across many pages', async () => {
        const sources = Array.from({ length: 1203 }, (_, i) => makeSource({ name: `S${i}` }));
        await store.append(sources.map(sourceAdded), AUTHOR);
        expect(await store.entryCount()).toBe(1203);
        const all = await allEntries(store);
        expect(all.map((e) => e.seq)).toEqual(sources.map((_, i) => i + 1));
        const tail = await allEntries(store, 1001);
        expect(tail.map((e) => e.seq)).toEqual(all.slice(1000).map((e) => e.seq));
        expect((await store.verify()).ok).toBe(true);
      });
    });

    describe('the hash chain', () => {
      it('links every entry to the one before, from the genesis hash', async () => {
        await recordSample();
        const entries = await allEntries(store);
        let previous = GENESIS_HASH;
        entries.forEach((entry, i) => {
          expect(entry.seq).toBe(i + 1);
          expect(entry.prevHash).toBe(previous);
          expect(entry.hash).toBe(definedHash(previous, entry));
          previous = entry.hash;
        });
      });

      it('never records an entry earlier than the one before it', async () => {
        await recordSample();
        const future = '2999-01-01T00:00:00.000Z';
        await fixture
          .raw()
          .updateTable('ledger')
          .set({ recorded_at: future })
          .where('seq', '=', 7)
          .execute();
        const [entry] = await store.append([sourceAdded(makeSource())], AUTHOR);
        expect(entry!.recordedAt).toBe(future);
        const entries = await allEntries(store);
        const times = entries.map((e) => Date.parse(e.recordedAt));
        expect(times).toEqual([...times].sort((a, b) => a - b));
      });
    });

    describe('atomic batches', () => {
      it('writes nothing from a batch with an invalid change', async () => {
        await recordSample();
        const document = makeDocument();
        const bad = { ...claimAdded(makeClaim(document.id)), claim: { id: 'nonsense' } };
        await failsWith(store.append([documentAdded(document), bad as never], AUTHOR), 'BadInput');
        expect(await store.entryCount()).toBe(7);
        expect(await store.getDocument(document.id)).toBeUndefined();
      });

      it('writes nothing from a batch whose last change names a missing document', async () => {
        await recordSample();
        const document = makeDocument();
        const orphan = makeClaim(makeDocument().id);
        await failsWith(
          store.append([documentAdded(document), claimAdded(orphan)], AUTHOR),
          'NotFound',
        );
        expect(await store.entryCount()).toBe(7);
        expect(await store.getDocument(document.id)).toBeUndefined();
        expect((await store.verify()).ok).toBe(true);
      });

      it('refuses to review a claim that is not recorded', async () => {
        await failsWith(
          store.append([claimReviewed('clm_nothere00' as ClaimId, 'accepted')], AUTHOR),
          'NotFound',
        );
        expect(await store.entryCount()).toBe(0);
      });

      it('sees earlier changes of the same batch', async () => {
        const document = makeDocument();
        const claim = makeClaim(document.id);
        await store.append(
          [documentAdded(document), claimAdded(claim), claimReviewed(claim.id, 'rejected')],
          AUTHOR,
        );
        expect((await store.getClaim(claim.id))?.status).toBe('rejected');
      });

      it('refuses to record the same content, id or agreement version twice', async () => {
        const { document, source, agreement } = await recordSample();
        const copy = makeDocument({ rawText: document.rawText });
        await failsWith(store.append([documentAdded(copy)], AUTHOR), 'Conflict');
        await failsWith(store.append([sourceAdded(source)], AUTHOR), 'Conflict');
        await failsWith(store.append([agreementRecorded(agreement)], AUTHOR), 'Conflict');
        const twice = makeDocument();
        const again = makeDocument({ rawText: twice.rawText });
        await failsWith(
          store.append([documentAdded(twice), documentAdded(again)], AUTHOR),
          'Conflict',
        );
        expect(await store.entryCount()).toBe(7);
      });

      it('refuses an author it could not record', async () => {
        await failsWith(store.append([sourceAdded(makeSource())], ''), 'BadInput');
      });

      it('appends every batch of appendAll in one transaction, reading its own writes, as append would', async () => {
        await recordSample();
        const document = makeDocument();
        const claims = Array.from({ length: 5 }, () => makeClaim(document.id));
        const report = await store.appendAll(async function* (reads) {
          yield [documentAdded(document)];
          // The batches see what the transaction wrote before them.
          expect((await reads.getDocument(document.id))?.id).toBe(document.id);
          yield claims.slice(0, 2).map(claimAdded);
          yield [];
          yield claims.slice(2).map(claimAdded);
        }, AUTHOR);
        expect(report).toEqual({ entries: 6, head: await store.head() });
        expect(report.head.seq).toBe(13);
        expect(sorted(await store.listClaims({ document: document.id }))).toEqual(sorted(claims));
        expect(await store.verify()).toMatchObject({ ok: true, entries: 13 });
      });

      it('continues one chain across any split of appendAll into batches, and records its head when it ends', async () => {
        await recordSample();
        await fc.assert(
          fc.asyncProperty(
            fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 6 }),
            async (sizes) => {
              const before = await store.head();
              const document = makeDocument();
              const claims = sizes.map((size) =>
                Array.from({ length: size }, () => makeClaim(document.id)),
              );
              const report = await store.appendAll(async function* () {
                yield [documentAdded(document)];
                for (const batch of claims) yield batch.map(claimAdded);
              }, AUTHOR);
              const entries: LedgerEntry[] = [];
              for await (const entry of store.entries(before.seq + 1)) entries.push(entry);
              expect(
                entries.map((e) =>
                  e.change.type === 'claim.added' ? e.change.claim.id : e.change.type,
                ),
              ).toEqual(['document.added', ...ids(claims.flat())]);
              let previous = { seq: before.seq, hash: before.hash, recordedAt: '' };
              for (const entry of entries) {
                expect(entry.seq).toBe(previous.seq + 1);
                expect(entry.prevHash).toBe(previous.hash);
                expect(entry.hash).toBe(definedHash(entry.prevHash, entry));
                expect(entry.recordedAt >= previous.recordedAt).toBe(true);
                previous = entry;
              }
              expect(report).toEqual({
                entries: entries.length,
                head: { seq: previous.seq, hash: previous.hash },
              });
              const head = await fixture
                .raw()
                .selectFrom('meta')
                .select('value')
                .where('key', '=', 'ledger_head')
                .executeTakeFirst();
              expect(head?.value).toBe(`${previous.seq}:${previous.hash}`);
            },
          ),
          { numRuns: 10 },
        );
        expect(await store.verify()).toMatchObject({ ok: true });
      });

      it('stores nothing from appendAll when its batches throw part-way, or a late change is refused', async () => {
        await recordSample();
        const document = makeDocument();
        await expect(
          store.appendAll(async function* () {
            yield [documentAdded(document)];
            yield [claimAdded(makeClaim(document.id))];
            throw new Error('line 3 is bad');
          }, AUTHOR),
        ).rejects.toThrow('line 3 is bad');
        await failsWith(
          store.appendAll(async function* () {
            yield [documentAdded(document)];
            yield [claimAdded(makeClaim(makeDocument().id))];
          }, AUTHOR),
          'NotFound',
        );
        expect(await store.entryCount()).toBe(7);
        expect(await store.getDocument(document.id)).toBeUndefined();
        expect((await store.verify()).ok).toBe(true);
      });

      it('keeps every one of many concurrent appends, in one chain', async () => {
        await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            store.append([sourceAdded(makeSource({ name: `S${i}` }))], AUTHOR),
          ),
        );
        expect(await store.entryCount()).toBe(20);
        expect(await store.verify()).toMatchObject({ ok: true, entries: 20 });
      });
    });

    describe('listing claims', () => {
      async function recordClaims() {
        const documents = [makeDocument(), makeDocument()];
        const types = ['release', 'airstrike', 'rocket_fire'] as const;
        const claims = Array.from({ length: 30 }, (_, i) =>
          makeClaim(documents[i % 2]!.id, { content: { type: types[i % 3]! } }),
        );
        await store.append([...documents.map(documentAdded), ...claims.map(claimAdded)], AUTHOR);
        const accepted = claims.filter((_, i) => i % 5 === 0);
        await store.append(
          accepted.map((c) => claimReviewed(c.id, 'accepted')),
          AUTHOR,
        );
        return { documents, claims, accepted };
      }

      it('lists claims by id, filtered by document, type and status', async () => {
        const { documents, claims, accepted } = await recordClaims();
        expect(ids(await store.listClaims())).toEqual(sorted(claims));
        const ofFirst = claims.filter((c) => c.document === documents[0]!.id);
        expect(ids(await store.listClaims({ document: documents[0]!.id }))).toEqual(
          sorted(ofFirst),
        );
        const strikes = claims.filter((c) => c.content.type === 'airstrike');
        expect(ids(await store.listClaims({ type: 'airstrike' }))).toEqual(sorted(strikes));
        expect(ids(await store.listClaims({ status: 'accepted' }))).toEqual(sorted(accepted));
        const both = ofFirst.filter((c) => c.content.type === 'airstrike');
        expect(
          ids(await store.listClaims({ document: documents[0]!.id, type: 'airstrike' })),
        ).toEqual(sorted(both));
        expect(await store.countClaims()).toBe(30);
        expect(await store.countClaims({ type: 'airstrike' })).toBe(strikes.length);
        expect(await store.countClaims({ status: 'accepted' })).toBe(accepted.length);
      });

      it('gives a page of claims as their stored JSON, the text each listed claim parses from', async () => {
        const { documents, claims } = await recordClaims();
        const filter = { document: documents[1]!.id, status: 'suggested', limit: 5 } as const;
        const texts = await store.listClaimTexts(filter);
        expect(texts).toHaveLength(5);
        expect(texts.map((t) => JSON.parse(t.json))).toEqual(await store.listClaims(filter));
        expect(texts.map((t) => t.id)).toEqual(texts.map((t) => JSON.parse(t.json).id));
        expect(texts.every((t) => claims.some((c) => c.id === t.id))).toBe(true);
        const typed = { type: 'release', status: 'accepted' } as const;
        expect(ids(await store.listClaimTexts(typed))).toEqual(ids(await store.listClaims(typed)));
      });

      it('keeps an index for a page by type and status, and one for a document and status', async () => {
        // Taken back to schema version 4, the store makes them again when opened.
        const raw = fixture.raw();
        for (const index of ['claims_type_status', 'claims_document_status'])
          await sql`drop index ${sql.ref(index)}`.execute(raw);
        await raw
          .updateTable('meta')
          .set({ value: '4' })
          .where('key', '=', 'schema_version')
          .execute();
        await store.close();
        store = await openStore(fixture.config);
        const { rows } =
          dialect === 'sqlite'
            ? await sql<{
                name: string;
              }>`select name from sqlite_master where tbl_name = 'claims' and type = 'index'`.execute(
                raw,
              )
            : await sql<{
                name: string;
              }>`select indexname as name from pg_indexes where schemaname = current_schema() and tablename = 'claims'`.execute(
                raw,
              );
        expect(rows.map((r) => r.name)).toEqual(
          expect.arrayContaining(['claims_type_status', 'claims_document_status']),
        );
        expect(
          (
            await raw
              .selectFrom('meta')
              .select('value')
              .where('key', '=', 'schema_version')
              .executeTakeFirst()
          )?.value,
        ).toBe(String(SCHEMA_VERSION));
      });

      it('lists only the claims known by a moment, whatever offset the moment is written in', async () => {
        const doc = makeDocument();
        const at = (iso: string) => makeClaim(doc.id, { knownAt: iso });
        const early = at('2023-11-24T05:00:00.000Z');
        const boundary = at('2023-11-25T07:00:00+02:00');
        const late = at('2023-11-26T05:00:00.000Z');
        await store.append(
          [documentAdded(doc), ...[early, boundary, late].map(claimAdded)],
          AUTHOR,
        );
        expect(ids(await store.listClaims({ knownBy: '2023-11-25T05:00:00.000Z' }))).toEqual(
          sorted([early, boundary]),
        );
        expect(ids(await store.listClaims({ knownBy: '2023-11-25T06:59:59+02:00' }))).toEqual(
          sorted([early]),
        );
        expect(await store.countClaims({ knownBy: '2030-01-01T00:00:00Z' })).toBe(3);
      });

      it('pages through claims with a cursor, each once', async () => {
        const { claims } = await recordClaims();
        const seen: string[] = [];
        let after: ClaimId | undefined;
        for (;;) {
          const page = await store.listClaims({ limit: 7, ...(after && { after }) });
          seen.push(...ids(page));
          if (page.length < 7) break;
          after = page.at(-1)!.id;
        }
        expect(seen).toEqual(sorted(claims));
        const suggested = claims.filter((_, i) => i % 5 !== 0);
        const firstPage = await store.listClaims({ status: 'suggested', limit: 4 });
        const nextPage = await store.listClaims({
          status: 'suggested',
          limit: 4,
          after: firstPage.at(-1)!.id,
        });
        expect(ids([...firstPage, ...nextPage])).toEqual(sorted(suggested).slice(0, 8));
      });
    });

    describe('claims and their agreements', () => {
      const gaza = 'gaza-pause' as AgreementId;
      const lebanon = 'lebanon-truce' as AgreementId;
      const gazaScope = { agreement: gaza, parties: ['israel', 'hamas'] as PartyId[] };
      const lebanonScope = { agreement: lebanon, parties: ['israel', 'hezbollah'] as PartyId[] };

      /** Claims for each agreement, for both, for none with and without parties. */
      async function recordAssigned() {
        const [gazaDoc, lebanonDoc] = [makeDocument(), makeDocument()];
        const by = (party: string) => ({ content: { actors: [agentOf(party)] } });
        const forGaza = makeClaim(gazaDoc.id, by('israel'));
        const forLebanon = makeClaim(lebanonDoc.id, by('israel'));
        const forBoth = makeClaim(gazaDoc.id, by('hamas'));
        const unassignedHamas = makeClaim(gazaDoc.id, by('hamas'));
        const unassignedHezbollah = makeClaim(lebanonDoc.id, by('hezbollah'));
        const unassignedNobody = makeClaim(lebanonDoc.id);
        await store.append(
          [
            documentAdded(gazaDoc),
            documentAdded(lebanonDoc),
            claimAddedFor(forGaza, [gaza]),
            claimAddedFor(forLebanon, [lebanon]),
            claimAddedFor(forBoth, [gaza, lebanon]),
            claimAdded(unassignedHamas),
            claimAdded(unassignedHezbollah),
            claimAdded(unassignedNobody),
          ],
          AUTHOR,
        );
        return {
          gazaDoc,
          lebanonDoc,
          forGaza,
          forLebanon,
          forBoth,
          unassignedHamas,
          unassignedHezbollah,
          unassignedNobody,
        };
      }

      it("lists an agreement's claims and the unassigned ones naming its parties, not another's", async () => {
        const c = await recordAssigned();
        expect(ids(await store.listClaims({ scope: gazaScope }))).toEqual(
          sorted([c.forGaza, c.forBoth, c.unassignedHamas]),
        );
        // forLebanon names israel, a party of both, but was recorded for Lebanon only.
        expect(ids(await store.listClaims({ scope: lebanonScope }))).toEqual(
          sorted([c.forLebanon, c.forBoth, c.unassignedHezbollah]),
        );
        expect(await store.countClaims({ scope: gazaScope })).toBe(3);
        expect(ids(await store.listClaims({ scope: { agreement: gaza, parties: [] } }))).toEqual(
          sorted([c.forGaza, c.forBoth]),
        );
        expect(await store.agreementsOf(c.forBoth.id)).toEqual([gaza, lebanon]);
        expect(await store.agreementsOf(c.unassignedHamas.id)).toEqual([]);
      });

      it('combines the scope with the other filters and the cursor', async () => {
        const c = await recordAssigned();
        await store.append([claimReviewed(c.forBoth.id, 'accepted')], AUTHOR);
        expect(ids(await store.listClaims({ scope: gazaScope, status: 'accepted' }))).toEqual([
          c.forBoth.id,
        ]);
        const all = sorted([c.forGaza, c.forBoth, c.unassignedHamas]);
        const first = await store.listClaims({ scope: gazaScope, limit: 2 });
        const rest = await store.listClaims({ scope: gazaScope, after: first.at(-1)!.id });
        expect(ids([...first, ...rest])).toEqual(all);
      });

      it('a page of a scope holds what reading the whole scope holds, page after page', async () => {
        // A page tests the scope claim by claim, a whole read builds it as a set: one rule.
        const c = await recordAssigned();
        await store.append([claimUnassigned(c.forBoth.id, lebanon)], AUTHOR);
        const noParties = { agreement: lebanon, parties: [] as PartyId[] };
        for (const scope of [gazaScope, lebanonScope, noParties]) {
          const whole = ids(await store.listClaims({ scope }));
          const paged: string[] = [];
          for (let after: ClaimId | undefined; ;) {
            const page = await store.listClaims({ scope, limit: 1, after });
            if (page.length === 0) break;
            paged.push(...ids(page));
            after = page[0]!.id;
          }
          expect(paged).toEqual(whole);
          expect(ids(await store.listClaimTexts({ scope, limit: 10 }))).toEqual(whole);
        }
        expect(ids(await store.listClaims({ scope: lebanonScope, limit: 10 }))).toEqual(
          sorted([c.forLebanon, c.unassignedHezbollah]),
        );
      });

      it('assigns a claim, takes the assignment back, and follows an edit of its parties', async () => {
        const c = await recordAssigned();
        // Assigned to Lebanon, the unassigned Hamas claim leaves Gaza's scope.
        await store.append([claimAssigned(c.unassignedHamas.id, lebanon)], AUTHOR);
        expect(ids(await store.listClaims({ scope: gazaScope }))).toEqual(
          sorted([c.forGaza, c.forBoth]),
        );
        await store.append(
          [
            claimUnassigned(c.unassignedHamas.id, lebanon),
            claimUnassigned(c.forGaza.id, gaza),
            claimAssigned(c.forGaza.id, gaza),
            claimAssigned(c.forGaza.id, gaza),
          ],
          AUTHOR,
        );
        expect(await store.agreementsOf(c.unassignedHamas.id)).toEqual([]);
        expect(await store.agreementsOf(c.forGaza.id)).toEqual([gaza]);
        expect(ids(await store.listClaims({ scope: gazaScope }))).toEqual(
          sorted([c.forGaza, c.forBoth, c.unassignedHamas]),
        );
        const content = makeClaimContent({ actors: [agentOf('hezbollah')] });
        await store.append([claimEdited(c.unassignedHamas.id, content)], AUTHOR);
        expect(ids(await store.listClaims({ scope: gazaScope }))).toEqual(
          sorted([c.forGaza, c.forBoth]),
        );
        expect(ids(await store.listClaims({ scope: lebanonScope }))).toContain(
          c.unassignedHamas.id,
        );
        expect(await store.verify()).toMatchObject({ ok: true });
      });

      it('reads what the entries after a head changed: claims touched, as they are now, in the scope', async () => {
        const c = await recordAssigned();
        const before = await store.head();
        const later = makeClaim(c.gazaDoc.id, { content: { actors: [agentOf('hamas')] } });
        const source = makeSource({ name: 'Wafa' });
        const agreement = makeAgreement({ id: gaza });
        await store.append(
          [
            claimReviewed(c.forGaza.id, 'accepted'),
            // Assigned to Lebanon, it leaves Gaza's scope: touched, but not among its claims.
            claimAssigned(c.unassignedHamas.id, lebanon),
            claimAdded(later),
            claimRetracted(later.id),
            sourceAdded(source),
            agreementRecorded(agreement),
          ],
          AUTHOR,
        );
        const changed = await store.claimsChangedAfter(before.seq, { scope: gazaScope });
        expect(changed.at).toBe(before.hash);
        expect(changed.head).toEqual(await store.head());
        expect([...changed.touched].sort()).toEqual(sorted([c.forGaza, c.unassignedHamas, later]));
        expect(changed.claims).toEqual(
          [await store.getClaim(c.forGaza.id), await store.getClaim(later.id)].sort((a, b) =>
            a!.id < b!.id ? -1 : 1,
          ),
        );
        expect(changed.claims.find((x) => x.id === later.id)?.status).toBe('retracted');
        expect(changed.agreements).toEqual([gaza]);
        expect(changed.sources).toBe(1);
        // Without a scope every touched claim is read; at the head nothing has changed.
        expect(ids((await store.claimsChangedAfter(before.seq)).claims)).toEqual(
          sorted([c.forGaza, c.unassignedHamas, later]),
        );
        const none = await store.claimsChangedAfter(changed.head.seq, { scope: gazaScope });
        expect(none).toEqual({
          at: changed.head.hash,
          head: changed.head,
          touched: [],
          claims: [],
          agreements: [],
          sources: 0,
        });
        // A seq the ledger does not reach has no hash: what was read there is not this ledger's.
        expect((await store.claimsChangedAfter(changed.head.seq + 5)).at).toBeUndefined();
      });

      it('lists the documents that hold a claim in the scope', async () => {
        const c = await recordAssigned();
        const empty = makeDocument();
        await store.append([documentAdded(empty)], AUTHOR);
        expect((await store.listDocuments(gazaScope)).map((d) => d.id)).toEqual([c.gazaDoc.id]);
        expect((await store.listDocuments(lebanonScope)).map((d) => d.id).sort()).toEqual(
          [c.gazaDoc.id, c.lebanonDoc.id].sort(),
        );
        expect(await store.listDocuments()).toHaveLength(3);
      });

      it('refuses to assign a claim that is not recorded, and writes nothing', async () => {
        await recordAssigned();
        const count = await store.entryCount();
        await failsWith(
          store.append([claimAssigned('clm_nothere00' as ClaimId, gaza)], AUTHOR),
          'NotFound',
        );
        expect(await store.entryCount()).toBe(count);
      });

      it('verify catches an assignment row added, removed or pointed elsewhere, and rebuild restores it', async () => {
        const c = await recordAssigned();
        expect(await store.verify()).toMatchObject({ ok: true });
        const raw = fixture.raw();
        await raw
          .insertInto('claim_agreements')
          .values({ claim: c.unassignedHamas.id, agreement: lebanon })
          .execute();
        const added = await store.verify();
        expect(added).toMatchObject({
          ok: false,
          problem: { kind: 'projection', table: 'claim_agreements', id: c.unassignedHamas.id },
        });
        expect(!added.ok && added.problem.detail).toMatch(/no ledger entry wrote it/);
        await store.rebuild();

        await raw.deleteFrom('claim_agreements').where('claim', '=', c.forGaza.id).execute();
        const removed = await store.verify();
        expect(removed).toMatchObject({
          ok: false,
          problem: { kind: 'projection', table: 'claim_agreements', id: c.forGaza.id },
        });
        expect(!removed.ok && removed.problem.detail).toMatch(/missing/);
        await store.rebuild();

        await raw
          .updateTable('claim_agreements')
          .set({ agreement: gaza })
          .where('claim', '=', c.forLebanon.id)
          .execute();
        expect((await store.verify()).ok).toBe(false);
        await store.rebuild();
        expect(await store.verify()).toMatchObject({ ok: true });
        expect(ids(await store.listClaims({ scope: lebanonScope }))).toContain(c.forLebanon.id);
      });

      it("verify catches a claim's party row edited behind the ledger's back", async () => {
        const c = await recordAssigned();
        await fixture
          .raw()
          .updateTable('claim_parties')
          .set({ party: 'israel' })
          .where('claim', '=', c.unassignedHezbollah.id)
          .execute();
        const report = await store.verify();
        expect(report).toMatchObject({
          ok: false,
          problem: { kind: 'projection', table: 'claims', id: c.unassignedHezbollah.id },
        });
        await store.rebuild();
        expect(await store.verify()).toMatchObject({ ok: true });
      });

      it('upgrades a store written before assignments, with the parties of its claims', async () => {
        const doc = makeDocument();
        const hamas = makeClaim(doc.id, { content: { actors: [agentOf('hamas')] } });
        const nobody = makeClaim(doc.id);
        await store.append([documentAdded(doc), claimAdded(hamas), claimAdded(nobody)], AUTHOR);
        await store.close();
        // Take the store back to schema version 1: the same ledger and claim rows, no new tables.
        const raw = fixture.raw();
        for (const table of ['account_log', 'sign_in_links', 'sessions', 'api_tokens', 'users'])
          await raw.schema.dropTable(table).execute();
        await raw.schema.dropTable('claim_agreements').execute();
        await raw.schema.dropTable('claim_parties').execute();
        await raw
          .updateTable('meta')
          .set({ value: '1' })
          .where('key', '=', 'schema_version')
          .execute();

        store = await openStore(fixture.config);
        expect(await store.verify()).toMatchObject({ ok: true, entries: 3 });
        expect(ids(await store.listClaims({ scope: gazaScope }))).toEqual([hamas.id]);
      });
    });

    describe('verify', () => {
      it('passes on an untouched store', async () => {
        await recordSample();
        expect(await store.verify()).toEqual({ ok: true, entries: 7, rows: 7 });
      });

      it('passes on an empty store', async () => {
        expect(await store.verify()).toEqual({ ok: true, entries: 0, rows: 0 });
      });

      it('catches an edited projection row', async () => {
        const { claims } = await recordSample();
        await sql`update claims set json = replace(json, 'airstrike', 'shelling') where id = ${claims[1]!.id}`.execute(
          fixture.raw(),
        );
        expect(await store.verify()).toMatchObject({
          ok: false,
          problem: { kind: 'projection', table: 'claims', id: claims[1]!.id },
        });
      });

      it('catches an edited filter column', async () => {
        const { claims } = await recordSample();
        await fixture
          .raw()
          .updateTable('claims')
          .set({ status: 'accepted' })
          .where('id', '=', claims[2]!.id)
          .execute();
        const report = await store.verify();
        expect(report).toMatchObject({
          ok: false,
          problem: { table: 'claims', id: claims[2]!.id },
        });
        expect(!report.ok && report.problem.detail).toMatch(/status/);
      });

      it('catches a projection row that was removed or added', async () => {
        const { agreement } = await recordSample();
        await fixture.raw().deleteFrom('agreements').execute();
        expect(await store.verify()).toMatchObject({
          ok: false,
          problem: { kind: 'projection', table: 'agreements', id: `${agreement.id}@1` },
        });
        await store.rebuild();
        const extra = makeSource({ name: 'Ghost' });
        await fixture
          .raw()
          .insertInto('sources')
          .values({ id: extra.id, name_key: 'ghost', json: '{}' })
          .execute();
        expect(await store.verify()).toMatchObject({
          ok: false,
          problem: { kind: 'projection', table: 'sources', id: extra.id },
        });
      });

      it('catches an edited ledger payload', async () => {
        await recordSample();
        await sql`update ledger set change = replace(change, 'airstrike', 'shelling') where seq = 4`.execute(
          fixture.raw(),
        );
        const report = await store.verify();
        expect(report).toMatchObject({ ok: false, problem: { kind: 'chain', seq: 4 } });
        expect(!report.ok && report.problem.detail).toMatch(/altered/);
      });

      it('catches a deleted entry', async () => {
        await recordSample();
        await fixture.raw().deleteFrom('ledger').where('seq', '=', 3).execute();
        const report = await store.verify();
        expect(report).toMatchObject({ ok: false, entries: 2, problem: { kind: 'chain', seq: 3 } });
        expect(!report.ok && report.problem.detail).toMatch(/missing/);
      });

      it('catches a deleted last entry', async () => {
        await recordSample();
        await fixture.raw().deleteFrom('ledger').where('seq', '=', 7).execute();
        expect(await store.verify()).toMatchObject({
          ok: false,
          problem: { kind: 'chain', seq: 7 },
        });
      });

      it('catches two swapped entries', async () => {
        await recordSample();
        const raw = fixture.raw();
        const rows = await raw
          .selectFrom('ledger')
          .selectAll()
          .where('seq', 'in', [3, 4])
          .orderBy('seq')
          .execute();
        const [third, fourth] = [rows[0]!, rows[1]!];
        for (const [seq, from] of [
          [3, fourth],
          [4, third],
        ] as const) {
          const { seq: _seq, ...contents } = from;
          await raw.updateTable('ledger').set(contents).where('seq', '=', seq).execute();
        }
        expect(await store.verify()).toMatchObject({
          ok: false,
          problem: { kind: 'chain', seq: 3 },
        });
      });

      it('catches an inserted entry, even one with a well-formed hash', async () => {
        await recordSample();
        const [last] = await allEntries(store, 7);
        const part = {
          seq: 8,
          recordedAt: T0,
          author: 'intruder',
          change: sourceAdded(makeSource({ name: 'Forged' })),
        };
        const forged = { ...part, prevHash: last!.hash, hash: definedHash(last!.hash, part) };
        await fixture
          .raw()
          .insertInto('ledger')
          .values(ledgerRow(forged, canonicalJson(forged.change)))
          .execute();
        const report = await store.verify();
        expect(report).toMatchObject({ ok: false, problem: { kind: 'chain', seq: 8 } });
      });
    });

    describe('rebuild', () => {
      it('restores tampered projections from the ledger', async () => {
        const { claims, document } = await recordSample();
        const raw = fixture.raw();
        await raw.updateTable('claims').set({ status: 'rejected' }).execute();
        await raw.deleteFrom('source_aliases').execute();
        await sql`update documents set json = replace(json, 'Pause', 'Truce')`.execute(raw);
        expect((await store.verify()).ok).toBe(false);
        await store.rebuild();
        expect(await store.verify()).toEqual({ ok: true, entries: 7, rows: 7 });
        expect((await store.getClaim(claims[0]!.id))?.status).toBe('accepted');
        expect(await store.getDocument(document.id)).toEqual(document);
        expect((await store.findSource('thomson reuters'))?.name).toBe('Reuters');
      });

      it('refuses to rebuild from a damaged ledger', async () => {
        await recordSample();
        const before = await indexes();
        await fixture.raw().deleteFrom('ledger').where('seq', '=', 2).execute();
        await failsWith(store.rebuild(), 'Corrupt');
        expect(await store.countClaims()).toBe(3);
        expect(await indexes()).toEqual(before);
      });

      it('writes a claim recorded before a field had its default as the schema reads it now', async () => {
        const document = makeDocument();
        const claim = makeClaim(document.id, { content: { type: 'airstrike' } });
        // As an entry written before `reviewNote` and the content's defaults existed holds it.
        const { reviewNote: _note, ...old } = claim;
        const { where: _where, span: _span, text: _text, ...content } = claim.content;
        const changes = [
          documentAdded(document),
          { type: 'claim.added', claim: { ...old, content } },
        ];
        let prevHash = GENESIS_HASH;
        for (const [i, change] of changes.entries()) {
          const part = {
            seq: i + 1,
            recordedAt: T0,
            author: AUTHOR,
            change: change as LedgerChange,
          };
          const entry = { ...part, prevHash, hash: definedHash(prevHash, part) };
          await fixture
            .raw()
            .insertInto('ledger')
            .values(ledgerRow(entry, canonicalJson(change)))
            .execute();
          prevHash = entry.hash;
        }
        await fixture
          .raw()
          .insertInto('meta')
          .values({ key: 'ledger_head', value: `2:${prevHash}` })
          .execute();
        await store.rebuild();
        const rows = await fixture.raw().selectFrom('claims').select('json').execute();
        expect(rows.map((row) => row.json)).toEqual([canonicalJson(claim)]);
        expect(await store.getClaim(claim.id)).toEqual(claim);
        expect(await store.verify()).toMatchObject({ ok: true, entries: 2 });
      });

      it('leaves every index it dropped to fill the tables as it found it', async () => {
        await recordSample();
        const before = await indexes();
        expect(before.some((index) => index.includes('claims_known_at'))).toBe(true);
        await store.rebuild();
        expect(await indexes()).toEqual(before);
      });

      /** Every index of the store's tables, as the statement that makes it. */
      async function indexes(): Promise<string[]> {
        const raw = fixture.raw();
        const { rows } =
          dialect === 'sqlite'
            ? await sql<{ definition: string }>`
                select sql as definition from sqlite_master where type = 'index' and sql is not null
              `.execute(raw)
            : await sql<{ definition: string }>`
                select indexdef as definition from pg_indexes where schemaname = current_schema()
              `.execute(raw);
        return rows.map((row) => row.definition).sort();
      }
    });

    describe('opening', () => {
      it('opens what init made, with its record', async () => {
        await recordSample();
        await store.close();
        store = await openStore(fixture.config);
        expect(await store.entryCount()).toBe(7);
        const again = await initStore(fixture.config);
        expect(await again.entryCount()).toBe(7);
        await again.close();
      });

      it('refuses to open a store that was never initialised', async () => {
        const empty = await freshFixture();
        try {
          await failsWith(openStore(empty.config), 'NotFound');
        } finally {
          await empty.dispose();
        }
      });

      it('refuses a store written by a newer version of Truce', async () => {
        await store.close();
        const raw = fixture.raw();
        await raw
          .updateTable('meta')
          .set({ value: '999' })
          .where('key', '=', 'schema_version')
          .execute();
        const opening = openStore(fixture.config);
        await expect(opening).rejects.toMatchObject({ kind: 'BadInput' });
        await expect(opening).rejects.toThrow(/newer version of Truce/);
      });
    });
  });
}
