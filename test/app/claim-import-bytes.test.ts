// An import's ledger is what every later check is held to: a change to how `claim import` reads,
// checks and writes its lines (batching, statements, canonical JSON, ids) must leave the bytes
// of the same file's entries and rows as they were. Claim ids are new on every run, so they are
// numbered in order of appearance before the bytes are hashed; the hash chain over the real ids
// is checked by `verify`.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importClaimLines } from '../../src/app/claims.js';
import type { DocumentId } from '../../src/core/ids.js';
import { initStore } from '../../src/store/open-store.js';
import { DATABASE_FILE } from '../../src/store/sqlite/sqlite-data-dir.js';
import { makeAgreement, makeDocument } from '../support/builders.js';

const TEXT =
  'Thirteen hostages — women and children — were freed at Rafah on Friday, said the wire.';
const DOCUMENT = makeDocument({ id: 'doc_importbytes1' as DocumentId, rawText: TEXT });
const AGREEMENT = makeAgreement();

const at = (day: number, hour: number) =>
  `2023-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

/** Lines that use every part of a line an import reads, spread over several batches. */
function lines(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const line: Record<string, unknown> = {
      type: i % 3 === 0 ? 'release' : i % 3 === 1 ? 'rocket_fire' : 'truce_start',
      when: {
        earliest: at(24 + (i % 5), i % 24),
        latest: at(24 + (i % 5), i % 24),
        label: 'Friday',
        precision: 'hour',
      },
      actors: [
        { name: ` Hamas ${i % 4} `, role: 'agent', party: i % 2 === 0 ? 'hamas' : null },
        { name: 'Israel', role: 'recipient', party: 'israel' },
      ],
      quantities: [{ unit: 'hostages', min: 13, max: 13 + (i % 3), qualifier: 'exact' }],
      attribution: [{ name: 'Example Wire ✓', kind: 'news_agency' }],
    };
    if (i % 2 === 0) line['categories'] = ['women', 'children'];
    if (i % 4 === 0) line['text'] = 'were freed at Rafah';
    if (i % 5 === 0)
      line['where'] = { name: 'Khan Younis', lat: null, lon: null, precision: 'unknown' };
    if (i % 6 === 0) line['knownAt'] = '2023-11-25T09:30:00+02:00';
    if (i % 7 === 0) line['status'] = 'accepted';
    if (i % 8 === 0) line['provenance'] = { kind: 'rule', rule: 'wire-feed' };
    if (i % 9 === 0) line['confidence'] = 0.75;
    if (i % 10 === 0) line['document'] = DOCUMENT.id;
    return JSON.stringify(line);
  });
}

/** Every stored row an import writes, claim ids numbered in order of appearance, as one hash. */
function importedBytes(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const ids = new Map<string, string>();
    const numbered = (text: string) =>
      text.replace(/clm_[0-9a-z]{20}/g, (id) => {
        if (!ids.has(id)) ids.set(id, `clm_${String(ids.size).padStart(20, '0')}`);
        return ids.get(id)!;
      });
    const digest = createHash('sha256');
    for (const [table, order] of [
      ['ledger', 'seq'],
      ['claims', 'rowid'],
      ['claim_parties', 'rowid'],
      ['claim_agreements', 'rowid'],
      ['meta', 'key'],
    ] as const) {
      for (const row of db.prepare(`select * from ${table} order by ${order}`).all() as object[]) {
        const {
          hash: _hash,
          prev_hash: _prev,
          value: _value,
          ...kept
        } = row as Record<string, unknown>;
        digest.update(`${table}\t${numbered(JSON.stringify(kept))}\n`);
      }
    }
    return digest.digest('hex');
  } finally {
    db.close();
  }
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'truce-import-bytes-'));
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2024-01-02T03:04:05.678Z') });
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

describe('the bytes a claim import writes', () => {
  it('are those written before for the same file, and verify holds their hash chain', async () => {
    const dataDir = join(dir, 'data');
    const store = await initStore({ kind: 'sqlite', dataDir });
    try {
      await store.append(
        [
          { type: 'document.added', document: DOCUMENT },
          { type: 'agreement.recorded', agreement: AGREEMENT },
        ],
        'tester',
      );
      const count = await importClaimLines(
        store,
        lines(600),
        { document: DOCUMENT.id, defaultStatus: 'suggested', agreements: [AGREEMENT.id] },
        'importer',
      );
      expect(count).toBe(600);
      expect((await store.verify()).ok).toBe(true);
      expect(await store.head()).toMatchObject({ seq: 602 });
    } finally {
      await store.close();
    }
    expect(importedBytes(join(dataDir, DATABASE_FILE))).toBe(
      '4f34880d4cad119294c0ee5c57f942fd5533c135fe4a91aeffad71f30d7f15e6',
    );
  });
});
