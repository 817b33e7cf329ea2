// Evaluations remembered until the ledger moves, on a real SQLite store holding the bundled
// examples: whatever the order of appends and moments asked, the remembered answer is the
// one a fresh evaluation gives, byte for byte, and a cell's explanation asked later is the
// one the eager evaluation holds.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgreementEvaluations } from '../../src/app/agreement-evaluations.js';
import { evaluateAgreement } from '../../src/app/agreements.js';
import { allClaims } from '../../src/app/all-claims.js';
import { loadExamples } from '../../src/app/examples.js';
import type { Store } from '../../src/app/store-contract.js';
import type { Claim } from '../../src/core/evidence/claim.js';
import { explainCell } from '../../src/core/evaluation/explain-cell.js';
import { verdictGrid } from '../../src/core/evaluation/verdict-grid.js';
import { AgreementId, newId } from '../../src/core/ids.js';
import { initStore } from '../../src/store/open-store.js';

const GAZA = AgreementId.parse('gaza-pause-2023-11');
const HOUR = 3_600_000;
const T0 = Date.parse('2023-11-24T05:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

let dir: string;
let store: Store;
let template: Claim;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'truce-evaluations-'));
  store = await initStore({ kind: 'sqlite', dataDir: join(dir, 'data') });
  await loadExamples(store, 'cache-test');
  const claims = await allClaims(store, {});
  template = claims.find((c) => c.content.type === 'release' && c.status === 'accepted') as Claim;
});

afterAll(async () => {
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Moments over the pause, some a few minutes from each other (neighbouring asOf). */
const moment = fc
  .tuple(fc.integer({ min: -12, max: 9 * 24 }), fc.constantFrom(0, 0, 1, 7, 59))
  .map(([hours, minutes]) => iso(T0 + hours * HOUR + minutes * 60_000));

const step = fc.oneof(
  { weight: 3, arbitrary: fc.record({ ask: moment, cell: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      append: fc.integer({ min: 0, max: 9 * 24 }),
      known: fc.integer({ min: 0, max: 9 * 24 }),
      figure: fc.integer({ min: 1, max: 40 }),
    }),
  },
);

describe('remembered evaluations', () => {
  it('give the bytes a fresh evaluation gives, over any appends and moments, and explain cells as the eager evaluation does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 7 }), async (steps) => {
        const evaluations = new AgreementEvaluations(store);
        for (const s of steps) {
          if ('append' in s) {
            const at = iso(T0 + s.append * HOUR);
            await store.append(
              [
                {
                  type: 'claim.added',
                  claim: {
                    ...template,
                    id: newId('clm'),
                    knownAt: iso(T0 + s.known * HOUR),
                    content: {
                      ...template.content,
                      when: { ...template.content.when, earliest: at, latest: at },
                      quantities: [
                        { unit: 'hostages', min: s.figure, max: s.figure, qualifier: 'exact' },
                      ],
                    },
                  },
                },
              ],
              'cache-test',
            );
            continue;
          }
          const fresh = await evaluateAgreement(store, GAZA, { asOf: s.ask });
          const grid = await evaluations.grid(GAZA, { asOf: s.ask });
          expect(JSON.stringify(grid)).toBe(JSON.stringify(verdictGrid(fresh)));
          const cells = [
            ...fresh.periods.flatMap((p) =>
              p.norms.map((n) => ({ norm: n.norm, period: p.index })),
            ),
            ...fresh.once.map((n) => ({ norm: n.norm, period: 'once' as const })),
          ];
          const cell = cells[s.cell % Math.max(cells.length, 1)];
          if (cell === undefined) continue;
          expect(JSON.stringify(await evaluations.cell(GAZA, cell, { asOf: s.ask }))).toBe(
            JSON.stringify(explainCell(fresh, cell)),
          );
        }
      }),
      { numRuns: 12 },
    );
  }, 300_000);

  it("give a neighbouring moment's grid its own span while the term has no end known", async () => {
    // The January 2025 ceasefire fixed no end: its span runs to the moment asked.
    const open = AgreementId.parse('gaza-ceasefire-2025-01');
    const evaluations = new AgreementEvaluations(store);
    const first = await evaluations.grid(open, { asOf: '2025-01-20T10:00:00.000Z' });
    const next = await evaluations.grid(open, { asOf: '2025-01-20T10:00:01.000Z' });
    expect(first.term.end).toEqual({ earliest: null, latest: null });
    expect(next.periods).toBe(first.periods);
    expect(first.span.to).toBe('2025-01-20T10:00:00.000Z');
    expect(next.span.to).toBe('2025-01-20T10:00:01.000Z');
  });

  it('answer a neighbouring moment from the evaluation already made', async () => {
    const evaluations = new AgreementEvaluations(store);
    const first = await evaluations.evaluation(GAZA, { asOf: '2023-11-26T10:00:00.000Z' });
    const next = await evaluations.evaluation(GAZA, { asOf: '2023-11-26T10:00:01.000Z' });
    // The same evaluation but for its moment: nothing was recomputed.
    expect(next.periods).toBe(first.periods);
    expect(next.asOf).toBe('2023-11-26T10:00:01.000Z');
  });

  it("send a named moment's grid again as the bytes kept, until the ledger moves", async () => {
    const evaluations = new AgreementEvaluations(store);
    const asOf = '2023-11-27T10:00:00.000Z';
    const first = await evaluations.gridAnswer(GAZA, { asOf });
    const again = await evaluations.gridAnswer(GAZA, { asOf });
    expect(again.body).toBe(first.body);
    expect(again.tag).toBe(first.tag);
    expect(Buffer.from(first.body!).toString()).toBe(
      JSON.stringify(await evaluations.grid(GAZA, { asOf })),
    );
    // A client holding the tag is sent nothing; "now" is made afresh every time.
    expect((await evaluations.gridAnswer(GAZA, { asOf }, first.tag)).body).toBeNull();
    const now = await evaluations.gridAnswer(GAZA);
    expect((await evaluations.gridAnswer(GAZA)).body).not.toBe(now.body);
    await store.append(
      [{ type: 'claim.added', claim: { ...template, id: newId('clm'), knownAt: asOf } }],
      'cache-test',
    );
    const moved = await evaluations.gridAnswer(GAZA, { asOf });
    expect(moved.tag).not.toBe(first.tag);
    expect(moved.body).not.toBe(first.body);
    expect((await evaluations.gridAnswer(GAZA, { asOf }, first.tag)).body).not.toBeNull();
  });

  it('tag a moment spelled another way as the same answer, and a repeat after an append by the new head', async () => {
    const evaluations = new AgreementEvaluations(store);
    const spelled = '2023-11-27T12:00:00Z';
    const asOf = '2023-11-27T12:00:00.000Z';
    const first = await evaluations.gridAnswer(GAZA, { asOf: spelled });
    expect((await evaluations.gridAnswer(GAZA, { asOf })).tag).toBe(first.tag);
    expect((await evaluations.gridAnswer(GAZA, { asOf: spelled }, first.tag)).body).toBeNull();
    await store.append(
      [{ type: 'claim.added', claim: { ...template, id: newId('clm'), knownAt: asOf } }],
      'cache-test',
    );
    // The request as sent before, at the new head: the tag and bytes a fresh server gives.
    const moved = await evaluations.gridAnswer(GAZA, { asOf: spelled }, first.tag);
    const fresh = await new AgreementEvaluations(store).gridAnswer(GAZA, { asOf });
    expect(moved.tag).toBe(fresh.tag);
    expect(moved.tag).not.toBe(first.tag);
    expect(Buffer.from(moved.body!).toString()).toBe(Buffer.from(fresh.body!).toString());
    expect((await evaluations.gridAnswer(GAZA, { asOf: spelled }, moved.tag)).body).toBeNull();
  });
});
