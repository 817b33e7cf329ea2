// ACLED out and back in: the examples exported one row per claim, imported into a fresh store
// for the same agreement, and exported again give the same values in every column Truce keeps.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addAgreement } from '../../src/app/agreements.js';
import { EXAMPLES_DIR, loadExamples } from '../../src/app/examples.js';
import { exportText } from '../../src/app/export/run-export.js';
import { importAcled } from '../../src/app/import/acled-import.js';
import { getAgreement } from '../../src/app/agreements.js';
import type { AgreementId } from '../../src/core/ids.js';
import { sqliteTestStore } from '../server/test-stores.js';
import type { TestStore } from '../server/test-stores.js';

const AGREEMENT = 'gaza-pause-2023-11' as AgreementId;

/**
 * The columns an imported claim keeps. The rest are Truce's own on the way out: the row id, the
 * inter codes and interaction (which need the actors' categories), source scale (which needs
 * the sources' kinds), tags and the timestamp of the last change.
 */
const KEPT = [
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'actor2',
  'assoc_actor_2',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;

const rowsOf = (text: string) =>
  (parse(text, { columns: true, bom: true }) as Record<string, string>[]).map((row) =>
    Object.fromEntries(KEPT.map((c) => [c, row[c]!.replace(/^'(?=[=+\-@])/, '')])),
  );
const byContent = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(a).localeCompare(JSON.stringify(b));

let source: TestStore;
let target: TestStore;

beforeAll(async () => {
  source = await sqliteTestStore();
  target = await sqliteTestStore();
  await loadExamples(source.store, 'tester');
  const text = await readFile(join(EXAMPLES_DIR, 'agreements', `${AGREEMENT}.yaml`), 'utf8');
  await addAgreement(target.store, text, 'tester', `${AGREEMENT}.yaml`);
});

afterAll(async () => {
  await source.dispose();
  await target.dispose();
});

describe('ACLED round trip', () => {
  test('export, import and export again keep every column Truce keeps', async () => {
    const first = await exportText(
      source.store,
      'acled',
      { agreement: AGREEMENT },
      { rows: 'claim' },
    );
    const { agreement } = await getAgreement(target.store, AGREEMENT);
    const imported = await importAcled(
      target.store,
      first,
      { fileName: 'round-trip.csv', agreement },
      'tester',
    );
    expect(imported.bad).toEqual([]);
    // Rows whose type ACLED files under "Other" come back as nothing, and are reported.
    const back = rowsOf(first).filter(
      (_row, i) => !imported.notInVocabulary.some((n) => n.line === i + 2),
    );
    expect(imported.claims).toBe(back.length);
    expect(back.length).toBeGreaterThan(5);

    // Every claim the target holds: those naming no party count for no agreement there.
    const second = rowsOf(await exportText(target.store, 'acled', {}, { rows: 'claim' }));
    expect(second.sort(byContent)).toEqual(back.sort(byContent));
  });

  test('fills the admin areas the place table knows, in ACLED’s spelling', async () => {
    const rows = rowsOf(await exportText(source.store, 'acled', {}, { rows: 'claim' }));
    expect(rows.find((r) => r['location'] === 'Sderot')).toMatchObject({
      country: 'Israel',
      admin1: 'HaDarom',
      admin2: 'Ashqelon',
      admin3: 'Sderot',
    });
    // A region the table knows only the first area of.
    expect(rows.find((r) => r['location'] === 'Gaza Strip')).toMatchObject({
      admin1: 'Gaza Strip',
      admin2: '',
      admin3: '',
    });
    // A place the table gives no areas for keeps admin2 and admin3 empty, never guessed.
    for (const row of rows.filter((r) => r['admin1'] === '')) {
      expect(row['admin2']).toBe('');
      expect(row['admin3']).toBe('');
    }
  });
});
