import type { Agreement } from '../agreement/agreement.js';
import type { Claim } from '../evidence/claim.js';
import { originKey, originOf } from '../evidence/claim.js';
import type { Source, SourceKind } from '../evidence/source.js';
import type { ClaimId, PartyId } from '../ids.js';
import { QuantityRoles, countedRoles } from '../quantity/quantity-role.js';
import { instantMs, isoOf } from '../time/instant-ms.js';
import type { EventType } from '../vocabulary/event-types.js';
import type { IgnoredClaim, IgnoreReason } from './evaluation.js';
import type { OriginAffiliation } from './origin-affiliation.js';
import { OriginAffiliations, affiliationLabel } from './origin-affiliation.js';
import type { PeriodCalendar } from './period-calendar.js';
import type { PersonFilter } from './person-filter.js';
import { unitKey } from '../quantity/unit-key.js';
import { AsOfWindow } from './as-of-window.js';
import { AccountSlots } from './account-slots.js';
import { ClaimMarks } from './claim-marks.js';
import { EvidenceBuffer } from './evidence-buffer.js';
import { Int32List } from './int32-list.js';
import { positionOfId } from './position-of-id.js';
import { ASSERTED, DENIED, PLANNED, claimCounts, exclusionOf } from './claim-counts.js';

/** Small integer ids for names (from 1; 0 stands for none), by a key such as a folded unit. */
export class NameIds {
  private readonly ids = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  private readonly names: string[] = [];

  constructor(private readonly keyOf: (name: string) => string) {}

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      const key = this.keyOf(name);
      id = this.byKey.get(key);
      if (id === undefined) {
        this.names.push(name);
        id = this.names.length;
        this.byKey.set(key, id);
      }
      this.ids.set(name, id);
    }
    return id;
  }

  /** The id of a name already met, or 0. */
  known(name: string): number {
    return this.ids.get(name) ?? this.byKey.get(this.keyOf(name)) ?? 0;
  }

  name(id: number): string | null {
    return id === 0 ? null : (this.names[id - 1] ?? null);
  }

  /** How many names have ids. */
  get size(): number {
    return this.names.length;
  }
}

const WHY: Readonly<Record<IgnoreReason, (c: Claim) => string>> = {
  not_accepted: (c) =>
    c.status === 'suggested'
      ? 'not yet reviewed'
      : c.status === 'rejected'
        ? 'rejected in review'
        : 'retracted',
  known_after_as_of: () => 'recorded after asOf',
  planned: () => 'a plan, not a report that it happened',
  superseded: () => 'superseded by a later report from the same origin',
  outside_area: (c) =>
    `placed outside the clause's area (${[c.content.where?.name ?? 'no place', ...(c.content.launchedFrom === undefined ? [] : [`launched from ${c.content.launchedFrom.name}`])].join(', ')})`,
  outside_daily_window: () => 'outside the daily window of the clause',
  not_via_mediator: () => 'not passed through a mediator of the agreement',
  outside_agreement: () =>
    'freed outside the agreement, as the source says: counts toward no quota',
  counted_elsewhere: () => 'counted toward the quota of another period, as the source says',
  policy: () => 'set aside by the evidence policy (an origin of higher priority reported)',
  before_trigger: () => 'before the power was triggered',
  after_term: () => 'after the term had ended',
};
const IGNORE_REASONS = Object.keys(WHY) as IgnoreReason[];

/** Why a claim about others is set aside: the parties it names, none of this agreement. */
function outsideWhy(claim: Claim): string {
  const named = (role: string): string[] => [
    ...new Set(
      claim.content.actors.filter((a) => a.role === role && a.party !== null).map((a) => a.name),
    ),
  ];
  const agents = named('agent');
  return agents.length > 0
    ? `about acts of parties outside the agreement (${agents.join(', ')})`
    : `about parties outside the agreement (${named('target').join(', ')})`;
}

/** How a claim counts toward quotas (`countsToward`). */
export const QUOTA_OWN_TIME = 0;
export const QUOTA_OUTSIDE = 1;
export const QUOTA_ELSEWHERE = 2;

/** A claim spanning more periods than this is kept aside rather than in every cell it touches. */
const MAX_CELLS_PER_CLAIM = 4;

export interface OriginInfo {
  readonly key: string;
  readonly name: string;
  readonly kind: SourceKind;
  readonly affiliation: OriginAffiliation;
  readonly label: string;
}

/** Bits of `TypeCells.bits`. */
export const CELL_SET_ASIDE = 1;
export const CELL_DENIED = 2;

/**
 * Claims by position, to be read by index and never written: a view into the index's own
 * column, handed out without a copy, so a write through it would change the index.
 *
 * The engine walks these lists, and its own typed arrays, by index, never with `for…of`: a
 * typed array's iterator allocates a result object per claim, every evaluation, wherever V8
 * has not optimised the loop away (measured in decision 0266). So the type is not
 * iterable.
 */
export type ClaimList = ArrayLike<number>;

/**
 * The claims of one event type, placed on the calendar. The claims overlapping each period
 * (a claim over two periods is in both) are copied, with what the tests read, into arrays
 * in period order: a clause walks its periods through contiguous memory, not a million
 * claims' worth of scattered array slots.
 */
export interface TypeCells {
  /** Period p's entries are [offsets[p], offsets[p + 1]). */
  readonly offsets: Int32Array;
  readonly claim: Int32Array;
  readonly origin: Int32Array;
  readonly first: Int32Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly agents: Int32Array;
  readonly targets: Int32Array;
  readonly persons: Int32Array;
  readonly bits: Uint8Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly unit: Int32Array;
  /** Claims kept aside: unbounded, partly outside the calendar, too long, or counted elsewhere. */
  readonly wide: readonly number[];
  /** Every claim of the type. */
  readonly all: ClaimList;
}

/**
 * The claims read once into flat arrays: times as epoch milliseconds, origins, agent parties
 * and person categories as small integers and bit masks, the counted figure as a range.
 * Everything the evaluation does per claim afterwards is array access; nothing re-parses a
 * string or walks a Temporal zone in a loop over claims.
 */
export class ClaimIndex {
  readonly claims: readonly Claim[];
  private readonly agreement: Agreement;
  private readonly asOfMs: number;
  private readonly sources: readonly Source[];
  /** The claims' ids, read once: explanations and breaches list hundreds of thousands. */
  readonly ids: readonly ClaimId[];
  /**
   * Each claim's figures and time as written, kept as the claims are read: the tallies and
   * the breaches read them for many claims in no order of the claims', and each read through
   * the claim itself was two more loads from scattered memory.
   */
  readonly quantities: readonly Claim['content']['quantities'][];
  readonly when: readonly Claim['content']['when'][];
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  /** Index into `origins`. */
  readonly origin: Int32Array;
  /** Bit i set: party i of the agreement is named as an agent. */
  readonly agents: Int32Array;
  /** Bit i set: party i is named as a target (so, absent a named agent, not the agent). */
  readonly targets: Int32Array;
  /** Bit i set: the claim names the agreement's person category i. */
  readonly persons: Int32Array;
  /** USABLE, NOT_ACCEPTED or KNOWN_AFTER_AS_OF. */
  readonly exclusion: Uint8Array;
  /** ASSERTED (or alleged), DENIED or PLANNED. */
  readonly modality: Uint8Array;
  /** QUOTA_OWN_TIME, QUOTA_OUTSIDE or QUOTA_ELSEWHERE. */
  readonly quota: Uint8Array;
  /** The claim that supersedes this one (a later report of the same act by the same origin), or -1. */
  readonly supersededBy: Int32Array;
  /**
   * 1 when the claim is about others: the parties it names as agents are all outside the
   * agreement (neither its parties nor its mediators), or it names no agent party and the
   * parties it names as targets all are. A claim naming no party at all is not outside.
   */
  readonly outside: Uint8Array;
  /** 1 when the claim counts for nothing (`setAsideReason` in claim-counts.ts says why). */
  readonly setAside: Uint8Array;
  /**
   * The claim's counted figure as a range (max Infinity when open); [1, 1] when it has none:
   * the first in a role its event type is counted by, or in no known role.
   */
  readonly figureMin: Float64Array;
  readonly figureMax: Float64Array;
  /** The unit of the counted figure, as an id of `unitNames` (0: no figure). */
  readonly unit: Int32Array;
  readonly unitNames = new NameIds((name) => unitKey(name));
  /** The role of each figure, by its unit name, folded once per name. */
  readonly quantityRoles = new QuantityRoles();
  /** Claim i's categories are `categoryIds[categoryStart[i] .. categoryStart[i + 1])`. */
  readonly categoryStart: Int32Array;
  readonly categoryIds: Int32Array;
  readonly categoryNames = new NameIds((name) => name);
  readonly origins: readonly OriginInfo[];
  readonly parties: readonly PartyId[];
  /** The agreement's person categories, bit i for category i. */
  readonly personBits: ReadonlyMap<string, number>;
  /** Masks of the groups of person categories that exclude one another. */
  private readonly groupMasks: readonly number[];
  /**
   * 0-based periods a claim starts and ends in, once placed (-1 before, length after); a
   * calendar has at most 20,000 periods, so 16 bits hold them.
   */
  pFirst: Int16Array = new Int16Array(0);
  pLast: Int16Array = new Int16Array(0);
  /** What this evaluation's gatherings of evidence write into: its own, shared with no other. */
  readonly evidenceBuffer = new EvidenceBuffer();
  /** Marks by claim position, for lists that name each claim once (`usedAccounts`). */
  readonly claimMarks: ClaimMarks;
  /** Places of a window's accounts by origin and stance (`originAccounts`). */
  readonly accountSlots = new AccountSlots();
  /** Each claim's reasons for being set aside, made once and shared by every list naming it. */
  private readonly ignoredClaims = new Map<number, IgnoredClaim>();
  /** The claim's event type as a small integer (for bucketing). */
  private readonly typeOf: Uint8Array;
  /** The claims of each type, in claim order: one column, a slice per type. */
  private readonly byType: ClaimsByType;
  /** The event types by the small integers of `typeOf`, and those integers by type. */
  private readonly typeNames: readonly EventType[];
  private readonly typeIds: ReadonlyMap<EventType, number>;
  /** The nearest knownAt on either side of asOf, which an index advanced from this one tells its window. */
  private readonly nearestKnown: NearestKnown;
  /**
   * The index this one was advanced from, and each claim's position in it (-1: read afresh);
   * let go once an index is advanced from this one, so a chain of advances holds two indexes.
   */
  copiedFrom: { readonly index: ClaimIndex; readonly from: Int32Array } | null;
  private placed = new Map<EventType, TypeCells>();

  constructor(
    agreement: Agreement,
    claims: readonly Claim[],
    asOfMs: number,
    sources: readonly Source[],
    /** Told the nearest knownAt on either side of asOf (see `AsOfWindow`). */
    window: AsOfWindow = new AsOfWindow(asOfMs),
    /** An index of the same agreement, asOf and sources whose reading of unchanged claims is kept. */
    held?: HeldReading,
  ) {
    const n = claims.length;
    this.claims = claims;
    this.agreement = agreement;
    this.asOfMs = asOfMs;
    this.sources = sources;
    this.claimMarks = new ClaimMarks(n);
    this.lo = new Float64Array(n);
    this.hi = new Float64Array(n);
    const ids: ClaimId[] = new Array<ClaimId>(n);
    const quantities: Claim['content']['quantities'][] = new Array<Claim['content']['quantities']>(
      n,
    );
    const when: Claim['content']['when'][] = new Array<Claim['content']['when']>(n);
    this.origin = new Int32Array(n);
    this.agents = new Int32Array(n);
    this.targets = new Int32Array(n);
    this.persons = new Int32Array(n);
    this.exclusion = new Uint8Array(n);
    this.modality = new Uint8Array(n);
    this.quota = new Uint8Array(n);
    this.supersededBy = new Int32Array(n).fill(-1);
    this.outside = new Uint8Array(n);
    this.setAside = new Uint8Array(n);
    const typeOf = new Uint8Array(n);
    this.unit = new Int32Array(n);
    this.categoryStart = new Int32Array(n + 1);
    const categoryIds = new Int32List();
    const typeIds = new Map<EventType, number>();
    this.figureMin = new Float64Array(n);
    this.figureMax = new Float64Array(n);
    this.parties = agreement.parties.map((p) => p.id);
    const partyBit = new Map<string, number>(this.parties.map((p, i) => [p, 1 << i]));
    // Mediators and monitors are of the agreement: a claim naming one as agent is about it.
    const mediators = new Set<string>(
      [...agreement.mediators, ...agreement.monitors].map((m) => m.id),
    );
    this.personBits = new Map(agreement.personCategories.map((c, i) => [c, 1 << i]));
    this.groupMasks = agreement.categoryGroups.map((g) =>
      g.reduce((m, c) => m | (this.personBits.get(c) ?? 0), 0),
    );
    // The held index's nearest knownAt stand for its claims' unless it parsed some or lost one.
    const knownKept = held?.knownKept === true;
    const known = new NearestKnownScan(
      isoOf(asOfMs),
      window,
      held !== undefined && knownKept ? held.index.nearestKnown : null,
    );

    const affiliations = new OriginAffiliations(agreement, sources);
    const origins: OriginInfo[] = [];
    const originIds = new Map<string, number>();
    // Claims read from a store share no arrays or strings: an origin named, not resolved to a
    // source, is found by its name as written, and its key (a folding) is built once per name.
    const byName = new Map<string, number>();
    const reading: Reading = {
      partyBit,
      mediators,
      affiliations,
      origins,
      originIds,
      byName,
      categoryBits: [],
    };

    // Ids by first appearance in claim order, as a fresh reading numbers them.
    const heldOrigins = new Int32Array(held?.index.origins.length ?? 0).fill(-1);
    const heldUnits = new Int32Array(held === undefined ? 0 : held.index.unitNames.size + 1).fill(
      -1,
    );
    const heldCategories = new Int32Array(
      held === undefined ? 0 : held.index.categoryNames.size + 1,
    ).fill(-1);
    const typeNames: EventType[] = [];
    const typeIdOf = (type: EventType): number => {
      let t = typeIds.get(type);
      if (t === undefined) {
        t = typeNames.length;
        typeIds.set(type, t);
        typeNames.push(type);
      }
      return t;
    };
    const heldTypes = new Int32Array(held?.index.typeNames.length ?? 0).fill(-1);
    // The readings copied as they are from a held claim to this index's.
    const heldIndex = held?.index;
    const copied: readonly (readonly [CopiedArray, CopiedArray])[] =
      heldIndex === undefined
        ? []
        : [
            [this.lo, heldIndex.lo],
            [this.hi, heldIndex.hi],
            [this.agents, heldIndex.agents],
            [this.targets, heldIndex.targets],
            [this.outside, heldIndex.outside],
            [this.persons, heldIndex.persons],
            [this.modality, heldIndex.modality],
            [this.quota, heldIndex.quota],
            [this.figureMin, heldIndex.figureMin],
            [this.figureMax, heldIndex.figureMax],
            [this.exclusion, heldIndex.exclusion],
          ];
    for (let i = 0; i < n;) {
      const from = held === undefined ? -1 : (held.from[i] as number);
      if (held !== undefined && from !== -1) {
        // A run of claims held one after another: the readings that need no renumbering are
        // copied whole, the rest claim by claim without touching the claims themselves.
        let end = i + 1;
        while (end < n && held.from[end] === from + (end - i)) end++;
        const h = held.index;
        const to = from + (end - i);
        // A view per array costs more than a few elements copied one by one.
        if (end - i < SHORT_RUN) {
          for (let k = i, f = from; k < end; k++, f++) {
            this.lo[k] = h.lo[f] as number;
            this.hi[k] = h.hi[f] as number;
            this.agents[k] = h.agents[f] as number;
            this.targets[k] = h.targets[f] as number;
            this.outside[k] = h.outside[f] as number;
            this.persons[k] = h.persons[f] as number;
            this.modality[k] = h.modality[f] as number;
            this.quota[k] = h.quota[f] as number;
            this.figureMin[k] = h.figureMin[f] as number;
            this.figureMax[k] = h.figureMax[f] as number;
            this.exclusion[k] = h.exclusion[f] as number;
          }
        } else for (const [mine, theirs] of copied) mine.set(theirs.subarray(from, to), i);
        for (let k = i, f = from; k < end; k++, f++) {
          ids[k] = h.ids[f] as ClaimId;
          quantities[k] = h.quantities[f] as Claim['content']['quantities'];
          when[k] = h.when[f] as Claim['content']['when'];
          const o = h.origin[f] as number;
          let origin = heldOrigins[o] as number;
          if (origin === -1) {
            const info = h.origins[o] as OriginInfo;
            origin = originIds.get(info.key) ?? -1;
            if (origin === -1) {
              origin = origins.length;
              origins.push(info);
              originIds.set(info.key, origin);
            }
            heldOrigins[o] = origin;
          }
          this.origin[k] = origin;
          const u = h.unit[f] as number;
          let unit = u === 0 ? 0 : (heldUnits[u] as number);
          if (unit === -1) {
            // The first claim of a unit names it: read its figure again, once per unit.
            const c = (claims[k] as Claim).content;
            const q = countedQuantity(c.quantities, c.type, this.quantityRoles);
            unit = this.unitNames.id((q as Claim['content']['quantities'][number]).unit);
            heldUnits[u] = unit;
          }
          this.unit[k] = unit;
          for (let c = h.categoryStart[f] as number; c < (h.categoryStart[f + 1] as number); c++) {
            const id = h.categoryIds[c] as number;
            let category = heldCategories[id] as number;
            if (category === -1) {
              category = this.categoryNames.id(h.categoryNames.name(id) as string);
              heldCategories[id] = category;
            }
            categoryIds.push(category);
          }
          this.categoryStart[k + 1] = categoryIds.length;
          const ht = h.typeOf[f] as number;
          let t = heldTypes[ht] as number;
          if (t === -1) heldTypes[ht] = t = typeIdOf(h.typeNames[ht] as EventType);
          typeOf[k] = t;
          if (!knownKept) known.knownLater((claims[k] as Claim).knownAt);
        }
        i = end;
        continue;
      }
      const claim = claims[i] as Claim;
      ids[i] = claim.id as ClaimId;
      const c = claim.content;
      quantities[i] = c.quantities;
      when[i] = c.when;
      this.lo[i] = c.when.earliest === null ? -Infinity : instantMs(c.when.earliest);
      this.hi[i] = c.when.latest === null ? Infinity : instantMs(c.when.latest);
      this.exclusion[i] = exclusionOf(claim.status, known.knownLater(claim.knownAt));
      this.read(i, claim, reading, categoryIds);
      typeOf[i] = typeIdOf(c.type);
      i++;
    }
    if (known.before !== null) window.reached(instantMs(known.before));
    if (known.after !== null) window.reached(instantMs(known.after));
    this.nearestKnown = { before: known.before, after: known.after, parsed: known.parsed };
    this.typeNames = typeNames;
    this.typeIds = typeIds;
    this.byType = claimsByType(typeOf, typeNames.length);
    this.copiedFrom = held === undefined ? null : { index: held.index, from: held.from };
    this.ids = ids;
    this.quantities = quantities;
    this.when = when;
    this.origins = origins;
    this.categoryIds = categoryIds.toArray();
    this.typeOf = typeOf;
    // Before the calendar: the term's own reports (extensions, ends) count by the same rule.
    if (held === undefined) this.markSuperseded(typeIds.size);
    else this.supersededAsHeld(typeIds.size, held);
    for (let i = 0; i < n; i++) this.setAside[i] = claimCounts(this, i) ? 0 : 1;
  }

  /** What the index reads of claim `i`, a claim no held index read: all but its time and knownAt. */
  private read(i: number, claim: Claim, reading: Reading, categoryIds: Int32List): void {
    const c = claim.content;
    const { partyBit, mediators, affiliations, origins, originIds, byName, categoryBits } = reading;
    this.modality[i] =
      c.modality === 'denied' ? DENIED : c.modality === 'planned' ? PLANNED : ASSERTED;
    this.quota[i] =
      c.countsToward === undefined
        ? QUOTA_OWN_TIME
        : c.countsToward.kind === 'outside'
          ? QUOTA_OUTSIDE
          : QUOTA_ELSEWHERE;

    const link = originOf(c);
    let origin = link.source != null ? originIds.get(link.source) : byName.get(link.name);
    if (origin === undefined) {
      const key = originKey(link);
      origin = originIds.get(key);
      if (origin === undefined) {
        const affiliation = affiliations.of(link);
        origin = origins.length;
        origins.push({
          key,
          name: link.name,
          kind: link.kind,
          affiliation,
          label: affiliationLabel(affiliation),
        });
        originIds.set(key, origin);
      }
      if (link.source == null) byName.set(link.name, origin);
    }
    this.origin[i] = origin;

    let agents = 0;
    let targets = 0;
    // Parties named in each role that are not the agreement's (nor its mediators').
    let otherAgents = 0;
    let otherTargets = 0;
    let mediatorAgent = false;
    for (const a of c.actors) {
      if (a.party === null) continue;
      const bit = partyBit.get(a.party) ?? 0;
      const other = bit === 0 && !mediators.has(a.party);
      if (a.role === 'agent') {
        agents |= bit;
        if (other) otherAgents++;
        else if (bit === 0) mediatorAgent = true;
      } else if (a.role === 'target') {
        targets |= bit;
        if (other) otherTargets++;
      }
    }
    this.agents[i] = agents;
    this.targets[i] = targets;
    const noAgentOfOurs = agents === 0 && !mediatorAgent;
    this.outside[i] =
      noAgentOfOurs && (otherAgents > 0 || (targets === 0 && otherTargets > 0)) ? 1 : 0;

    let persons = 0;
    for (const category of c.categories) {
      const id = this.categoryNames.id(category);
      let bit = categoryBits[id];
      if (bit === undefined) categoryBits[id] = bit = this.personBits.get(category) ?? 0;
      persons |= bit;
      categoryIds.push(id);
    }
    this.persons[i] = persons;
    this.categoryStart[i + 1] = categoryIds.length;

    // The figure the act is counted by: not an outcome ("a strike that killed 9" is one).
    const q = countedQuantity(c.quantities, c.type, this.quantityRoles);
    this.unit[i] = q === undefined ? 0 : this.unitNames.id(q.unit);
    this.figureMin[i] = q === undefined ? 1 : q.min;
    this.figureMax[i] = q === undefined ? 1 : (q.max ?? Infinity);
  }

  /**
   * The index of `held`'s claims of `types` after `changes`, those of other types left out:
   * the changed claims read afresh, every other claim's reading copied from `held`, and
   * supersession swept again only among the claims of an origin and type a change touches (a
   * report supersedes only one of its own origin and type). Equal to an index made afresh of
   * the same claims. `held` may hold other types too (a whole pass's index): only the claims of
   * `types` are copied, found from its lists by type.
   */
  static advanced(
    held: ClaimIndex,
    changes: readonly { readonly before: Claim | null; readonly after: Claim | null }[],
    types: ReadonlySet<EventType>,
    window: AsOfWindow,
  ): ClaimIndex {
    const changed = new Set<string>();
    const touched = new Set<string>();
    const added: Claim[] = [];
    for (const change of changes) {
      for (const state of [change.before, change.after]) {
        if (state === null) continue;
        changed.add(state.id);
        if (types.has(state.content.type))
          touched.add(groupName(originKey(originOf(state.content)), state.content.type));
      }
      if (change.after !== null && types.has(change.after.content.type)) added.push(change.after);
    }
    added.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // The held positions of the types' claims, in id order; null: every held claim is of them.
    const only = held.typeNames.every((t) => types.has(t));
    const positions = only ? null : held.claimsOfTypes(types);
    const count = positions === null ? held.claims.length : positions.length;
    // The changed claims held, found by binary search rather than every held id looked up. The
    // held nearest knownAt stand unless a claim that had one is gone (or some were parsed), or
    // they were told of other types' claims too.
    const nearest = held.nearestKnown;
    let knownKept = !nearest.parsed && only;
    const gone = new Uint8Array(held.claims.length);
    for (const id of changed) {
      const at = positionOfId(held.claims, id);
      const claim = held.claims[at];
      if (claim?.id !== id) continue;
      gone[at] = 1;
      if (claim.knownAt === nearest.before || claim.knownAt === nearest.after) knownKept = false;
    }
    // One merge in id order: the held claims but the changed, and the changed claims now, each
    // put where a binary search places it, so no held claim is read to be compared.
    const claims: Claim[] = [];
    const from = new Int32Array(count + added.length);
    let k = 0;
    const keepUpTo = (stop: number): void => {
      for (; k < count; k++) {
        const j = positions === null ? k : (positions[k] as number);
        if (j >= stop) return;
        if (gone[j] === 1) continue;
        from[claims.length] = j;
        claims.push(held.claims[j] as Claim);
      }
    };
    for (const claim of added) {
      keepUpTo(positionOfId(held.claims, claim.id));
      from[claims.length] = -1;
      claims.push(claim);
    }
    keepUpTo(held.claims.length);
    const index = new ClaimIndex(held.agreement, claims, held.asOfMs, held.sources, window, {
      index: held,
      from: from.subarray(0, claims.length),
      touched,
      knownKept,
    });
    held.copiedFrom = null;
    return index;
  }

  /**
   * Supersession as `held` found it, its positions moved to this index's, except among the
   * claims of the origins and types `held.touched` names, which are swept again.
   */
  private supersededAsHeld(types: number, held: HeldReading): void {
    const n = this.claims.length;
    const { typeNames } = this;
    const sweep = new Uint8Array(this.origins.length * types);
    for (let o = 0; o < this.origins.length; o++)
      for (let t = 0; t < types; t++)
        if (
          held.touched.has(
            groupName((this.origins[o] as OriginInfo).key, typeNames[t] as EventType),
          )
        )
          sweep[o * types + t] = 1;
    const swept = (i: number): boolean =>
      sweep[(this.origin[i] as number) * types + (this.typeOf[i] as number)] === 1;
    const to = new Int32Array(held.index.claims.length).fill(-1);
    for (let i = 0; i < n; i++) if ((held.from[i] as number) !== -1) to[held.from[i] as number] = i;
    for (let i = 0; i < n; i++) {
      const from = held.from[i] as number;
      if (from === -1 || swept(i)) continue;
      const by = held.index.supersededBy[from] as number;
      this.supersededBy[i] = by === -1 ? -1 : (to[by] as number);
    }
    this.markSuperseded(types, swept);
  }

  /**
   * A later report from the same origin about the same act (same type, agent and categories,
   * overlapping time) corrects the earlier one: Thailand's foreign ministry first gave 12
   * freed, then 10. Found once for all clauses: usable claims sorted by origin, type, agents,
   * category set and start, so the reports of one act are adjacent and in time order, and each
   * claim is compared only with those starting before it ends. `knownAt` is parsed at most once
   * per claim and category sets are compared as one id each. Only claims that otherwise count
   * supersede or are superseded. The claims are first grouped by origin and type in one linear
   * pass, so only each group's few claims are sorted with a comparator.
   */
  private markSuperseded(types: number, swept: (i: number) => boolean = () => true): void {
    const { lo, hi, agents, origin, typeOf } = this;
    const n = this.claims.length;
    const counting = new Int32List();
    for (let i = 0; i < n; i++) if (claimCounts(this, i) && swept(i)) counting.push(i);
    const usable = counting.toArray();
    // When each claim became known, parsed once and only for claims compared (NaN: not yet).
    const known = new Float64Array(n).fill(NaN);
    const knownOf = (i: number): number => {
      const ms = known[i] as number;
      return Number.isNaN(ms) ? (known[i] = this.knownMs(i)) : ms;
    };
    const categories = new Int32Array(n);
    const setIds = new Map<string, number>();
    for (let u = 0; u < usable.length; u++) {
      const i = usable[u] as number;
      categories[i] = this.categorySetId(i, setIds);
    }
    const sameAct = (a: number, c: number): boolean =>
      origin[a] === origin[c] &&
      typeOf[a] === typeOf[c] &&
      agents[a] === agents[c] &&
      categories[a] === categories[c];
    // Grouped by origin and type (a counting sort, stable), then each group sorted.
    const groupOf = (i: number): number => (origin[i] as number) * types + (typeOf[i] as number);
    const starts = new Int32Array(this.origins.length * types + 1);
    for (let u = 0; u < usable.length; u++) {
      const g = groupOf(usable[u] as number);
      starts[g + 1] = (starts[g + 1] as number) + 1;
    }
    for (let g = 1; g < starts.length; g++)
      starts[g] = (starts[g] as number) + (starts[g - 1] as number);
    const order = new Int32Array(usable.length);
    const fill = starts.slice(0, -1);
    for (let u = 0; u < usable.length; u++) {
      const i = usable[u] as number;
      const g = groupOf(i);
      order[fill[g] as number] = i;
      fill[g] = (fill[g] as number) + 1;
    }
    const byActAndStart = (a: number, c: number): number =>
      (agents[a] as number) - (agents[c] as number) ||
      (categories[a] as number) - (categories[c] as number) ||
      // Not a subtraction: starts may be -Infinity.
      ((lo[a] as number) < (lo[c] as number) ? -1 : (lo[a] as number) > (lo[c] as number) ? 1 : 0);
    for (let g = 0; g + 1 < starts.length; g++) {
      const from = starts[g] as number;
      const to = starts[g + 1] as number;
      if (to - from > 1) order.subarray(from, to).sort(byActAndStart);
    }
    // Of several later reports of an act, the one named is the last by start, then by the
    // claims' order.
    const supersede = (earlier: number, later: number): void => {
      const by = this.supersededBy[earlier] as number;
      if (
        by === -1 ||
        (lo[later] as number) > (lo[by] as number) ||
        ((lo[later] as number) === (lo[by] as number) && later > by)
      )
        this.supersededBy[earlier] = later;
    };
    for (let j = 0; j < order.length; j++) {
      const a = order[j] as number;
      for (let k = j + 1; k < order.length; k++) {
        const c = order[k] as number;
        // Sorted by start within an act: nothing further starts before `a` ends.
        if (!sameAct(a, c) || (lo[c] as number) > (hi[a] as number)) break;
        if ((lo[a] as number) > (hi[c] as number)) continue;
        const ka = knownOf(a);
        const kc = knownOf(c);
        if (kc > ka) supersede(a, c);
        else if (ka > kc) supersede(c, a);
      }
    }
  }

  /** A number naming claim `i`'s set of categories: equal sets, equal numbers. */
  private categorySetId(i: number, setIds: Map<string, number>): number {
    const from = this.categoryStart[i] as number;
    const to = this.categoryStart[i + 1] as number;
    if (from === to) return 0;
    if (to - from === 1) return -(this.categoryIds[from] as number);
    const distinct = [...new Set(this.categoryIds.subarray(from, to))];
    // One category is its own name's id, negated (so no set of several is mistaken for it).
    if (distinct.length === 1) return -(distinct[0] as number);
    const key = distinct.sort((x, y) => x - y).join(',');
    let id = setIds.get(key);
    if (id === undefined) setIds.set(key, (id = setIds.size + 1));
    return id;
  }

  /** When claim `i` became known, in ms (parsed when needed: few claims are compared by it). */
  knownMs(i: number): number {
    return instantMs((this.claims[i] as Claim).knownAt);
  }

  /**
   * Claim `i` as a list of claims set aside shows it, with the reason in words. Made once per
   * claim and reason: a claim set aside is listed by every instance it would have counted for.
   */
  ignoredClaim(i: number, reason: IgnoreReason): IgnoredClaim {
    const key = i * IGNORE_REASONS.length + IGNORE_REASONS.indexOf(reason);
    let made = this.ignoredClaims.get(key);
    if (made === undefined) {
      const claim = this.claims[i] as Claim;
      const by = this.supersededBy[i] as number;
      made = {
        claim: this.ids[i] as ClaimId,
        reason,
        why:
          reason === 'superseded' && by !== -1
            ? `superseded by ${this.ids[by]}, a later report from the same origin`
            : reason === 'outside_agreement' && this.outside[i] !== 0
              ? outsideWhy(claim)
              : WHY[reason](claim),
      };
      this.ignoredClaims.set(key, made);
    }
    return made;
  }

  /** Bit mask of the given parties (unknown ids add nothing). */
  partyMask(parties: readonly PartyId[]): number {
    let mask = 0;
    for (const p of parties) {
      const i = this.parties.indexOf(p);
      if (i >= 0) mask |= 1 << i;
    }
    return mask;
  }

  /** Which persons the given categories want; null when they are none (any persons). */
  personFilter(categories: readonly string[]): PersonFilter | null {
    if (categories.length === 0) return null;
    let mask = 0;
    for (const c of categories) mask |= this.personBits.get(c) ?? 0;
    return { mask, groups: this.groupMasks.filter((g) => (g & mask) !== 0) };
  }

  /** The first agent party of claim `i`, or null. */
  agentParty(i: number): PartyId | null {
    const mask = this.agents[i] ?? 0;
    if (mask === 0) return null;
    return this.parties[31 - Math.clz32(mask & -mask)] ?? null;
  }

  /** Puts every claim on the calendar, once; the cells serve every clause afterwards. */
  place(calendar: PeriodCalendar): void {
    this.placed = new Map();
    this.ignoredClaims.clear();
    const periods = calendar.length;
    const n = this.claims.length;
    this.pFirst = new Int16Array(n);
    this.pLast = new Int16Array(n);
    for (let i = 0; i < n; i++) {
      this.pFirst[i] = calendar.periodOf(this.lo[i] as number);
      this.pLast[i] = calendar.periodOf(this.hi[i] as number);
    }
    for (let t = 0; t < this.typeNames.length; t++) {
      const type = this.typeNames[t] as EventType;
      const list = this.claimsOfTypeId(t);
      const counts = new Int32Array(periods + 1);
      const wide: number[] = [];
      for (let l = 0; l < list.length; l++) {
        const i = list[l] as number;
        const first = this.pFirst[i] as number;
        const last = this.pLast[i] as number;
        if (this.placeable(i, first, last, periods)) {
          for (let p = first; p <= last; p++) counts[p + 1] = (counts[p + 1] as number) + 1;
        } else if ((last >= 0 && first < periods) || this.quota[i] !== QUOTA_OWN_TIME) wide.push(i);
        // (A claim wholly before or after the calendar meets no period; only `all` holds it.)
      }
      for (let p = 1; p <= periods; p++)
        counts[p] = (counts[p] as number) + (counts[p - 1] as number);
      const size = counts[periods] as number;
      const cells: TypeCells = {
        offsets: counts,
        claim: new Int32Array(size),
        origin: new Int32Array(size),
        first: new Int32Array(size),
        lo: new Float64Array(size),
        hi: new Float64Array(size),
        agents: new Int32Array(size),
        targets: new Int32Array(size),
        persons: new Int32Array(size),
        bits: new Uint8Array(size),
        min: new Float64Array(size),
        max: new Float64Array(size),
        unit: new Int32Array(size),
        wide,
        all: list,
      };
      const fill = counts.slice(0, periods);
      for (let l = 0; l < list.length; l++) {
        const i = list[l] as number;
        const first = this.pFirst[i] as number;
        const last = this.pLast[i] as number;
        if (!this.placeable(i, first, last, periods)) continue;
        const bits =
          (this.setAside[i] ? CELL_SET_ASIDE : 0) | (this.modality[i] === DENIED ? CELL_DENIED : 0);
        for (let p = first; p <= last; p++) {
          const k = fill[p] as number;
          fill[p] = k + 1;
          cells.claim[k] = i;
          cells.origin[k] = this.origin[i] as number;
          cells.first[k] = first;
          cells.lo[k] = this.lo[i] as number;
          cells.hi[k] = this.hi[i] as number;
          cells.agents[k] = this.agents[i] as number;
          cells.targets[k] = this.targets[i] as number;
          cells.persons[k] = this.persons[i] as number;
          cells.bits[k] = bits;
          cells.min[k] = this.figureMin[i] as number;
          cells.max[k] = this.figureMax[i] as number;
          cells.unit[k] = this.unit[i] as number;
        }
      }
      this.placed.set(type, cells);
    }
  }

  /** A claim goes in the cells when it lies in a few periods and counts where it happened. */
  private placeable(i: number, first: number, last: number, periods: number): boolean {
    return (
      first >= 0 &&
      last < periods &&
      last - first < MAX_CELLS_PER_CLAIM &&
      this.quota[i] === QUOTA_OWN_TIME
    );
  }

  /** Claim `i`'s event type. */
  typeOfClaim(i: number): EventType {
    return this.typeNames[this.typeOf[i] as number] as EventType;
  }

  /** Every claim of a type, placed or not, in claim order. */
  ofType(type: EventType): ClaimList {
    const t = this.typeIds.get(type);
    return t === undefined ? NO_CLAIMS : this.claimsOfTypeId(t);
  }

  /** The claims of the type numbered `t` in `typeOf`: its slice of the column. */
  private claimsOfTypeId(t: number): Int32Array {
    return this.byType.claims.subarray(
      this.byType.starts[t] as number,
      this.byType.starts[t + 1] as number,
    );
  }

  /** The claims of some types, in claim order. */
  private claimsOfTypes(types: ReadonlySet<EventType>): Int32Array {
    let size = 0;
    for (const type of types) size += this.ofType(type).length;
    const claims = new Int32Array(size);
    let at = 0;
    for (const type of types) {
      const slice = this.ofType(type);
      claims.set(slice, at);
      at += slice.length;
    }
    return claims.sort();
  }

  cellsOf(type: EventType): TypeCells | undefined {
    return this.placed.get(type);
  }
}

/** The first figure in a role the act is counted by (or in no known role), if any. */
function countedQuantity(
  quantities: Claim['content']['quantities'],
  type: EventType,
  quantityRoles: QuantityRoles,
): Claim['content']['quantities'][number] | undefined {
  const roles = countedRoles(type);
  for (const q of quantities) {
    const role = quantityRoles.of(q);
    if (role === null || roles.includes(role)) return q;
  }
  return undefined;
}

/** The claims of each event type: type t's are `claims[starts[t] .. starts[t + 1])`. */
interface ClaimsByType {
  readonly claims: Int32Array;
  readonly starts: Int32Array;
}

const NO_CLAIMS = new Int32Array(0);

/**
 * The claims grouped by type (a counting sort, so each type's stay in claim order), in one
 * column sized once: a growing list per type copied its items as it grew, a million claims'
 * worth.
 */
function claimsByType(typeOf: Uint8Array, types: number): ClaimsByType {
  const starts = new Int32Array(types + 1);
  for (let i = 0; i < typeOf.length; i++) {
    const t = (typeOf[i] as number) + 1;
    starts[t] = (starts[t] as number) + 1;
  }
  for (let t = 1; t <= types; t++) starts[t] = (starts[t] as number) + (starts[t - 1] as number);
  const fill = starts.slice(0, types);
  const claims = new Int32Array(typeOf.length);
  for (let i = 0; i < typeOf.length; i++) {
    const t = typeOf[i] as number;
    claims[fill[t] as number] = i;
    fill[t] = (fill[t] as number) + 1;
  }
  return { claims, starts };
}

/**
 * The latest knownAt at or before asOf and the earliest after it, as the claims are read, and
 * whether each claim was known only after asOf: its fields updated claim by claim, where an
 * object returned for each claim was a million short-lived ones.
 */
class NearestKnownScan {
  before: string | null;
  after: string | null;
  /** Some knownAt was not in the form that sorts as its instant, and was parsed. */
  parsed = false;

  constructor(
    /** An ISO string in UTC with milliseconds sorts as its instant: most knownAt compare as text. */
    private readonly asOfText: string,
    private readonly window: AsOfWindow,
    /** The nearest knownAt a held index found, standing for its claims'. */
    from: { readonly before: string | null; readonly after: string | null } | null,
  ) {
    this.before = from?.before ?? null;
    this.after = from?.after ?? null;
  }

  /**
   * Whether a claim known at `knownAt` was known only after asOf. A knownAt not in the form
   * that sorts as its instant is parsed, and the window told of it at once.
   */
  knownLater(knownAt: string): boolean {
    if (knownAt.length !== 24 || !knownAt.endsWith('Z')) {
      this.parsed = true;
      return !this.window.reached(instantMs(knownAt));
    }
    if (knownAt > this.asOfText) {
      if (this.after === null || knownAt < this.after) this.after = knownAt;
      return true;
    }
    if (this.before === null || knownAt > this.before) this.before = knownAt;
    return false;
  }
}

/** What the constructor reads claims with: the agreement's parties and the origins met so far. */
interface Reading {
  readonly partyBit: ReadonlyMap<string, number>;
  readonly mediators: ReadonlySet<string>;
  readonly affiliations: OriginAffiliations;
  readonly origins: OriginInfo[];
  readonly originIds: Map<string, number>;
  /** Origins by the name as written of a link resolved to no source. */
  readonly byName: Map<string, number>;
  /** The agreement's person-category bit of each category id met (0: none of its categories). */
  readonly categoryBits: number[];
}

/** A reading held as one number per claim. */
type CopiedArray = Float64Array | Int32Array | Uint8Array;

/** Held claims in a row fewer than this are copied element by element rather than as a view. */
const SHORT_RUN = 8;

/** A held index whose readings an index of mostly the same claims copies (`ClaimIndex.advanced`). */
interface HeldReading {
  readonly index: ClaimIndex;
  /** Claim i's position in the held index, or -1 for a claim read afresh. */
  readonly from: Int32Array;
  /** The origins and types (`groupName`) whose supersession is swept again. */
  readonly touched: ReadonlySet<string>;
  /** The held index's nearest knownAt stand for the claims copied: none of them was parsed or gone. */
  readonly knownKept: boolean;
}

/** The latest knownAt at or before asOf and the earliest after it, as text; `parsed` when some were not in the form that sorts. */
interface NearestKnown {
  readonly before: string | null;
  readonly after: string | null;
  readonly parsed: boolean;
}

/** An origin and an event type, named: the claims among which a report supersedes another. */
const groupName = (origin: string, type: EventType): string => `${type}|${origin}`;
