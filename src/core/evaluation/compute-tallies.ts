import type { Act } from '../agreement/agreement.js';
import { actOf } from '../agreement/agreement.js';
import type { ClaimId, PartyId } from '../ids.js';
import type { Claim } from '../evidence/claim.js';
import type { QuantityRole } from '../quantity/quantity-role.js';
import { QuantityRole as Roles, countedRoles, roleOfQuantity } from '../quantity/quantity-role.js';
import { unitName } from '../quantity/unit-key.js';
import type { EventType } from '../vocabulary/event-types.js';
import type { EvaluationContext } from './evaluation-context.js';
import type { Tally } from './evaluation.js';
import { CONTRARY, DEFINITE, gatherEvidence } from './gather-evidence.js';
import { PolicyFold, toRange } from './origin-accounts.js';

/** Any act of a type, by anyone, of any persons: what a tally counts. */
const anyActOf = (type: EventType): Act => ({
  events: [type],
  by: { kind: 'any' },
  categories: [],
  area: null,
  where: 'landed_in',
  via: null,
  dailyWindow: null,
});

const ROLES = Roles.options;

/**
 * A tally cell (agent slot, category id, role) as one number, by place value rather than bit
 * fields: category ids come from the claims, and no number of them, of parties or of roles
 * can run into the next part. Agent slots are the agreement's parties, then one for none.
 */
class TallyKeys {
  readonly noAgent: number;
  private readonly agentSlots: number;

  constructor(parties: number) {
    this.noAgent = parties;
    this.agentSlots = parties + 1;
  }

  key(agent: number, category: number, role: number): number {
    return (category * ROLES.length + role) * this.agentSlots + agent;
  }

  agent(key: number): number {
    return key % this.agentSlots;
  }

  category(key: number): number {
    return Math.floor(key / this.agentSlots / ROLES.length);
  }

  role(key: number): number {
    return Math.floor(key / this.agentSlots) % ROLES.length;
  }
}

/** No unit seen yet in a row; two different units seen. */
const NO_UNIT = 0;
const MIXED_UNITS = -1;

interface Total {
  readonly act: EventType;
  readonly by: PartyId | null;
  readonly category: string | null;
  readonly role: QuantityRole;
  unit: number;
  min: number;
  max: number;
  claims: number;
  readonly from: Set<number>;
}

/** What one claim adds to its tally rows: per role, a figure (and its unit id, 0 for none). */
interface Contribution {
  readonly role: number;
  readonly min: number;
  readonly max: number;
  readonly unit: number;
}

/**
 * The rows a claim counts in: its acts (a figure in the role `acts`, else one act), the
 * persons or supplies its event type is counted by where that is not acts (a claim without a
 * figure there counts from one to any number: "some of the captives" widens the row), and
 * each outcome it reports in another role ("killed 9").
 */
function contributionsOf(claim: Claim, unitId: (unit: string) => number): Contribution[] {
  const { type, quantities } = claim.content;
  const counted = countedRoles(type);
  const main = counted[0] ?? 'acts';
  const out: Contribution[] = [];
  const used = new Set<number>();
  const take = (roles: readonly (QuantityRole | null)[]) => {
    const k = quantities.findIndex((q, j) => !used.has(j) && roles.includes(roleOfQuantity(q)));
    if (k !== -1) used.add(k);
    return k === -1 ? undefined : quantities[k];
  };
  const push = (role: QuantityRole, q: (typeof quantities)[number] | undefined, none: number) =>
    out.push({
      role: ROLES.indexOf(role),
      min: q === undefined ? Math.min(none, 1) : q.min,
      max: q === undefined ? none : (q.max ?? Infinity),
      unit: q === undefined ? 0 : unitId(q.unit),
    });
  if (main === 'acts') push('acts', take(['acts', null]), 1);
  else {
    push(main, take([...counted, null]), Infinity);
    push('acts', take(['acts']), 1);
  }
  quantities.forEach((q, j) => {
    const role = roleOfQuantity(q);
    if (used.has(j) || role === null || role === 'acts') return;
    used.add(j);
    push(role, q, 0);
  });
  return out;
}

/**
 * Tallies of the acts the agreement's clauses name, per agent party, category of persons
 * and role (the acts themselves, the persons or supplies they concern, their outcomes), over
 * the periods of the term. Within a period, origins' accounts are combined by the agreement's
 * evidence policy (the fullest account, by default); periods add up. A claim's categories
 * describe all the persons it counts, so it counts in full for each of them.
 */
export function computeTallies(ctx: EvaluationContext, periods: number): Tally[] {
  const { index } = ctx;
  const types = [...new Set(ctx.agreement.norms.flatMap((n) => actOf(n).events))];
  const policy = ctx.agreement.evidence.fulfilment;
  const totals = new Map<string, Total>();
  const keys = new TallyKeys(index.parties.length);

  let head = new Int32Array(0);
  // The tally cells met so far, as dense ids: an origin's sums per cell sit in slots
  // indexed by id, reset by stamping rather than by clearing a map per origin and period.
  const cellIds = new Map<number, number>();
  const cellKeys: number[] = [];
  const sumMin: number[] = [];
  const sumMax: number[] = [];
  const sumClaims: number[] = [];
  const originStamp: number[] = [];
  const periodStamp: number[] = [];
  const folds: PolicyFold[] = [];
  const local: number[] = [];
  const inPeriod: number[] = [];
  let stamp = 0;
  const contributions = new Map<number, Contribution[]>();
  const unitId = (unit: string) => index.unitNames.id(unit);
  const contributionsFor = (i: number): Contribution[] => {
    let known = contributions.get(i);
    if (known === undefined) {
      known = contributionsOf(index.claims[i] as Claim, unitId);
      contributions.set(i, known);
    }
    return known;
  };
  const cellUnit: number[] = [];
  // The claims each cell met in the current act type, for the rows' sources.
  const cellClaims: number[][] = [];
  const cellsOfType: number[] = [];
  const slots = new Map<number, number[]>();
  const agentsOf = (mask: number): number[] => {
    let known = slots.get(mask);
    if (known === undefined) {
      known = agentSlots(mask, keys.noAgent);
      slots.set(mask, known);
    }
    return known;
  };
  const cellOf = (cellKey: number): number => {
    let cell = cellIds.get(cellKey);
    if (cell === undefined) {
      cell = cellKeys.length;
      cellIds.set(cellKey, cell);
      cellKeys.push(cellKey);
      sumMin.push(0);
      sumMax.push(0);
      sumClaims.push(0);
      cellUnit.push(NO_UNIT);
      cellClaims.push([]);
      originStamp.push(0);
      periodStamp.push(0);
    }
    return cell;
  };
  for (const type of types) {
    cellUnit.fill(NO_UNIT);
    for (const cell of cellsOfType) cellClaims[cell] = [];
    cellsOfType.length = 0;
    const s = ctx.selector(anyActOf(type), [], null);
    for (let p = 0; p < periods; p++) {
      const e = gatherEvidence(index, ctx.calendar, s, ctx.calendar.start(p), ctx.calendar.end(p), {
        quota: false,
        only: null,
        listIgnored: false,
      });
      // Entries by origin as linked lists: an origin's claims add up before origins combine.
      if (head.length < index.origins.length) head = new Int32Array(index.origins.length).fill(-1);
      const next = new Int32Array(e.size);
      const touched: number[] = [];
      for (let k = 0; k < e.size; k++) {
        if (((e.flags[k] as number) & CONTRARY) !== 0) continue;
        const o = e.origin[k] as number;
        if (head[o] === -1) touched.push(o);
        next[k] = head[o] as number;
        head[o] = k;
      }
      const thisPeriod = ++stamp;
      inPeriod.length = 0;
      for (const origin of touched) {
        const thisOrigin = ++stamp;
        local.length = 0;
        for (let k = head[origin] as number; k !== -1; k = next[k] as number) {
          const i = e.claim[k] as number;
          const from = index.categoryStart[i] as number;
          const to = index.categoryStart[i + 1] as number;
          const definite = ((e.flags[k] as number) & DEFINITE) !== 0;
          for (const c of contributionsFor(i)) {
            const min = definite ? c.min : 0;
            for (const agent of agentsOf(index.agents[i] as number)) {
              for (let j = from - 1; j < to; j++) {
                const category = j < from ? 0 : (index.categoryIds[j] as number);
                const cell = cellOf(keys.key(agent, category, c.role));
                if (originStamp[cell] !== thisOrigin) {
                  originStamp[cell] = thisOrigin;
                  sumMin[cell] = 0;
                  sumMax[cell] = 0;
                  sumClaims[cell] = 0;
                  local.push(cell);
                }
                sumMin[cell] = (sumMin[cell] as number) + min;
                sumMax[cell] = (sumMax[cell] as number) + c.max;
                sumClaims[cell] = (sumClaims[cell] as number) + 1;
                const met = cellClaims[cell] as number[];
                if (met.length === 0) cellsOfType.push(cell);
                if (met.at(-1) !== i) met.push(i);
                if (c.unit !== 0 && cellUnit[cell] !== c.unit)
                  cellUnit[cell] = cellUnit[cell] === NO_UNIT ? c.unit : MIXED_UNITS;
              }
            }
          }
        }
        head[origin] = -1;
        for (const cell of local) {
          if (periodStamp[cell] !== thisPeriod) {
            periodStamp[cell] = thisPeriod;
            const agent = keys.agent(cellKeys[cell] as number);
            folds[cell] = new PolicyFold(
              policy,
              index.origins,
              agent === keys.noAgent ? null : (index.parties[agent] ?? null),
              false,
            );
            inPeriod.push(cell);
          }
          (folds[cell] as PolicyFold).add(
            origin,
            sumMin[cell] as number,
            sumMax[cell] as number,
            sumClaims[cell] as number,
          );
        }
      }
      for (const cell of inPeriod) {
        const cellKey = cellKeys[cell] as number;
        const agent = keys.agent(cellKey);
        const by = agent === keys.noAgent ? null : (index.parties[agent] ?? null);
        const category = index.categoryNames.name(keys.category(cellKey));
        const role = ROLES[keys.role(cellKey)] ?? 'acts';
        const name = `${type}|${by ?? ''}|${category ?? ''}|${role}`;
        let total = totals.get(name);
        if (total === undefined) {
          total = {
            act: type,
            by,
            category,
            role,
            unit: NO_UNIT,
            min: 0,
            max: 0,
            claims: 0,
            from: new Set(),
          };
          totals.set(name, total);
        }
        for (const i of cellClaims[cell] as number[]) total.from.add(i);
        cellClaims[cell] = [];
        const unit = cellUnit[cell] as number;
        if (unit !== NO_UNIT && total.unit !== unit)
          total.unit = total.unit === NO_UNIT ? unit : MIXED_UNITS;
        const combined = (folds[cell] as PolicyFold).count();
        total.min += combined.min;
        total.max += combined.max;
        total.claims += combined.claims;
      }
    }
  }
  // Each act's row of what it is counted by first (persons released, then the releases).
  const rank = (t: Total) => {
    const main = countedRoles(t.act)[0] ?? 'acts';
    return t.role === main ? 0 : t.role === 'acts' ? 1 : 2;
  };
  return [...totals.values()]
    .map((t, order) => ({ t, order }))
    .sort((a, b) => rank(a.t) - rank(b.t) || a.order - b.order)
    .map(({ t }) => ({
      act: t.act,
      by: t.by,
      category: t.category,
      role: t.role,
      // One unit per row, by the vocabulary's name: rows whose figures mix units have none.
      unit: t.unit > 0 ? unitName(index.unitNames.name(t.unit) ?? '') : null,
      count: toRange(t.min, t.max),
      claims: t.claims,
      from: [...t.from].sort((a, b) => a - b).map((i) => index.ids[i] as ClaimId),
    }));
}

/** The agent parties' bit positions, or the slot for none when the claim names none. */
function agentSlots(agents: number, noAgent: number): number[] {
  if (agents === 0) return [noAgent];
  const slots: number[] = [];
  for (let bits = agents; bits !== 0; bits &= bits - 1) slots.push(31 - Math.clz32(bits & -bits));
  return slots;
}
