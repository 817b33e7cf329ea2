// What the first evaluation's floor reads (bench/first-evaluation-floor.bench.ts): the types every
// cell of an agreement reads, and those claims laid out as a carried index would hold them, a
// type and a period each, so that re-judging every cell reads each claim once.
import type { Agreement } from '../src/core/agreement/agreement.js';
import type { Claim } from '../src/core/evidence/claim.js';
import { typesAssessedFor } from '../src/core/evaluation/affected-cells.js';
import type { PeriodCalendar } from '../src/core/evaluation/period-calendar.js';
import { instantMs } from '../src/core/time/instant-ms.js';
import type { EventType } from '../src/core/vocabulary/event-types.js';
import { EVENT_TYPES } from '../src/core/vocabulary/event-types.js';

/**
 * The types read when a change reaches every cell: every norm's acts and what their quantities
 * count, the totals' reports and the accusations (`typesAssessedFor`), the term's own reports,
 * and the acts that exercise a power, which move the term's end as a reported end does.
 */
export function typesEveryCellReads(agreement: Agreement): Set<EventType> {
  const read = typesAssessedFor(agreement, new Set(agreement.norms.map((n) => n.id)), true);
  for (const reported of [agreement.term.reportedEnd, agreement.term.reportedExtensions])
    if (reported !== null) read.add(reported.event);
  for (const power of agreement.powers) for (const type of power.exercisedBy.events) read.add(type);
  return read;
}

/** Claims of the types read, each a type id and a period; -1 for a claim no one period holds. */
export interface CellColumns {
  readonly periods: number;
  readonly type: Int32Array;
  readonly period: Int32Array;
}

/** Lays the claims of `read` types out by type and period, as the bucketing floor places them. */
export function cellColumns(
  claims: readonly Claim[],
  read: ReadonlySet<EventType>,
  calendar: PeriodCalendar,
): CellColumns {
  const typeIds = new Map<EventType, number>(EVENT_TYPES.map((t, i) => [t, i]));
  const kept = claims.filter((c) => read.has(c.content.type));
  const type = new Int32Array(kept.length);
  const period = new Int32Array(kept.length);
  kept.forEach((c, i) => {
    const { earliest, latest } = c.content.when;
    const p = earliest === null ? -1 : calendar.periodOf(instantMs(earliest));
    const end = latest === null ? -1 : calendar.periodOf(instantMs(latest));
    const id = typeIds.get(c.content.type);
    // A claim's type is checked against the vocabulary when it is read: a miss is a bug here.
    if (id === undefined) throw new Error(`${c.content.type} is not a type of the vocabulary`);
    type[i] = id;
    period[i] = p >= 0 && p < calendar.length && end === p ? p : -1;
  });
  return { periods: calendar.length, type, period };
}

/**
 * One read of each claim: how many fall in each (type, period) cell, written into `cells`
 * (`EVENT_TYPES.length × periods`, type-major). Returns the claims placed.
 */
export function countByCell(columns: CellColumns, cells: Int32Array): number {
  cells.fill(0);
  let placed = 0;
  for (let i = 0; i < columns.type.length; i += 1) {
    const p = columns.period[i]!;
    if (p < 0) continue;
    cells[columns.type[i]! * columns.periods + p]! += 1;
    placed += 1;
  }
  return placed;
}
