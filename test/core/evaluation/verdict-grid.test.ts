import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/evidence/claim.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import type { Breach, Evaluation } from '../../../src/core/evaluation/evaluation.js';
import { explainCell } from '../../../src/core/evaluation/explain-cell.js';
import { verdictGrid } from '../../../src/core/evaluation/verdict-grid.js';
import { agreementWith, claimOf, from } from './evaluation-fixtures.js';

const AS_OF = '2024-03-06T00:00:00Z';
const T0 = Date.parse('2024-03-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

const agreement = agreementWith(`
  - id: no-fire
    kind: prohibition
    bearer: [north, south]
    ref: clause 1
    act: {event: [rocket_fire, airstrike]}
  - id: lists
    kind: achievement
    per: day
    bearer: north
    ref: clause 2
    act: {event: list_delivered}`);

/** An allegation: an act or a denial, by a party, at an hour, from one of many origins. */
const allegation = fc.record({
  type: fc.constantFrom('rocket_fire', 'airstrike', 'list_not_delivered'),
  agent: fc.constantFrom('north', 'south', null),
  origin: fc.integer({ min: 0, max: 30 }),
  // Told by the agent party itself (its alias in the agreement): an admission.
  own: fc.boolean(),
  hour: fc.integer({ min: 0, max: 4 * 24 }),
  modality: fc.constantFrom('asserted', 'asserted', 'denied'),
});
type Allegation = typeof allegation extends fc.Arbitrary<infer T> ? T : never;

const claimFrom = (n: number, a: Allegation, origin = a.origin): Claim =>
  claimOf(n, {
    type: a.type as 'rocket_fire',
    when: {
      earliest: iso(T0 + a.hour * 3_600_000),
      latest: iso(T0 + (a.hour + 1) * 3_600_000),
      precision: 'hour',
    },
    actors: a.agent === null ? [] : [{ name: a.agent, role: 'agent', party: a.agent }],
    attribution:
      a.own && a.agent !== null
        ? from(a.agent === 'north' ? 'North Army' : 'South Command', 'party')
        : from(`Wire ${origin}`),
    modality: a.modality as 'asserted',
    knownAt: iso(T0),
  });

const allegations = fc
  .array(allegation, { minLength: 1, maxLength: 40 })
  .map((lines) => lines.map((a, i) => claimFrom(i + 1, a)));

const groupKey = (b: Pick<Breach, 'norm' | 'period' | 'by' | 'basis' | 'certainty'>) =>
  JSON.stringify([b.norm, b.period, b.by, b.basis, b.certainty]);

/** Every breach of an evaluation, as the cells' explanations list them. */
function breachesByCell(e: Evaluation): Breach[] {
  const cells = new Set(e.breaches.map((b) => JSON.stringify([b.norm, b.period])));
  return [...cells].flatMap((cell) => {
    const [norm, period] = JSON.parse(cell) as [string | null, number | null];
    return norm === null ? [] : [...explainCell(e, { norm, period: period ?? 'once' }).breaches];
  });
}

describe('the grid groups breaches by clause and period', () => {
  it('one row per clause, period, party, basis and certainty, however many origins allege it', () => {
    fc.assert(
      fc.property(allegations, (claims) => {
        const e = evaluate(agreement, claims, AS_OF);
        const groups = verdictGrid(e).breaches;
        expect(groups.map(groupKey)).toEqual([...new Set(e.breaches.map(groupKey))]);
        expect(groups.reduce((sum, g) => sum + g.claims, 0)).toBe(e.breaches.length);
      }),
      { numRuns: 100 },
    );
  });

  it("a row's origins, admissions and first claim are those of its cell's explanation", () => {
    fc.assert(
      fc.property(allegations, (claims) => {
        const e = evaluate(agreement, claims, AS_OF);
        const detail = breachesByCell(e);
        for (const g of verdictGrid(e).breaches) {
          if (g.norm === null) continue;
          const alike = detail.filter((b) => groupKey(b) === groupKey(g));
          const origins = new Set(
            alike.flatMap((b) => (b.originKey === null ? [] : [b.originKey])),
          );
          const own = new Set(
            alike.flatMap((b) => (b.selfReport && b.originKey !== null ? [b.originKey] : [])),
          );
          expect(g.origins).toBe(origins.size);
          expect(g.selfReports).toBe(own.size);
          expect(g.claims).toBe(alike.length);
          expect(g.claim).toBe(alike[0]?.claim ?? null);
          expect(g.according_to).toBe(alike[0]?.according_to ?? null);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('the same allegations from ten times the origins make no more rows', () => {
    fc.assert(
      fc.property(fc.array(allegation, { minLength: 1, maxLength: 20 }), (lines) => {
        const few = lines.map((a, i) => claimFrom(i + 1, a, 0));
        const many = lines.flatMap((a, i) =>
          Array.from({ length: 10 }, (_, k) => claimFrom(100 * (i + 1) + k, a, k)),
        );
        const fewRows = verdictGrid(evaluate(agreement, few, AS_OF)).breaches;
        const manyRows = verdictGrid(evaluate(agreement, many, AS_OF)).breaches;
        expect(manyRows.length).toBe(fewRows.length);
        // Ten wires, and the two parties telling of themselves.
        expect(Math.max(0, ...manyRows.map((g) => g.origins))).toBeLessThanOrEqual(12);
      }),
      { numRuns: 50 },
    );
  });
});
