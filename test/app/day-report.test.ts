// The daily situation report, composed from the evaluation and the claims of a real SQLite
// store holding the bundled examples.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateAgreement } from '../../src/app/agreements.js';
import { dayReport } from '../../src/app/day-report.js';
import { loadExamples } from '../../src/app/examples.js';
import type { Store } from '../../src/app/store-contract.js';
import { AgreementId } from '../../src/core/ids.js';
import type { DayReport, ReportStatement } from '../../src/core/report/day-report.js';
import { DayReport as DayReportSchema } from '../../src/core/report/day-report.js';
import { initStore } from '../../src/store/open-store.js';

const GAZA = AgreementId.parse('gaza-pause-2023-11');
let dir: string;
let store: Store;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'truce-report-'));
  store = await initStore({ kind: 'sqlite', dataDir: join(dir, 'data') });
  await loadExamples(store, 'report-test');
});

afterAll(async () => {
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Every statement of the report, from every section. */
const statementsOf = (r: DayReport): ReportStatement[] => [
  ...r.term,
  ...r.grid,
  ...r.newClaims.flatMap((o) => o.claims),
  ...r.breaches,
  ...r.tallies,
];

describe('the daily situation report', () => {
  it('is the third day of the Gaza pause on 26 November, with a grid row of every clause due', async () => {
    const r = await dayReport(store, GAZA, { day: '2023-11-26', asOf: '2023-11-27T12:00:00Z' });
    expect(DayReportSchema.parse(r)).toEqual(r);
    expect(r.period).toBe(3);
    expect(r.localStart).toBe('2023-11-26T07:00');
    expect(r.grid.map((c) => c.norm)).toContain('hamas-releases');
    expect(r.grid.find((c) => c.norm === 'hamas-releases')?.verdict).toBe('fulfilled');
  });

  it('cites a footnote for every claim it reports, numbered in order of first citation', async () => {
    const r = await dayReport(store, GAZA, { day: '2023-11-26', asOf: '2023-11-27T12:00:00Z' });
    const cited = statementsOf(r).flatMap((s) => s.notes);
    const firsts = [...new Set(cited)];
    expect(firsts).toEqual(r.footnotes.map((f) => f.number));
    expect(firsts).toEqual(firsts.map((_, i) => i + 1));
    for (const claims of r.newClaims)
      for (const s of claims.claims) expect(s.notes).toHaveLength(1);
    for (const breach of r.breaches) expect(breach.notes.length).toBeGreaterThan(0);
    for (const note of r.footnotes) {
      const document = await store.getDocument(note.document);
      expect(note.title).toBe(document?.title ?? note.document);
      expect(note.claims.length).toBeGreaterThan(0);
    }
  });

  it('footnotes each tally row to the documents of the claims that gave it a figure', async () => {
    const asOf = '2023-11-27T12:00:00Z';
    const r = await dayReport(store, GAZA, { day: '2023-11-26', asOf });
    const e = await evaluateAgreement(store, GAZA, { asOf });
    expect(r.tallies).toHaveLength(e.tallies.length);
    const documentOf = new Map(r.footnotes.map((f) => [f.number, f.document]));
    for (const [k, tally] of e.tallies.entries()) {
      const row = r.tallies[k]!;
      expect(tally.from.length).toBeGreaterThan(0);
      const sources = await Promise.all(tally.from.map((id) => store.getClaim(id)));
      const documents = new Set(sources.map((c) => c!.document));
      expect(new Set(row.notes.map((n) => documentOf.get(n))), row.text).toEqual(documents);
    }
  });

  it('lists as new only the accepted claims that came to be known during the day', async () => {
    const r = await dayReport(store, GAZA, { day: '2023-11-26', asOf: '2023-11-27T12:00:00Z' });
    expect(r.newClaims.length).toBeGreaterThan(0);
    const numbers = new Set(r.newClaims.flatMap((o) => o.claims.flatMap((c) => c.notes)));
    const start = Date.parse('2023-11-26T05:00:00Z');
    const end = Date.parse('2023-11-27T05:00:00Z');
    // A document cited for a new claim may also back a grid cell: one of its claims is the new one.
    for (const note of r.footnotes.filter((f) => numbers.has(f.number))) {
      const claims = await Promise.all(note.claims.map((id) => store.getClaim(id)));
      const newOnes = claims.filter((c) => {
        const known = Date.parse(c!.knownAt);
        return c!.status === 'accepted' && known >= start && known < end;
      });
      expect(newOnes.length, note.document).toBeGreaterThan(0);
    }
  });

  it('cites no claim known after the moment it is as of, whatever that moment', async () => {
    const dates = ['2023-11-24', '2023-11-25', '2023-11-26', '2023-11-27', '2023-11-28'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...dates),
        fc.integer({
          min: Date.parse('2023-11-22T00:00:00Z'),
          max: Date.parse('2023-12-02T00:00:00Z'),
        }),
        async (day, ms) => {
          const asOf = new Date(ms).toISOString();
          const r = await dayReport(store, GAZA, { day, asOf });
          const newClaimNotes = new Set(
            r.newClaims.flatMap((o) => o.claims.flatMap((c) => c.notes)),
          );
          for (const note of r.footnotes.filter((f) => newClaimNotes.has(f.number))) {
            const known = await Promise.all(note.claims.map((id) => store.getClaim(id)));
            expect(known.some((c) => Date.parse(c!.knownAt) <= ms)).toBe(true);
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('without a day, reports the day the term had reached at its moment, or the first before it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({
          min: Date.parse('2023-11-20T00:00:00Z'),
          max: Date.parse('2023-12-03T00:00:00Z'),
        }),
        async (ms) => {
          const asOf = new Date(ms).toISOString();
          const r = await dayReport(store, GAZA, { asOf });
          const evaluation = await evaluateAgreement(store, GAZA, { asOf });
          const begun = evaluation.periods.filter((p) => Date.parse(p.start) <= ms);
          const expected = (begun.at(-1) ?? evaluation.periods[0])!.localStart.slice(0, 10);
          expect(r.day).toBe(expected);
          expect(r.days).toContain(r.day);
          expect(r.days).toEqual([...r.days].sort());
          // The same report as asking for that day.
          expect(await dayReport(store, GAZA, { day: r.day, asOf })).toEqual(r);
        },
      ),
      { numRuns: 8 },
    );
    const before = await dayReport(store, GAZA, { asOf: '2023-11-20T00:00:00Z' });
    expect(before.day).toBe(before.days[0]);
  }, 120_000);

  it('refuses a day that is not a date, in one sentence', async () => {
    await expect(dayReport(store, GAZA, { day: '26/11/2023' })).rejects.toThrow(
      'the day must be a date like 2023-11-26, found "26/11/2023"',
    );
    await expect(dayReport(store, GAZA, { day: '2023-02-31' })).rejects.toThrow(/a date like/);
  });
});
