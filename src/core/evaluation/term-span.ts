import { DAY_MS } from '../time/time-interval.js';
import { instantMs, isoOf } from '../time/instant-ms.js';
import type { TermResult, TermSpan } from './evaluation.js';

/**
 * The stretch of time the term covers, a day either side so its first and last hours can be
 * stood on: from the day before it starts to the day after it ends (its latest end where
 * reports disagree, its end before extensions when that is all that is known). A term with no
 * end known runs to `asOf`. Never shorter than two days, so a term of hours still reads.
 */
export function termSpan(term: TermResult, asOf: string): TermSpan {
  const from = instantMs(term.start) - DAY_MS;
  const end = term.end.latest ?? term.end.earliest ?? term.baseEnd.latest;
  const to = end === null ? instantMs(asOf) : instantMs(end) + DAY_MS;
  return {
    from: isoOf(from),
    to: isoOf(Math.max(to, from + 2 * DAY_MS)),
  };
}
