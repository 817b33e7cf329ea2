import type { FulfilmentPolicy } from '../agreement/agreement.js';
import type { ClaimId, PartyId } from '../ids.js';
import type { CountRange } from '../quantity/count-range.js';
import type { ClaimIndex, OriginInfo } from './claim-index.js';
import type { Account } from './evaluation.js';
import type { Evidence } from './gather-evidence.js';
import { CONTRARY } from './gather-evidence.js';

/** One origin's account of a window: the sum of its claims, for or against. */
export interface OriginAccount {
  readonly origin: number;
  readonly stance: 'supports' | 'contradicts';
  readonly min: number;
  readonly max: number;
  /** How many claims, and the first (claim index). */
  readonly claims: number;
  readonly first: number;
}

/** One origin's account as it adds up. */
interface AccountSum {
  readonly origin: number;
  readonly stance: OriginAccount['stance'];
  min: number;
  max: number;
  claims: number;
  readonly first: number;
}

/**
 * Groups evidence by origin and stance: within one origin, claims add up. Accounts come in
 * the order their first claims come in the evidence.
 */
export function originAccounts(index: ClaimIndex, evidence: Evidence): OriginAccount[] {
  const accounts: AccountSum[] = [];
  const slots = index.accountSlots;
  slots.start(index.origins.length * 2);
  for (let k = 0; k < evidence.size; k++) {
    const origin = evidence.origin[k] as number;
    const contrary = ((evidence.flags[k] as number) & CONTRARY) !== 0;
    const key = contrary ? origin * 2 + 1 : origin * 2;
    const at = slots.placeOf(key);
    if (at === -1) {
      slots.set(key, accounts.length);
      accounts.push({
        origin,
        stance: contrary ? 'contradicts' : 'supports',
        min: evidence.min[k] as number,
        max: evidence.max[k] as number,
        claims: 1,
        first: evidence.claim[k] as number,
      });
    } else {
      const a = accounts[at] as AccountSum;
      a.min += evidence.min[k] as number;
      a.max += evidence.max[k] as number;
      a.claims++;
    }
  }
  return accounts;
}

export interface Combined {
  /** The count the policy gives, from the supporting accounts. */
  readonly min: number;
  readonly max: number;
  /** Origins of the supporting accounts the policy used (the rest it set aside). */
  readonly used: ReadonlySet<number>;
  /** Claims behind the accounts used. */
  readonly claims: number;
}

/**
 * Combines supporting accounts by the evidence policy. Accepted claims are taken as true,
 * so accounts of one window from different origins are read as accounts of the same acts:
 * the count is at least what the fullest account says (`any_accepted`), or what at least N
 * independent origins each say (`quorum`), or what the highest-ranked origins say
 * (`priority`). A smaller account is read as partial, not as a contradiction; contradiction
 * must be said (a denial, a report that the act did not happen).
 */
export class PolicyFold {
  /** The best rank added so far; only accounts of that rank count. */
  private best = Infinity;
  private min = 0;
  private max = 0;
  private claims = 0;
  /** `quorum`: the minimum of each account used. */
  private readonly mins: number[] = [];
  private readonly used: number[] = [];
  /** Each origin's rank under a `priority` policy, found when first added (-1: not yet). */
  private ranks: Int32Array | null = null;

  constructor(
    private readonly policy: FulfilmentPolicy,
    private readonly origins: readonly OriginInfo[],
    private readonly bearer: PartyId | null,
    /** Remember which origins were used (`result`); tallies only need `count`. */
    private readonly keepUsed = true,
  ) {}

  /** As new, for another window of the same bearer: a tally folds each cell once a period. */
  clear(): void {
    this.best = Infinity;
    this.forget();
  }

  /** Drops what was folded, keeping the best rank. */
  private forget(): void {
    this.min = 0;
    this.max = 0;
    this.claims = 0;
    this.mins.length = 0;
    this.used.length = 0;
  }

  add(origin: number, min: number, max: number, claims: number): void {
    const rank = this.rankOf(origin);
    if (rank > this.best) return;
    if (rank < this.best) {
      this.best = rank;
      this.forget();
    }
    if (this.policy.kind === 'quorum') this.mins.push(min);
    else this.min = Math.max(this.min, min);
    this.max = Math.max(this.max, max);
    this.claims += claims;
    if (this.keepUsed) this.used.push(origin);
  }

  /**
   * Where an origin's accounts rank under the policy (0 but for `priority`): a property of the
   * origin and the fold's bearer, so found once per origin in each fold and kept when it is
   * cleared (a tally's cell keeps one fold for every period, and adds each origin again in each).
   */
  private rankOf(origin: number): number {
    const p = this.policy;
    if (p.kind !== 'priority') return 0;
    if (this.ranks === null) this.ranks = new Int32Array(this.origins.length).fill(-1);
    let rank = this.ranks[origin] as number;
    if (rank === -1) {
      const info = this.origins[origin] as OriginInfo;
      rank = 0;
      while (rank < p.order.length && !priorityMatches(p.order[rank] as string, info, this.bearer))
        rank++;
      this.ranks[origin] = rank;
    }
    return rank;
  }

  /** The count the policy gives, without the origins it used (tallies need no more). */
  count(): { readonly min: number; readonly max: number; readonly claims: number } {
    const min =
      this.policy.kind === 'quorum'
        ? (this.mins.sort((x, y) => y - x)[this.policy.origins - 1] ?? 0)
        : this.min;
    return { min, max: this.max, claims: this.claims };
  }

  result(): Combined {
    return { ...this.count(), used: new Set(this.used) };
  }
}

export function combineAccounts(
  accounts: readonly OriginAccount[],
  policy: FulfilmentPolicy,
  origins: readonly OriginInfo[],
  bearer: PartyId | null,
): Combined {
  const fold = new PolicyFold(policy, origins, bearer);
  for (const a of accounts) if (a.stance === 'supports') fold.add(a.origin, a.min, a.max, a.claims);
  return fold.result();
}

/** Does a priority item name this origin's side or kind? */
export function priorityMatches(item: string, origin: OriginInfo, bearer: PartyId | null): boolean {
  const a = origin.affiliation;
  switch (item) {
    case 'mediator':
      return a.kind === 'mediator';
    case 'monitor':
      // One of the agreement's monitors, or any origin recorded as a monitor (the source kind).
      return a.kind === 'monitor' || origin.kind === 'monitor';
    case 'party':
      // Parties to the fighting: guarantors and signatories rank under their own words.
      return a.kind === 'party' && a.role === 'party';
    case 'guarantor':
    case 'signatory':
      return a.kind === 'party' && a.role === item;
    case 'independent':
      return a.kind === 'independent';
    case 'bearer':
      return a.kind === 'party' && a.party === bearer;
    case 'counterparty':
      return a.kind === 'party' && a.role === 'party' && a.party !== bearer;
    default:
      return (
        (a.kind === 'party' && a.party === item) ||
        (a.kind === 'mediator' && a.mediator === item) ||
        (a.kind === 'monitor' && a.monitor === item) ||
        origin.kind === item
      );
  }
}

export const toRange = (min: number, max: number): CountRange => ({
  min,
  max: Number.isFinite(max) ? max : null,
});

/** Whether the verdict rests on an account: the policy used it, or it says the contrary. */
export const accountUsed = (a: OriginAccount, used: ReadonlySet<number>): boolean =>
  a.stance === 'contradicts' || used.has(a.origin);

/** The origin is affiliated with the bearer it reports on. */
const selfReport = (o: OriginInfo, bearer: PartyId | null): boolean =>
  bearer !== null && o.affiliation.kind === 'party' && o.affiliation.party === bearer;

/** The accounts as the explanation shows them. */
export function accountViews(
  index: ClaimIndex,
  accounts: readonly OriginAccount[],
  used: ReadonlySet<number>,
  bearer: PartyId | null,
): Account[] {
  return accounts.map((a) => {
    const o = index.origins[a.origin] as OriginInfo;
    return {
      origin: o.name,
      originKey: o.key,
      affiliation: o.label,
      selfReport: selfReport(o, bearer),
      stance: a.stance,
      count: toRange(a.min, a.max),
      claims: a.claims,
      first: index.ids[a.first] as ClaimId,
      used: accountUsed(a, used),
    };
  });
}

/** How a cell's sentence names an account. */
export type AccountVoice = Pick<Account, 'origin' | 'selfReport' | 'stance' | 'used'>;

/**
 * The accounts the verdict rests on, as its sentence names them, and the first claim of each
 * (the grid's `decidedBy`): what the grid needs of `accountViews`, without making the rest.
 */
export function usedAccounts(
  index: ClaimIndex,
  accounts: readonly OriginAccount[],
  used: ReadonlySet<number>,
  bearer: PartyId | null,
): { readonly voices: AccountVoice[]; readonly decidedBy: ClaimId[] } {
  const voices: AccountVoice[] = [];
  const decidedBy: ClaimId[] = [];
  // Each claim once, kept by its position: a set of id strings was the grid path's costliest add.
  const listed = index.claimMarks;
  listed.clear();
  for (const a of accounts) {
    if (!accountUsed(a, used)) continue;
    const o = index.origins[a.origin] as OriginInfo;
    voices.push({
      origin: o.name,
      selfReport: selfReport(o, bearer),
      stance: a.stance,
      used: true,
    });
    if (listed.mark(a.first)) decidedBy.push(index.ids[a.first] as ClaimId);
  }
  return { voices, decidedBy };
}
