import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../src/core/agreement/agreement.js';
import type { Claim } from '../../../src/core/evidence/claim.js';
import { evaluate, evaluateVerdicts } from '../../../src/core/evaluation/evaluate.js';
import {
  evaluateVersions,
  versionVerdicts,
} from '../../../src/core/evaluation/evaluate-versions.js';
import type { Evaluation } from '../../../src/core/evaluation/evaluation.js';
import type { CellAddress } from '../../../src/core/evaluation/explain-cell.js';
import { explainCell, explainVerdictsCell } from '../../../src/core/evaluation/explain-cell.js';
import { gridOfVerdicts, verdictGrid } from '../../../src/core/evaluation/verdict-grid.js';
import { agreementWith, amendedExample, claimOf } from './evaluation-fixtures.js';

const DAY = 86_400_000;
const T0 = Date.parse('2024-03-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

const NORMS = `
  - id: releases
    kind: achievement
    per: day
    bearer: north
    ref: clause 1
    act: {event: release, categories: [women, children]}
    quantity: {min: 10, unit: people}
  - id: exchange
    kind: achievement
    per: day
    bearer: south
    ref: clause 2
    act: {event: release}
    quantity: {min: "2 * count(releases)", unit: people}
  - id: lists
    kind: achievement
    per: day
    bearer: north
    ref: clause 3
    act: {event: list_delivered}
  - id: no-fire
    kind: prohibition
    bearer: [north, south]
    ref: clause 4
    act: {event: [rocket_fire, armed_attack]}
  - id: talks
    kind: achievement
    per: once
    bearer: [north, south]
    ref: clause 5
    act: {event: talks}
    deadline: {day: 3}`;

/** Agreements whose cells are explained differently: by policy, with exceptions. */
const AGREEMENTS: readonly Agreement[] = [
  agreementWith(NORMS, 'categories: [[women, men, children]]'),
  agreementWith(
    NORMS,
    `exceptions:
  - {id: self-defence, to: [no-fire], ground: self_defence, ref: article 4}`,
  ),
  agreementWith(NORMS, `evidence: {fulfilment: {priority: [mediator, independent, bearer]}}`),
];

const claimLine = fc.record({
  type: fc.constantFrom(
    'release',
    'release',
    'list_delivered',
    'list_not_delivered',
    'rocket_fire',
    'armed_attack',
    'talks',
  ),
  agent: fc.constantFrom('north', 'south', null),
  origin: fc.constantFrom('Wire', 'Agency', 'North Army', 'South Command', 'Broker Ministry'),
  category: fc.constantFrom('women', 'children', 'men', null),
  figure: fc.integer({ min: 1, max: 15 }),
  start: fc.integer({ min: -6, max: 5 * 24 + 6 }),
  span: fc.constantFrom(0, 0, 0, 2, 30),
  modality: fc.constantFrom('asserted', 'asserted', 'asserted', 'denied', 'planned'),
  status: fc.constantFrom('accepted', 'accepted', 'accepted', 'rejected'),
  known: fc.integer({ min: 0, max: 4 * 24 }),
  ground: fc.constantFrom(null, null, 'claimed', 'denied'),
});
type Line = typeof claimLine extends fc.Arbitrary<infer T> ? T : never;

const claimFrom = (n: number, l: Line): Claim =>
  claimOf(n, {
    type: l.type as 'release',
    when: {
      earliest: iso(T0 + l.start * 3_600_000),
      latest: iso(T0 + (l.start + l.span) * 3_600_000),
      precision: 'hour',
    },
    actors: l.agent === null ? [] : [{ name: l.agent, role: 'agent', party: l.agent }],
    attribution: [
      {
        name: l.origin,
        kind: l.origin.includes(' ')
          ? l.origin.startsWith('Broker')
            ? 'official_body'
            : 'party'
          : 'news_agency',
      },
    ],
    categories: l.category === null ? [] : [l.category],
    quantities: [{ unit: 'people', min: l.figure, max: l.figure, qualifier: 'exact' }],
    modality: l.modality as 'asserted',
    status: l.status as 'accepted',
    knownAt: iso(T0 + l.known * 3_600_000),
    ...(l.ground === null
      ? {}
      : { justification: { ground: 'self_defence', stance: l.ground as 'claimed' } }),
  });

const claimsArb = fc
  .array(claimLine, { maxLength: 40 })
  .map((lines) => lines.map((l, i) => claimFrom(i + 1, l)));

/** Every cell of an evaluation: each clause in each period, and each once-only clause. */
function cellsOf(e: Evaluation): CellAddress[] {
  const cells = e.periods.flatMap((p) =>
    [...new Set(p.norms.map((r) => r.norm))].map((norm) => ({ norm, period: p.index })),
  );
  const once = [...new Set(e.once.map((r) => r.norm))];
  return [...cells, ...once.map((norm) => ({ norm, period: 'once' as const }))];
}

describe('verdicts first, explanations on demand', () => {
  it('each cell explained when asked is the cell the eager evaluation explains, and the grid is its grid', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AGREEMENTS),
        claimsArb,
        fc.integer({ min: 0, max: 7 * 24 }),
        (agreement, claims, hour) => {
          const asOf = iso(T0 + hour * 3_600_000);
          const eager = evaluate(agreement, claims, asOf);
          const verdicts = evaluateVerdicts(agreement, claims, asOf);
          expect(gridOfVerdicts(verdicts)).toEqual(verdictGrid(eager));
          // Asked in reverse order, after the grid: nothing a cell needs is spent by then.
          for (const cell of cellsOf(eager).reverse())
            expect(explainVerdictsCell(verdicts, cell)).toEqual(explainCell(eager, cell));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('holds across an amendment, each period judged by its own version', () => {
    const { versions, claims } = amendedExample('idlib-sochi-2018-09');
    const start = Date.parse(versions[0].term.start);
    for (const days of [5, 20, 40]) {
      const asOf = iso(start + days * DAY);
      const eager = evaluateVersions(versions, claims, asOf);
      const verdicts = versionVerdicts(versions, claims, asOf);
      expect(gridOfVerdicts(verdicts)).toEqual(verdictGrid(eager));
      for (const cell of cellsOf(eager))
        expect(explainVerdictsCell(verdicts, cell)).toEqual(explainCell(eager, cell));
    }
  });

  it('an unknown cell is not found, in a sentence that names it', () => {
    const verdicts = evaluateVerdicts(AGREEMENTS[0] as Agreement, [], iso(T0 + 3 * DAY));
    expect(() => explainVerdictsCell(verdicts, { norm: 'releases', period: 99 })).toThrow(
      /no cell for clause releases in period 99/,
    );
  });
});
