import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/app/examples.js';
import { LedgerEntry } from '../../src/core/ledger/ledger-entry.js';
import { DECLINED, quickParse, safeParser } from '../../src/core/schema/quick-parse.js';
import { initStore } from '../../src/store/open-store.js';
import { difference, expectQuickAgrees } from '../support/parsed-difference.js';

// Replay checks every entry against the ledger's schema by its quick parse (decision 0221);
// these hold that parse to zod's on the entries a real store writes, and on each of them with
// one part moved to a value on either side of a rule.
const quickEntry = quickParse(LedgerEntry)!;
let dir: string;
let entries: unknown[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'truce-ledger-quick-'));
  const store = await initStore({ kind: 'sqlite', dataDir: dir });
  await loadExamples(store, 'examples');
  for await (const entry of store.entries()) entries.push(JSON.parse(JSON.stringify(entry)));
  await store.close();
}, 120_000);

afterAll(async () => {
  entries = [];
  await rm(dir, { recursive: true, force: true });
});

/** Every path to a value inside a JSON value, the value itself first. */
function paths(value: unknown, at: readonly (string | number)[] = []): (string | number)[][] {
  const found = [[...at]];
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      found.push(...paths(inner, [...at, Array.isArray(value) ? Number(key) : key]));
    }
  }
  return found;
}

/** A copy of `value` with the part at `path` replaced, or removed when `to` is undefined. */
function moved(value: unknown, path: readonly (string | number)[], to: unknown): unknown {
  if (path.length === 0) return to;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (to === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = to;
  return copy;
}

const edge = fc.oneof(
  fc.constantFrom(undefined, null, '', ' ', '  x ', 'x'.repeat(2001), 0, -1, 1.5, 2 ** 53),
  fc.constantFrom('2023-11-24T05:00:00Z', '2023-11-24', 'clm_abc', 'not an id', true, [], {}),
  fc.string({ maxLength: 6 }),
  fc.integer(),
);

describe('the quick parse of a ledger entry', () => {
  it('takes every entry the examples write, and gives zod’s value for each', () => {
    expect(entries.length).toBeGreaterThan(100);
    for (const entry of entries) {
      const quick = quickEntry(entry);
      expect(quick).not.toBe(DECLINED);
      expect(difference(quick, LedgerEntry.parse(entry))).toBeUndefined();
    }
  });

  it('declines or gives zod’s value for an entry with any one part moved to a rule’s edge', () => {
    const entryAndPath = fc
      .nat({ max: entries.length - 1 })
      .chain((i) => fc.tuple(fc.constant(entries[i]), fc.constantFrom(...paths(entries[i]))));
    fc.assert(
      fc.property(entryAndPath, edge, ([entry, path], to) => {
        expectQuickAgrees(LedgerEntry, quickEntry, moved(entry, path, to));
      }),
      { numRuns: 3000 },
    );
  });

  it('words a refused entry as zod does, through the same safe parse', () => {
    const parse = safeParser(LedgerEntry);
    const broken = moved(entries[0], ['seq'], -1);
    const ours = parse(broken);
    const zods = LedgerEntry.safeParse(broken);
    expect(ours.success).toBe(false);
    expect(ours.error?.issues).toEqual(zods.error?.issues);
  });
});
