import type { Agreement } from '../agreement/agreement.js';
import type { Claim } from '../evidence/claim.js';
import { instantMs } from '../time/instant-ms.js';
import type { ClaimChange } from './affected-cells.js';
import { cellsAffectedBy } from './affected-cells.js';
import type { Validity } from './as-of-window.js';
import { AsOfWindow } from './as-of-window.js';
import type { Verdicts } from './verdicts.js';
import { KNOWN_AFTER_AS_OF, NOT_ACCEPTED, exclusionOf } from './claim-counts.js';

/**
 * An evaluation of an agreement's versions brought up to claims changed since, without
 * evaluating again: possible when no change can reach a cell, the term, a tally, a power or a
 * breach under any version (`cellsAffectedBy` says `nothing`), so that only the count of claims
 * read moves. Null when some change can reach more: the caller evaluates afresh. `validity`,
 * the asOf instants the previous evaluation held for, is narrowed by when each changed claim
 * became known, as evaluating afresh would narrow it.
 */
export function advancedVerdicts(
  previous: Verdicts,
  versions: readonly Agreement[],
  changes: readonly ClaimChange[],
  validity?: Validity,
): Verdicts | null {
  for (const change of changes) {
    for (const version of versions) {
      if (cellsAffectedBy(version, previous.periods, change).kind !== 'nothing') return null;
    }
  }
  const window = new AsOfWindow(instantMs(previous.asOf));
  const claims = movedClaimCounts(previous.claims, changes, window);
  if (validity !== undefined) window.narrow(validity);
  return { ...previous, claims };
}

/**
 * An evaluation's count of claims moved by changes, each claim read as the claim index reads
 * it (not accepted, known after asOf, or usable); the window is told each knownAt compared.
 */
export function movedClaimCounts(
  previous: Verdicts['claims'],
  changes: readonly ClaimChange[],
  window: AsOfWindow,
): Verdicts['claims'] {
  let { total, notAccepted, knownAfterAsOf } = previous;
  for (const { before, after } of changes) {
    if (before !== null) {
      total -= 1;
      const reading = readingOf(before, window);
      if (reading === 'not_accepted') notAccepted -= 1;
      else if (reading === 'known_after_as_of') knownAfterAsOf -= 1;
    }
    if (after !== null) {
      total += 1;
      const reading = readingOf(after, window);
      if (reading === 'not_accepted') notAccepted += 1;
      else if (reading === 'known_after_as_of') knownAfterAsOf += 1;
    }
  }
  return { total, usable: total - notAccepted - knownAfterAsOf, notAccepted, knownAfterAsOf };
}

/** How the claim index reads a claim before any clause does (`ClaimIndex.exclusion`). */
function readingOf(
  claim: Claim,
  asOf: AsOfWindow,
): 'usable' | 'not_accepted' | 'known_after_as_of' {
  // Compared as the index compares, so the window narrows as it would.
  const exclusion = exclusionOf(claim.status, !asOf.reached(instantMs(claim.knownAt)));
  return exclusion === NOT_ACCEPTED
    ? 'not_accepted'
    : exclusion === KNOWN_AFTER_AS_OF
      ? 'known_after_as_of'
      : 'usable';
}
