// Agreements parsed once per text of their record, on SQLite and PostgreSQL: kept while the
// record stands, shared by every reader of the same texts, parsed afresh the moment it changes,
// never mixed between agreements, and handed out frozen since every caller shares them.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { addAgreement } from '../../src/app/agreements.js';
import { AgreementParses, ParsedAgreements } from '../../src/app/parsed-agreements.js';
import type { Store } from '../../src/app/store-contract.js';
import type { AgreementRecord } from '../../src/core/agreement/agreement-record.js';
import type { Norm } from '../../src/core/agreement/agreement.js';
import { parseAgreement } from '../../src/core/agreement/parse-agreement.js';
import { AgreementId } from '../../src/core/ids.js';
import { startApi } from '../server/start-api.js';
import { bothBackends, withTestStore } from '../server/test-stores.js';

const IDLIB = AgreementId.parse('idlib-sochi-2018-09');
const GAZA = AgreementId.parse('gaza-pause-2023-11');
const example = (path: string) =>
  readFile(new URL(`../../examples/${path}`, import.meta.url), 'utf8');

const deadlineOf = (norms: readonly Norm[], id: string) =>
  JSON.stringify(norms.find((n) => n.id === id && 'deadline' in n));

/** The store as it is, but with its agreements' records as `records` says. */
const withRecords = (
  store: Store,
  records: (held: readonly AgreementRecord[]) => readonly AgreementRecord[],
): Store =>
  Object.assign(Object.create(store) as Store, {
    listAgreements: async () => records(await store.listAgreements()),
  });

describe.each(bothBackends())('parsed agreements on %s', (_name, open) => {
  const withStore = (run: (store: Store) => Promise<void>) => withTestStore(open, run);

  it('serve an amendment on the very next request, and keep each version while its record stands', () =>
    withStore(async (store) => {
      await addAgreement(store, await example('agreements/idlib-sochi-2018-09.yaml'), 'test');
      const parsed = new ParsedAgreements(store);
      const first = await parsed.get(IDLIB);
      expect(first.record.version).toBe(1);
      // Asked again with nothing changed, it is the same parse.
      expect((await parsed.get(IDLIB)).agreement).toBe(first.agreement);

      await addAgreement(store, await example('amendments/idlib-sochi-2018-09.v2.yaml'), 'test');
      const amended = await parsed.get(IDLIB);
      expect(amended.record.version).toBe(2);
      expect(amended.agreement.version).toBe(2);
      expect(deadlineOf(amended.agreement.norms, 'radicals-out')).toContain('2018-10-17');
      expect(deadlineOf(first.agreement.norms, 'radicals-out')).toContain('2018-10-15');
      // The earlier version is still there when asked for, and still the parse already made.
      expect((await parsed.get(IDLIB, 1)).agreement).toBe(first.agreement);
      expect((await parsed.versions(IDLIB)).map((a) => a.version)).toEqual([1, 2]);
      // The parties' names folded for reading origins go with the parse, and are made anew with it.
      expect((await parsed.get(IDLIB)).origins).toBe(amended.origins);
      expect(amended.origins).not.toBe(first.origins);
    }));

  it('parse the same texts once for every reader made, as each evaluation and command makes its own', () =>
    withStore(async (store) => {
      await addAgreement(store, await example('agreements/idlib-sochi-2018-09.yaml'), 'test');
      const first = await new ParsedAgreements(store).get(IDLIB);
      const second = await new ParsedAgreements(store).get(IDLIB);
      expect(second.agreement).toBe(first.agreement);
      expect(second.origins).toBe(first.origins);
      // A reader of a store whose record says otherwise gets its own parse.
      const retitled = withRecords(store, (held) =>
        held.map((r) => ({ ...r, text: r.text.replace(/^title: .*$/m, 'title: Retitled') })),
      );
      const other = await new ParsedAgreements(retitled).get(IDLIB);
      expect(other.agreement).not.toBe(first.agreement);
      expect(other.agreement.title).toBe('Retitled');
    }));

  it("show a server's next request a version another writer recorded meanwhile", () =>
    withStore(async (store) => {
      const v1 = await example('agreements/gaza-pause-2023-11.yaml');
      await addAgreement(store, v1, 'test');
      const api = await startApi(store);
      try {
        const partyNames = async () => {
          const response = await fetch(`${api.base}/api/agreements/${GAZA}`);
          expect(response.status).toBe(200);
          const detail = (await response.json()) as {
            version: number;
            parties: { name: string }[];
          };
          return { version: detail.version, names: detail.parties.map((p) => p.name) };
        };
        expect(await partyNames()).toMatchObject({
          version: 1,
          names: expect.arrayContaining(['Hamas']),
        });
        expect(await partyNames()).toMatchObject({ version: 1 });
        const v2 = v1
          .replace(/^version: 1$/m, 'version: 2')
          .replace(/^effective_from: .*$/m, 'effective_from: 2023-11-28T07:00')
          .replace(/^ {4}name: Hamas$/m, '    name: Hamas movement');
        await addAgreement(store, v2, 'another writer');
        const after = await partyNames();
        expect(after.version).toBe(2);
        expect(after.names).toContain('Hamas movement');
        expect(after.names).not.toContain('Hamas');
      } finally {
        await api.close();
      }
    }));

  it('never give one agreement for another, asked in turn or at once', () =>
    withStore(async (store) => {
      await addAgreement(store, await example('agreements/idlib-sochi-2018-09.yaml'), 'test');
      await addAgreement(store, await example('agreements/gaza-pause-2023-11.yaml'), 'test');
      const parsed = new ParsedAgreements(store);
      const [idlib, gaza, idlibAgain] = await Promise.all([
        parsed.get(IDLIB),
        parsed.get(GAZA),
        parsed.get(IDLIB),
      ]);
      expect(idlib.agreement.id).toBe(IDLIB);
      expect(gaza.agreement.id).toBe(GAZA);
      expect(idlibAgain.agreement.parties).toEqual(idlib.agreement.parties);
      expect(gaza.agreement.parties.map((p) => p.id)).not.toEqual(
        idlib.agreement.parties.map((p) => p.id),
      );
      expect(gaza.agreement).toEqual(parseAgreement(gaza.record.text));
      await expect(parsed.get(GAZA, 2)).rejects.toThrow('no version 2 of agreement');
    }));

  it('parse a version afresh when its text on record is replaced, and forget an agreement gone from the record', () =>
    withStore(async (store) => {
      await addAgreement(store, await example('agreements/gaza-pause-2023-11.yaml'), 'test');
      let replaced = false;
      let gone = false;
      const seen = withRecords(store, (held) =>
        gone
          ? []
          : held.map((r) =>
              replaced ? { ...r, text: r.text.replace(/^title: .*$/m, 'title: Retitled') } : r,
            ),
      );
      const parsed = new ParsedAgreements(seen);
      const before = await parsed.get(GAZA);
      replaced = true;
      const after = await parsed.get(GAZA);
      expect(after.agreement).not.toBe(before.agreement);
      expect(after.agreement.title).toBe('Retitled');
      gone = true;
      await expect(parsed.get(GAZA)).rejects.toThrow(`no agreement ${GAZA}`);
    }));

  it('hand out a frozen agreement, which a caller cannot change for the next one', () =>
    withStore(async (store) => {
      await addAgreement(store, await example('agreements/gaza-pause-2023-11.yaml'), 'test');
      const parsed = new ParsedAgreements(store);
      const { agreement } = await parsed.get(GAZA);
      expect(() => (agreement.norms as Norm[]).pop()).toThrow(TypeError);
      expect(() => Object.assign(agreement.parties[0] ?? {}, { id: 'someone' })).toThrow(TypeError);
      expect(() => Object.assign(agreement.term, { start: null })).toThrow(TypeError);
      const { record, agreement: next } = await parsed.get(GAZA);
      expect(next).toEqual(parseAgreement(record.text));
    }));

  it('keep no more versions than they are allowed, parsing again what was let go', () =>
    withStore(async (store) => {
      await addAgreement(store, await example('agreements/idlib-sochi-2018-09.yaml'), 'test');
      await addAgreement(store, await example('agreements/gaza-pause-2023-11.yaml'), 'test');
      const parsed = new ParsedAgreements(store, new AgreementParses(1));
      const idlib = (await parsed.get(IDLIB)).agreement;
      expect((await parsed.get(IDLIB)).agreement).toBe(idlib);
      await parsed.get(GAZA);
      const again = (await parsed.get(IDLIB)).agreement;
      expect(again).not.toBe(idlib);
      expect(again).toEqual(idlib);
    }));
});
