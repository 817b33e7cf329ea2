import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../src/core/agreement/agreement.js';
import { evaluate, evaluateVerdicts } from '../../../src/core/evaluation/evaluate.js';
import {
  evaluateVersions,
  versionVerdicts,
} from '../../../src/core/evaluation/evaluate-versions.js';
import type { Evaluation } from '../../../src/core/evaluation/evaluation.js';
import type { CellAddress } from '../../../src/core/evaluation/explain-cell.js';
import { explainCell, explainVerdictsCell } from '../../../src/core/evaluation/explain-cell.js';
import { gridOfVerdicts, verdictGrid } from '../../../src/core/evaluation/verdict-grid.js';
import { claimLines, claimsOfLines, DAILY_NORMS, DAY, iso, T0 } from './claim-lines.js';
import { agreementWith, amendedExample } from './evaluation-fixtures.js';

const NORMS = `${DAILY_NORMS}
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

const claimsArb = claimsOfLines(
  claimLines({
    types: [
      'release',
      'release',
      'list_delivered',
      'list_not_delivered',
      'rocket_fire',
      'armed_attack',
      'talks',
    ],
    origins: ['Wire', 'Agency', 'North Army', 'South Command', 'Broker Ministry'],
    categories: ['women', 'children', 'men', null],
    statuses: ['accepted', 'accepted', 'accepted', 'rejected'],
    grounds: true,
  }),
);

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
