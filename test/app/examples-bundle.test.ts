// The examples load through the bundle import: into an empty store in one append, and into a
// store that holds part of them by merging, never recording anything twice.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addAgreement } from '../../src/app/agreements.js';
import { EXAMPLES_DIR, loadExamplesAtomically } from '../../src/app/examples.js';
import { sqliteTestStore } from '../server/test-stores.js';
import type { TestStore } from '../server/test-stores.js';

let full: TestStore;
let partial: TestStore;

beforeEach(async () => {
  full = await sqliteTestStore();
  partial = await sqliteTestStore();
});

afterEach(async () => {
  await full.dispose();
  await partial.dispose();
});

describe('the examples, through the bundle import', () => {
  test('load whole into an empty store, and a second load records nothing', async () => {
    const first = await loadExamplesAtomically(full.store, 'tester');
    expect(first.claims).toBe(await full.store.countClaims());
    expect(first.documents).toBeGreaterThan(0);
    const entries = await full.store.entryCount();
    const again = await loadExamplesAtomically(full.store, 'tester');
    expect(again).toMatchObject({ documents: 0, claims: 0 });
    expect(await full.store.entryCount()).toBe(entries);
  });

  test('fill in what a store lacks when it already holds an example agreement', async () => {
    await loadExamplesAtomically(full.store, 'tester');
    const file = 'gaza-pause-2023-11.yaml';
    const text = await readFile(join(EXAMPLES_DIR, 'agreements', file), 'utf8');
    await addAgreement(partial.store, text, 'tester', file);
    const loaded = await loadExamplesAtomically(partial.store, 'tester');
    // That agreement's documents and claims come in too: it is merged, not skipped whole.
    expect(await partial.store.countClaims()).toBe(await full.store.countClaims());
    expect(loaded.claims).toBe(await full.store.countClaims());
    expect((await partial.store.listDocuments()).length).toBe(
      (await full.store.listDocuments()).length,
    );
  });
});
