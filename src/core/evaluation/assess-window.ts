import type { FulfilmentPolicy } from '../agreement/agreement.js';
import type { PartyId } from '../ids.js';
import type { ActSelector } from './act-selector.js';
import type { ClaimIndex } from './claim-index.js';
import type { IgnoredClaim } from './evaluation.js';
import type { Evidence, GatherOptions } from './gather-evidence.js';
import { CONTRARY, DEFINITE, gatherEvidence } from './gather-evidence.js';
import type { OriginAccount } from './origin-accounts.js';
import { combineAccounts, originAccounts } from './origin-accounts.js';
import type { PeriodCalendar } from './period-calendar.js';

/** What the evidence says about one act in one window, under one policy. */
export interface Assessment {
  /** The count the policy gives: per period, then added up over the window's periods. */
  readonly min: number;
  readonly max: number;
  /** An origin says, for certain, that the act did not happen (or denies it). */
  readonly contradicted: boolean;
  /** The evidence of each period the window covers. */
  readonly pieces: readonly Evidence[];
  readonly ignored: readonly IgnoredClaim[];
  /** Accounts by origin, summed over the window's periods. */
  readonly accounts: readonly OriginAccount[];
  /** Origins whose supporting accounts the policy used. */
  readonly used: ReadonlySet<number>;
}

/** Walks every entry of an assessment's evidence. */
export function forEachEntry(
  a: Assessment,
  f: (claim: number, flags: number, min: number, max: number) => void,
): void {
  for (const e of a.pieces) {
    for (let k = 0; k < e.size; k++)
      f(e.claim[k] as number, e.flags[k] as number, e.min[k] as number, e.max[k] as number);
  }
}

export const entryCount = (a: Assessment): number => a.pieces.reduce((n, e) => n + e.size, 0);

/**
 * Assesses an act over a window: origins' accounts are combined within each period (where
 * "the same acts" is a fair reading of different origins' figures), and the periods' counts
 * are then added up. A window outside the calendar is assessed as one piece. `piece` is
 * where the caller may remember single-period results (an expression and a count rule ask
 * for the same periods as the norm's own instances).
 */
export function assessWindow(
  index: ClaimIndex,
  calendar: PeriodCalendar,
  s: ActSelector,
  policy: FulfilmentPolicy,
  bearer: PartyId | null,
  start: number,
  end: number,
  options: GatherOptions,
  piece: (a: number, b: number, assess: () => Assessment) => Assessment,
): Assessment {
  const one = (a: number, b: number): Assessment =>
    piece(a, b, () => {
      const evidence = gatherEvidence(index, calendar, s, a, b, options);
      const accounts = originAccounts(index, evidence);
      const combined = combineAccounts(accounts, policy, index.origins, bearer);
      let contradicted = false;
      for (let k = 0; k < evidence.size; k++) {
        if ((evidence.flags[k] as number) === (CONTRARY | DEFINITE)) contradicted = true;
      }
      return {
        min: combined.min,
        max: combined.max,
        contradicted,
        pieces: [evidence],
        ignored: [...evidence.ignored, ...setAside(index, evidence, combined.used)],
        accounts,
        used: combined.used,
      };
    });
  const parts = windowParts(calendar, start, end);
  if (parts.length === 1) return one(start, end);
  return merged(parts.map((p) => one(p.start, p.end)));
}

/** A part of a window an assessment combines origins' accounts within: one period of it. */
export interface WindowPart {
  readonly start: number;
  readonly end: number;
}

/**
 * The parts a window is assessed in: its stretch of each period it covers, or the window whole
 * when it lies in one period or reaches outside the calendar.
 */
export function windowParts(calendar: PeriodCalendar, start: number, end: number): WindowPart[] {
  const first = calendar.periodOf(start);
  const last = calendar.periodOf(end - 1);
  if (first < 0 || last >= calendar.length || first === last) return [{ start, end }];
  const parts: WindowPart[] = [];
  for (let p = first; p <= last; p++)
    parts.push({ start: Math.max(start, calendar.start(p)), end: Math.min(end, calendar.end(p)) });
  return parts;
}

/** Claims of supporting accounts the policy set aside are listed, not silently dropped. */
function setAside(
  index: ClaimIndex,
  evidence: Evidence,
  used: ReadonlySet<number>,
): IgnoredClaim[] {
  const out: IgnoredClaim[] = [];
  for (let k = 0; k < evidence.size; k++) {
    const i = evidence.claim[k] as number;
    if (((evidence.flags[k] as number) & CONTRARY) !== 0 || used.has(evidence.origin[k] as number))
      continue;
    out.push(index.ignoredClaim(i, 'policy'));
  }
  return out;
}

/** Several periods' assessments as one: counts add up, accounts are summed by origin. */
function merged(parts: readonly Assessment[]): Assessment {
  const accounts = new Map<number, OriginAccount>();
  const used = new Set<number>();
  const ignored = new Map<string, IgnoredClaim>();
  let min = 0;
  let max = 0;
  let contradicted = false;
  for (const p of parts) {
    min += p.min;
    max += p.max;
    contradicted ||= p.contradicted;
    for (const g of p.ignored) ignored.set(g.claim, g);
    for (const o of p.used) used.add(o);
    for (const a of p.accounts) {
      const key = a.stance === 'supports' ? a.origin * 2 : a.origin * 2 + 1;
      const sum = accounts.get(key);
      accounts.set(
        key,
        sum === undefined
          ? a
          : { ...sum, min: sum.min + a.min, max: sum.max + a.max, claims: sum.claims + a.claims },
      );
    }
  }
  return {
    min,
    max,
    contradicted,
    pieces: parts.flatMap((p) => p.pieces),
    ignored: [...ignored.values()],
    accounts: [...accounts.values()],
    used,
  };
}
