// One agreement's evaluation in a store that also holds nine other agreements' claims, as a
// ratio to the same evaluation in a store holding only its own. The other agreements have the
// same parties (their ids coincide), so only the recorded assignments tell the claims apart.
// Aim: the other agreements' claims cost next to nothing (≤ 1.5×).
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addAgreement, evaluateAgreement } from '../src/app/agreements.js';
import { allClaims } from '../src/app/all-claims.js';
import type { Store } from '../src/app/store-contract.js';
import { initWorkspace } from '../src/app/workspace.js';
import type { Claim } from '../src/core/evidence/claim.js';
import type { Document } from '../src/core/evidence/document.js';
import { newId } from '../src/core/ids.js';
import type { AgreementId, PartyId } from '../src/core/ids.js';
import type { LedgerChange } from '../src/core/ledger/ledger-entry.js';
import { EVENT_TYPES } from '../src/core/vocabulary/event-types.js';
import type { Bench } from './bench-report.js';

const AGREEMENTS = 10;
const CLAIMS_PER_AGREEMENT = 10_000;
const CLAIMS_PER_DOCUMENT = 500;
const ROUNDS = 5;
const OURS = 'gaza-pause-2023-11' as AgreementId;
const AGREEMENT_FILE = new URL(`../examples/agreements/${OURS}.yaml`, import.meta.url);
const AS_OF = '2023-12-02T00:00:00Z';
const T0 = Date.parse('2023-11-24T05:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

const PARTIES: readonly [string, PartyId][] = [
  ['Hamas', 'hamas' as PartyId],
  ['Israel', 'israel' as PartyId],
];

function documentOf(key: string): Document {
  return {
    id: newId('doc'),
    kind: 'article',
    format: 'text',
    title: key,
    publisher: 'Bench Wire',
    published: null,
    url: null,
    contentHash: createHash('sha256').update(key).digest('hex'),
    rawText: key,
    cleanText: null,
    removed: [],
    recordedAt: iso(T0),
  };
}

/** A claim over the ten days of the pause, varied by type, hour, party, origin and review. */
function claimOf(document: Document, index: number): Claim {
  const at = iso(T0 + (index % 240) * 3_600_000);
  const [name, party] = PARTIES[index % 2]!;
  return {
    id: newId('clm'),
    document: document.id,
    content: {
      type: EVENT_TYPES[index % EVENT_TYPES.length]!,
      when: { earliest: at, latest: at, label: 'on Friday', precision: 'day' },
      where: null,
      actors: [{ name, role: 'agent', party }],
      quantities: [{ unit: 'people', min: 13, max: 13, qualifier: 'exact' }],
      categories: ['women', 'children'],
      modality: 'asserted',
      attribution: [
        { name: 'Bench Wire', kind: 'outlet', source: null },
        { name: `Agency ${index % 50}`, kind: 'news_agency', source: null },
      ],
      span: null,
      text: '',
    },
    provenance: { kind: 'rule', rule: 'bench' },
    status: index % 3 === 0 ? 'accepted' : 'suggested',
    revision: 1,
    reviewNote: null,
    recordedAt: iso(T0),
    knownAt: at,
    updatedAt: iso(T0),
  };
}

/** Records the agreements and each one's claims, assigned to it, in one append per agreement. */
async function fill(store: Store, agreements: readonly AgreementId[]): Promise<void> {
  const text = await readFile(AGREEMENT_FILE, 'utf8');
  for (const id of agreements) {
    await addAgreement(store, text.replace(`id: ${OURS}`, `id: ${id}`), 'bench');
    const changes: LedgerChange[] = [];
    let document = documentOf(`${id} 0`);
    for (let i = 0; i < CLAIMS_PER_AGREEMENT; i += 1) {
      if (i % CLAIMS_PER_DOCUMENT === 0) {
        document = documentOf(`${id} ${i}`);
        changes.push({ type: 'document.added', document });
      }
      changes.push({ type: 'claim.added', claim: claimOf(document, i), agreements: [id] });
    }
    await store.append(changes, 'bench');
  }
}

/** The median of a few timed runs, after one to warm up. */
async function medianMs(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

const bench: Bench = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'truce-bench-scope-'));
  const others = Array.from({ length: AGREEMENTS - 1 }, (_, i) => `${OURS}-other-${i + 1}`);
  try {
    const alone = await initWorkspace({ data: join(dir, 'alone') });
    const shared = await initWorkspace({ data: join(dir, 'shared') });
    try {
      await fill(alone, [OURS]);
      await fill(shared, [OURS, ...(others as AgreementId[])]);
      const evaluation = (store: Store) => () => evaluateAgreement(store, OURS, { asOf: AS_OF });
      const aloneMs = await medianMs(evaluation(alone));
      const sharedMs = await medianMs(evaluation(shared));
      // What every evaluation read before claims carried their agreements: the whole store.
      const everyClaimMs = await medianMs(() => allClaims(shared));
      return {
        name: 'evaluation among ten agreements',
        figures: [
          { label: `claims per agreement`, value: CLAIMS_PER_AGREEMENT, unit: 'claims' },
          { label: 'evaluation, store of its own claims', value: aloneMs, unit: 'ms' },
          { label: `evaluation, store of ${AGREEMENTS} agreements`, value: sharedMs, unit: 'ms' },
          { label: 'reading every claim of that store', value: everyClaimMs, unit: 'ms' },
        ],
        ratio: { value: sharedMs / aloneMs, baseline: 'a store of its own claims', aim: 1.5 },
      };
    } finally {
      await alone.close();
      await shared.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

export default bench;
