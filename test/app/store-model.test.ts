import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { editClaim, reviewClaim } from '../../src/app/claims.js';
import { ExtractionPool } from '../../src/app/extraction-pool.js';
import { extractionWith, ingestReport } from '../../src/app/ingest.js';
import type { ReportInput } from '../../src/app/ingest.js';
import { storeModelPath } from '../../src/app/store-model.js';
import { trainStoreModel } from '../../src/app/train-store-model.js';
import { originOf, occurrenceOf, polarityOf } from '../../src/core/evidence/claim.js';
import type { Claim, ClaimContent } from '../../src/core/evidence/claim.js';
import { EVENT_TYPES } from '../../src/core/vocabulary/event-types.js';
import { CLAIM_MODEL_URL } from '../../src/ingest/claim-model.js';
import type { ExtractResult } from '../../src/ingest/extract.js';
import { initStore } from '../../src/store/open-store.js';
import { startApi } from '../server/start-api.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const corpus = new URL('../corpus/train/', import.meta.url);
const REPORTS = [
  {
    name: '12-sudan-violations.txt',
    published: '2023-05-25T20:00:00+02:00',
    timeZone: 'Africa/Khartoum',
  },
  {
    name: '04-gaza-accusation-denial.txt',
    published: '2023-11-29T20:00:00+02:00',
    timeZone: 'Asia/Jerusalem',
  },
];

async function reportInputs(): Promise<ReportInput[]> {
  return Promise.all(
    REPORTS.map(async (r) => ({ ...r, text: await readFile(new URL(r.name, corpus), 'utf8') })),
  );
}

/** What a reviewer does with one suggestion. */
type Decision =
  | { readonly kind: 'leave' }
  | { readonly kind: 'accept' }
  | { readonly kind: 'reject' }
  | { readonly kind: 'edit'; readonly type: (typeof EVENT_TYPES)[number] };

const decision: fc.Arbitrary<Decision> = fc.oneof(
  fc.constant({ kind: 'leave' as const }),
  fc.constant({ kind: 'accept' as const }),
  fc.constant({ kind: 'reject' as const }),
  fc.constantFrom(...EVENT_TYPES).map((type) => ({ kind: 'edit' as const, type })),
);

const ruleOf = (c: Claim): string => (c.provenance.kind === 'rule' ? c.provenance.rule : '');
const sameSuggestion = (c: Claim) => (e: ExtractResult['claims'][number]) =>
  e.text === c.content.text &&
  e.rule === ruleOf(c) &&
  originOf(e).name === originOf(c.content).name;
const readings = (
  c: Pick<ClaimContent, 'type' | 'modality' | 'polarity' | 'occurrence' | 'where'>,
) => ({
  type: c.type,
  modality: c.modality,
  polarity: polarityOf(c),
  occurrence: occurrenceOf(c),
  where: c.where?.name ?? null,
});

describe("a store's model, trained on its reviews", () => {
  it('reproduces every accepted correction and never proposes a rejected claim again, whatever was decided', async () => {
    const inputs = await reportInputs();
    await fc.assert(
      fc.asyncProperty(fc.array(decision, { minLength: 12, maxLength: 12 }), async (decisions) => {
        const dir = await mkdtemp(join(tmpdir(), 'truce-store-model-'));
        dirs.push(dir);
        const store = await initStore({ kind: 'sqlite', dataDir: dir });
        try {
          const claims: Claim[] = [];
          const documents: string[] = [];
          for (const input of inputs) {
            const ingested = await ingestReport(store, input, 'tester');
            claims.push(...ingested.claims);
            documents.push(ingested.document.id);
          }
          const reviewed: Claim[] = [];
          for (const [i, claim] of claims.entries()) {
            const d = decisions[i % decisions.length]!;
            if (d.kind === 'leave') continue;
            if (d.kind === 'edit')
              await editClaim(store, claim.id, { type: d.type }, null, 'tester');
            reviewed.push(
              await reviewClaim(
                store,
                claim.id,
                d.kind === 'reject' ? 'rejected' : 'accepted',
                null,
                'tester',
              ),
            );
          }
          const path = storeModelPath({ data: dir });
          const status = await trainStoreModel(store, path);
          expect(status).toMatchObject({ model: 'store', reviews: reviewed.length });
          const run = extractionWith(path);
          for (const [n, input] of inputs.entries()) {
            const again = await run({
              text: input.text,
              format: 'text',
              published: input.published ?? null,
              timeZone: input.timeZone ?? 'UTC',
              publisher: null,
              agreement: null,
            });
            // Claims of one sentence with the same rule and origin (two acts told in it) are
            // told apart by their trigger, which a stored claim does not show: check each group.
            const mine = claims.filter((c) => c.document === documents[n]);
            for (const c of mine) {
              const group = mine.filter((k) =>
                sameSuggestion(k)({ ...c.content, rule: ruleOf(c) }),
              );
              const decided = reviewed.filter((r) => group.some((k) => k.id === r.id));
              const rejected = decided.filter((r) => r.status === 'rejected').length;
              const found = again.claims.filter(sameSuggestion(c)).map(readings);
              expect(found.length).toBeLessThanOrEqual(group.length - rejected);
              for (const r of decided.filter((k) => k.status === 'accepted')) {
                const at = found.findIndex(
                  (f) => JSON.stringify(f) === JSON.stringify(readings(r.content)),
                );
                expect(
                  at,
                  `accepted ${JSON.stringify(readings(r.content))}`,
                ).toBeGreaterThanOrEqual(0);
                found.splice(at, 1);
              }
            }
          }
        } finally {
          await store.close();
        }
      }),
      { numRuns: 5 },
    );
  }, 240_000);

  it("is what the server's extraction workers read, and what the API's /api/extract then gives", async () => {
    const [input] = await reportInputs();
    const dir = await mkdtemp(join(tmpdir(), 'truce-store-model-api-'));
    dirs.push(dir);
    const store = await initStore({ kind: 'sqlite', dataDir: dir });
    const path = storeModelPath({ data: dir });
    const api = await startApi(store, { extract: undefined, claimModel: path });
    try {
      const { claims } = await ingestReport(store, input!, 'tester');
      const clash = claims.find((c) => ruleOf(c) === 'trigger.clash.exchange')!;
      const body = JSON.stringify({ text: input!.text, published: input!.published });
      const post = async () =>
        (await (
          await fetch(`${api.base}/api/extract`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          })
        ).json()) as { claims: { rule: string }[] };
      expect((await post()).claims.some((c) => c.rule === 'trigger.clash.exchange')).toBe(true);
      await reviewClaim(store, clash.id, 'rejected', null, 'tester');
      await trainStoreModel(store, path);
      // The running server's workers notice the new file: no restart is needed.
      expect((await post()).claims.some((c) => c.rule === 'trigger.clash.exchange')).toBe(false);
    } finally {
      await api.close();
      await store.close();
    }
  }, 120_000);

  it('has the shipped weights exactly while the store holds no review', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'truce-store-model-empty-'));
    dirs.push(dir);
    const store = await initStore({ kind: 'sqlite', dataDir: dir });
    try {
      const path = storeModelPath({ data: dir });
      expect(await trainStoreModel(store, path)).toMatchObject({ reviews: 0, documents: 0 });
      const heads = (file: string) => {
        const { type, keep, polarity, occurrence } = JSON.parse(file) as Record<string, unknown>;
        return JSON.stringify({ type, keep, polarity, occurrence });
      };
      expect(heads(await readFile(path, 'utf8'))).toBe(
        heads(await readFile(CLAIM_MODEL_URL, 'utf8')),
      );
    } finally {
      await store.close();
    }
  }, 60_000);

  it('reads a report in a pool worker as in this thread when the store has no model', async () => {
    const pool = new ExtractionPool({
      workers: 1,
      modelPath: join(tmpdir(), 'truce-no-such-dir', 'claim-model.json'),
    });
    try {
      const [input] = await reportInputs();
      const request = {
        text: input!.text,
        format: 'text' as const,
        published: input!.published ?? null,
        timeZone: 'UTC',
      };
      const inWorker = await pool.run(request);
      expect(inWorker.claims.length).toBeGreaterThan(0);
      expect(inWorker.claims).toEqual((await extractionWith(null)(request)).claims);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
