import type { Total } from '../agreement/agreement.js';
import type { ClaimId } from '../ids.js';
import type { CountRange } from '../quantity/count-range.js';
import type { ClaimIndex } from './claim-index.js';
import { claimAffirms } from './claim-counts.js';
import type { TotalReading } from './evaluation.js';
import { DEFINITELY, personMembership } from './person-filter.js';

const UNKNOWN: CountRange = { min: 0, max: null };

/**
 * A total as of the start of a window: "all remaining hostages" owes as many as were held
 * when the window opened. It is read from reports of it (claims of `reported.event` with a
 * figure, of the total's persons and holder, describing a time that reaches back to the
 * start), accepted and known as of the moment asked. Each origin's latest-known report
 * replaces its earlier ones (a revision); origins that disagree make the total a range over
 * them. With no report, the text's own figure counts; with neither, any number.
 */
export function reportedTotal(index: ClaimIndex, total: Total, at: number): TotalReading {
  const latest = new Map<number, { known: number; claims: number[] }>();
  const r = total.reported;
  if (r !== null) {
    const persons = index.personFilter(r.categories);
    const holder = r.by === null ? 0 : index.partyMask([r.by]);
    const reports = index.ofType(r.event);
    for (let k = 0; k < reports.length; k++) {
      const i = reports[k] as number;
      if (!claimAffirms(index, i)) continue;
      if (index.unit[i] === 0 || (index.lo[i] as number) > at) continue;
      if (persons !== null && personMembership(persons, index.persons[i] as number) !== DEFINITELY)
        continue;
      const agents = index.agents[i] as number;
      if (holder !== 0 && agents !== 0 && (agents & holder) === 0) continue;
      const origin = index.origin[i] as number;
      const known = index.knownMs(i);
      const mine = latest.get(origin);
      if (mine === undefined || known > mine.known) latest.set(origin, { known, claims: [i] });
      else if (known === mine.known) mine.claims.push(i);
    }
  }
  if (latest.size === 0) {
    return {
      total: total.id,
      ref: total.ref,
      range: total.stated ?? UNKNOWN,
      from: total.stated === null ? 'unknown' : 'stated',
      claims: [],
    };
  }
  let min = Infinity;
  let max = 0;
  const claims: number[] = [];
  for (const { claims: mine } of latest.values()) {
    for (const i of mine) {
      min = Math.min(min, index.figureMin[i] as number);
      max = Math.max(max, index.figureMax[i] as number);
      claims.push(i);
    }
  }
  return {
    total: total.id,
    ref: total.ref,
    range: { min, max: Number.isFinite(max) ? max : null },
    from: 'reported',
    claims: claims.sort((a, b) => a - b).map((i) => index.ids[i] as ClaimId),
  };
}
