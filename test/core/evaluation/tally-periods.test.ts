import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../src/core/agreement/agreement.js';
import { AsOfWindow } from '../../../src/core/evaluation/as-of-window.js';
import { ClaimIndex } from '../../../src/core/evaluation/claim-index.js';
import { advancedTallies, computeTallies } from '../../../src/core/evaluation/compute-tallies.js';
import { inIdOrder } from '../../../src/core/evaluation/evaluate.js';
import { EvaluationContext } from '../../../src/core/evaluation/evaluation-context.js';
import { PeriodCalendar } from '../../../src/core/evaluation/period-calendar.js';
import type { EventType } from '../../../src/core/vocabulary/event-types.js';
import { claimFromLine, claimLines, DAILY_NORMS, DAY, T0 } from './claim-lines.js';
import { agreementWith } from './evaluation-fixtures.js';

const AS_OF = T0 + 4 * DAY;

/** The same clauses under each way of combining origins: each keeps its own state per cell. */
const AGREEMENTS: readonly Agreement[] = [
  '',
  'evidence: {fulfilment: {quorum: 2}}',
  'evidence: {fulfilment: {priority: [mediator, party, independent]}}',
].map((policy) => agreementWith(DAILY_NORMS, `categories: [[women, men, children]]\n${policy}`));

const TYPES: readonly EventType[] = ['release', 'list_delivered', 'rocket_fire'];

/** A claim's figures: one in a unit, and sometimes an outcome beside it. */
const figures = fc.record({
  unit: fc.constantFrom('people', 'killed', 'trucks', 'rockets', 'boxes'),
  outcome: fc.constantFrom(null, 2, 5),
});

const claimsArb = fc
  .array(
    fc.tuple(
      claimLines({
        types: ['release', 'release', 'list_delivered', 'rocket_fire', 'rocket_fire'],
        origins: ['Wire', 'Agency', 'North Army', 'South Command', 'Broker Ministry'],
        categories: ['women', 'children', 'men', null],
        statuses: ['accepted', 'accepted', 'accepted', 'rejected'],
        grounds: false,
      }),
      figures,
    ),
    { maxLength: 40 },
  )
  .map((lines) =>
    lines.map(([line, f], i) =>
      claimFromLine(i + 1, line, {
        quantities: [
          { unit: f.unit, min: line.figure, max: line.figure, qualifier: 'exact' },
          ...(f.outcome === null
            ? []
            : [{ unit: 'killed', min: f.outcome, max: f.outcome, qualifier: 'exact' }]),
        ],
      }),
    ),
  );

describe('the tallies, period by period', () => {
  it('give each period the rows a pass over that period alone gives, under every policy', () => {
    fc.assert(
      fc.property(fc.constantFrom(...AGREEMENTS), claimsArb, (agreement, claims) => {
        const calendar = PeriodCalendar.build(T0, T0 + 5 * DAY, 'UTC', agreement.dayBoundary);
        const index = new ClaimIndex(agreement, inIdOrder(claims), AS_OF, []);
        index.place(calendar);
        const ctx = new EvaluationContext(agreement, index, calendar, new AsOfWindow(AS_OF));
        // One walk over every type and period: a cell's sums and fold serve each period in turn.
        const whole = computeTallies(ctx, calendar.length).byPeriod;
        for (let p = 0; p < calendar.length; p++) {
          const alone = advancedTallies(ctx, new Map(), new Set(TYPES), [p]).byPeriod;
          for (const type of TYPES) expect(alone.get(type)?.[p]).toEqual(whole.get(type)?.[p]);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
