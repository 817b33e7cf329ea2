import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../src/core/agreement/agreement.js';
import type { Claim } from '../../../src/core/evidence/claim.js';
import type { ClaimChange } from '../../../src/core/evaluation/affected-cells.js';
import { normsReachedBy, typesAssessedFor } from '../../../src/core/evaluation/affected-cells.js';
import {
  advancedCells,
  changedTimes,
  periodsMet,
} from '../../../src/core/evaluation/advance-cells.js';
import { advancedTallies, computeTallies } from '../../../src/core/evaluation/compute-tallies.js';
import { EvaluationContext } from '../../../src/core/evaluation/evaluation-context.js';
import { AsOfWindow } from '../../../src/core/evaluation/as-of-window.js';
import { ClaimIndex } from '../../../src/core/evaluation/claim-index.js';
import { breachRunsOf } from '../../../src/core/evaluation/breach-runs.js';
import type { EventType } from '../../../src/core/vocabulary/event-types.js';
import type { CellFrame } from '../../../src/core/evaluation/evaluate.js';
import { evaluate, evaluateWithFrame } from '../../../src/core/evaluation/evaluate.js';
import type { CountedTally, Verdicts } from '../../../src/core/evaluation/verdicts.js';
import { fullEvaluation } from '../../../src/core/evaluation/verdicts.js';
import { gridOfVerdicts } from '../../../src/core/evaluation/verdict-grid.js';
import { jsonByFields } from '../../../src/core/api/json-by-fields.js';
import type { ClaimChangeValue } from './claim-lines.js';
import {
  claimChanges,
  RELEASE_LINE,
  claimFromLine,
  claimLines,
  DAILY_NORMS,
  POWER_ON_FIRE,
} from './claim-lines.js';
import { agreementWith, expectAsFresh } from './evaluation-fixtures.js';

/** Daily norms (one counting another's acts), and releases owed over the whole term. */
const NORMS = `${DAILY_NORMS}
  - id: all-releases
    kind: achievement
    per: once
    bearer: north
    ref: clause 5
    act: {event: release}
    quantity: {min: 40, unit: people}`;

/** A rule that counts releases: one more day for every ten beyond ten. */
const ruled = (automatic: boolean) => `duration: {days: 3}
  extensions:
    - id: more-releases
      ref: clause 6
      counts: releases
      beyond: 10
      step: 10
      adds: {days: 1}
      max_length: {days: 6}
      automatic: ${automatic}`;

/**
 * Agreements with tallied quantities, a norm counting another's acts, one owed over the
 * whole term, extension rules counting releases (automatic or judging reports), a power.
 */
const AGREEMENTS: readonly Agreement[] = [
  agreementWith(NORMS, 'categories: [[women, men, children]]'),
  agreementWith(NORMS, POWER_ON_FIRE, ruled(false)),
  agreementWith(NORMS, '', ruled(true)),
];

/** Mostly types the clauses read; a few the term, a power or nothing reads. */
const LINE_TYPES: readonly EventType[] = [
  'release',
  'release',
  'release',
  'list_delivered',
  'list_not_delivered',
  'rocket_fire',
  'truce_extended',
  'talks',
];
const line = claimLines({
  types: LINE_TYPES,
  origins: ['Wire', 'Agency', 'North Army'],
  categories: ['women', 'children', null],
  statuses: ['accepted', 'accepted', 'rejected', 'suggested'],
  grounds: false,
});

const changeArb = claimChanges(line, 2);
type ChangeValue = ClaimChangeValue;

/** The claims after one change (new claims numbered from `next`), and the change itself. */
function applied(
  claims: readonly Claim[],
  c: ChangeValue,
  next: number,
): { after: Claim[]; change: ClaimChange | null } {
  const added = (claim: Claim) => ({
    after: [...claims, claim],
    change: { before: null, after: claim },
  });
  if (c.kind === 'new') return added(claimFromLine(next, c.line));
  const before = claims[c.pick % Math.max(claims.length, 1)];
  if (before === undefined) return { after: [...claims], change: null };
  if (c.kind === 'supersede') {
    const hours = (iso: string | null) => (iso === null ? 0 : Date.parse(iso));
    const lo = hours(before.content.when.earliest);
    const hi = hours(before.content.when.latest);
    const at = new Date(Math.min(lo + c.within * 3_600_000, hi)).toISOString();
    return added({
      ...before,
      id: claimFromLine(next, RELEASE_LINE).id,
      content: {
        ...before.content,
        when: { ...before.content.when, earliest: at, latest: at },
        quantities: [{ unit: 'people', min: c.figure, max: c.figure, qualifier: 'exact' }],
      },
      status: 'accepted',
      knownAt: new Date(Date.parse(before.knownAt) + c.later * 3_600_000).toISOString(),
    });
  }
  const now: Claim | null =
    c.kind === 'drop'
      ? null
      : c.kind === 'edit'
        ? { ...claimFromLine(0, c.line), id: before.id }
        : { ...before, status: c.status as Claim['status'] };
  const after = claims.flatMap((x) => (x.id !== before.id ? [x] : now === null ? [] : [now]));
  return { after, change: { before, after: now } };
}

/** One change as `advanceEach` took it: the norms it reached, and the frame held before it. */
interface ChangeTaken {
  readonly kind: ChangeValue['kind'];
  readonly reached: ReturnType<typeof normsReachedBy>;
  readonly frameBefore: CellFrame;
  /** Whether the change was advanced; where the advance said it could not, a whole pass. */
  readonly advanced: boolean;
}

/**
 * Takes the changes in turn from a whole pass over `lines`, advancing the held evaluation where
 * the advance can and making it afresh where it says it cannot, as a server does, and checks
 * every advance byte for byte against the evaluation made afresh. `taken` is told of each change,
 * so a property can count the paths its cases met.
 */
function advanceEach(
  agreement: Agreement,
  lines: readonly Parameters<typeof claimFromLine>[1][],
  changes: readonly ChangeValue[],
  asOf: string,
  taken: (t: ChangeTaken) => void,
): void {
  let claims = lines.map((l, i) => claimFromLine(i + 1, l));
  let validity = { from: -Infinity, until: Infinity };
  let held: { verdicts: Verdicts; frame: CellFrame } = evaluateWithFrame(agreement, claims, asOf, {
    validity,
  });
  let next = 900;
  for (const c of changes) {
    const { after, change } = applied(claims, c, next++);
    if (change === null) continue;
    const reached = normsReachedBy(agreement, [change]);
    const moved = advancedCells(held.verdicts, held.frame, [change], validity);
    claims = after;
    taken({ kind: c.kind, reached, frameBefore: held.frame, advanced: moved !== null });
    if (moved === null) {
      validity = { from: -Infinity, until: Infinity };
      held = evaluateWithFrame(agreement, claims, asOf, { validity });
      continue;
    }
    held = moved;
    expectAsFresh(held.verdicts, validity, agreement, claims, asOf);
  }
}

const caseArb = fc.record({
  agreement: fc.constantFrom(...AGREEMENTS),
  lines: fc.array(line, { maxLength: 30 }),
  changes: fc.array(changeArb, { minLength: 1, maxLength: 5 }),
  asOf: fc.constantFrom('2024-03-02T12:00:00Z', '2024-03-06T00:00:00Z', '2024-03-09T00:00:00Z'),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** The claims after every change, each new claim numbered on from 900. */
function allApplied(first: readonly Claim[], changes: readonly ChangeValue[]): Claim[] {
  let claims = [...first];
  let next = 900;
  for (const c of changes) claims = applied(claims, c, next++).after;
  return claims;
}

/**
 * Each claim as it was and as it is, as a server pairs them after several appends: every id
 * held before or after, with the claim of each side (null where it has none), changed ones only.
 */
function pairedChanges(first: readonly Claim[], claims: readonly Claim[]): ClaimChange[] {
  const was = new Map(first.map((x) => [x.id, x]));
  const now = new Map(claims.map((x) => [x.id, x]));
  return [...new Set([...was.keys(), ...now.keys()])]
    .map((id) => ({ before: was.get(id) ?? null, after: now.get(id) ?? null }))
    .filter((ch) => ch.before !== ch.after);
}

/** A case's claims before and after its changes, the pairs a server reads, and the frame held. */
function beforeAndAfter({ agreement, lines, changes, asOf }: Case) {
  const first = lines.map((l, i) => claimFromLine(i + 1, l));
  const claims = allApplied(first, changes);
  const { calendar, shown } = evaluateWithFrame(agreement, first, asOf).frame;
  return {
    asOfMs: Date.parse(asOf),
    first,
    claims,
    batch: pairedChanges(first, claims),
    calendar,
    shown,
  };
}

/** A case's claims evaluated before its changes, and advanced by `batch` of them at once. */
function advancedOnce(
  { agreement, lines, changes, asOf }: Case,
  batchOf: (first: readonly Claim[], claims: readonly Claim[]) => ClaimChange[] = pairedChanges,
) {
  const first = lines.map((l, i) => claimFromLine(i + 1, l));
  const claims = allApplied(first, changes);
  const batch = batchOf(first, claims);
  const held = evaluateWithFrame(agreement, first, asOf);
  return { claims, batch, held, moved: advancedCells(held.verdicts, held.frame, batch) };
}

/** Claims in id order, as the store lists them. */
const inIdOrder = (of: readonly Claim[]): Claim[] =>
  [...of].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('an evaluation advanced cell by cell', () => {
  it('equals, byte for byte, the evaluation made afresh after any sequence of changes', () => {
    let advanced = 0;
    let withRule = 0;
    let superseding = 0;
    fc.assert(
      fc.property(caseArb, ({ agreement, lines, changes, asOf }) => {
        advanceEach(agreement, lines, changes, asOf, ({ kind, reached, advanced: made }) => {
          if (!made || reached.kind !== 'norms') return;
          advanced += 1;
          if (reached.countedByRule) withRule += 1;
          if (kind === 'supersede') superseding += 1;
        });
      }),
      { numRuns: 200 },
    );
    // The cases that matter were met: cells assessed again, under a rule, after a correction.
    expect(advanced).toBeGreaterThan(100);
    expect(withRule).toBeGreaterThan(20);
    expect(superseding).toBeGreaterThan(20);
  }, 120_000);

  it("takes the index of some types kept across other types' advances, or the whole pass's, as it reads them afresh", () => {
    let keptAcross = 0;
    let passAcross = 0;
    fc.assert(
      fc.property(
        caseArb,
        fc.array(changeArb, { minLength: 2, maxLength: 8 }),
        ({ agreement, lines, asOf }, changes) => {
          advanceEach(agreement, lines, changes, asOf, ({ reached, frameBefore }) => {
            if (reached.kind !== 'norms') return;
            const types = typesAssessedFor(agreement, reached.norms);
            const name = [...types].sort().join(',');
            const names = [...frameBefore.typesIndexed.keys()];
            const { moved } = frameBefore.passIndex;
            if (names.includes(name) && names.at(-1) !== name) keptAcross += 1;
            else if (
              !names.includes(name) &&
              moved.size > 0 &&
              ![...types].some((t) => moved.has(t))
            )
              passAcross += 1;
          });
        },
      ),
      { numRuns: 150 },
    );
    // Both paths were met: an index kept while another types' advance came between, and the
    // whole pass's index taken after changes had reached other types.
    expect(keptAcross).toBeGreaterThan(20);
    expect(passAcross).toBeGreaterThan(40);
  }, 120_000);

  it('lists accusations again without assessing any cell, as the evaluation made afresh lists them', () => {
    const accusing = claimLines({
      types: ['accusation', 'accusation', 'release', 'rocket_fire', 'talks'],
      origins: ['Wire', 'Agency', 'North Army'],
      categories: ['women', null],
      statuses: ['accepted', 'accepted', 'rejected', 'suggested'],
      grounds: false,
    });
    let listedAgain = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...AGREEMENTS),
        fc.array(accusing, { maxLength: 20 }),
        fc.array(claimChanges(accusing, 2), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('2024-03-02T12:00:00Z', '2024-03-09T00:00:00Z'),
        (agreement, lines, changes, asOf) => {
          advanceEach(agreement, lines, changes, asOf, ({ reached, advanced }) => {
            if (advanced && reached.kind === 'norms' && reached.accusations) listedAgain += 1;
          });
        },
      ),
      { numRuns: 200 },
    );
    expect(listedAgain).toBeGreaterThan(100);
  }, 120_000);

  it("makes its grid and the grid's text from those before, as they are made afresh", () => {
    let keptPeriods = 0;
    fc.assert(
      fc.property(caseArb, ({ agreement, lines, changes, asOf }) => {
        let claims = lines.map((l, i) => claimFromLine(i + 1, l));
        let held: { verdicts: Verdicts; frame: CellFrame } = evaluateWithFrame(
          agreement,
          claims,
          asOf,
        );
        let grid = gridOfVerdicts(held.verdicts);
        let text = jsonByFields(grid, null).fields;
        let next = 900;
        for (const c of changes) {
          const { after, change } = applied(claims, c, next++);
          if (change === null) continue;
          claims = after;
          const moved = advancedCells(held.verdicts, held.frame, [change]);
          if (moved === null) {
            held = evaluateWithFrame(agreement, claims, asOf);
            grid = gridOfVerdicts(held.verdicts);
            text = jsonByFields(grid, null).fields;
            continue;
          }
          const before = grid;
          grid = gridOfVerdicts(moved.verdicts, { verdicts: held.verdicts, grid });
          keptPeriods += grid.periods.filter((p, k) => p === before.periods[k]).length;
          const sent = jsonByFields(grid, text);
          const fresh = gridOfVerdicts(evaluateWithFrame(agreement, claims, asOf).verdicts);
          expect(grid).toEqual(fresh);
          expect(sent.text).toBe(JSON.stringify(fresh));
          held = moved;
          text = sent.fields;
        }
      }),
      { numRuns: 200 },
    );
    // Periods the changes did not reach were taken from the grid before, not made again.
    expect(keptPeriods).toBeGreaterThan(100);
  }, 120_000);

  it('equals the evaluation made afresh when a batch of changes is advanced at once', () => {
    let batches = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const { agreement, asOf } = c;
        // What the server reads after several appends, less a claim changed and changed back.
        const { claims, batch, moved } = advancedOnce(c, (first, after) =>
          pairedChanges(first, after).filter(
            (ch) => JSON.stringify(ch.before) !== JSON.stringify(ch.after),
          ),
        );
        if (moved === null || batch.length < 2) return;
        batches += 1;
        expect(JSON.stringify(fullEvaluation(moved.verdicts))).toBe(
          JSON.stringify(evaluate(agreement, claims, asOf)),
        );
      }),
      { numRuns: 200 },
    );
    expect(batches).toBeGreaterThan(10);
  }, 120_000);

  it('sums tallies made again in the periods changes meet with those kept, as a whole pass does', () => {
    let partial = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const { agreement } = c;
        const { asOfMs, first, claims, batch, calendar, shown } = beforeAndAfter(c);
        const contextOf = (of: readonly Claim[]) => {
          const index = new ClaimIndex(agreement, inIdOrder(of), asOfMs, []);
          index.place(calendar);
          return new EvaluationContext(agreement, index, calendar, new AsOfWindow(asOfMs));
        };
        const before = contextOf(first);
        const after = contextOf(claims);
        const met = periodsMet(changedTimes(batch, before.index, after.index), calendar, shown);
        if (met.length > 0 && met.length < shown) partial += 1;
        const types = new Set(LINE_TYPES);
        const held = computeTallies(before, shown).byPeriod;
        const rows = (tallies: readonly CountedTally[]) =>
          tallies.map((t) => ({ ...t, from: t.from() }));
        expect(rows(advancedTallies(after, held, types, met).tallies)).toEqual(
          rows(computeTallies(after, shown).tallies),
        );
      }),
      { numRuns: 300 },
    );
    // Most cases keep some periods: the sum of kept and remade rows is what is tested.
    expect(partial).toBeGreaterThan(100);
  }, 120_000);

  it("counts a rule's releases again only in the parts changes meet, as a whole pass counts them", () => {
    let kept = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const { agreement, asOf } = c;
        const { claims, batch, held, moved } = advancedOnce(c);
        const reached = normsReachedBy(agreement, batch);
        if (moved === null || reached.kind !== 'norms' || !reached.countedByRule) return;
        const heldParts = new Set(held.frame.allowances.flatMap((a) => a.parts.flat()));
        if (moved.frame.allowances.some((a) => a.parts.flat().some((p) => heldParts.has(p))))
          kept += 1;
        // Every part, its claims and the origins used, not only the count the verdicts show.
        expect(moved.frame.allowances).toEqual(
          evaluateWithFrame(agreement, claims, asOf).frame.allowances,
        );
      }),
      { numRuns: 300 },
    );
    // Parts the changes did not meet were taken from the count before, not counted again.
    expect(kept).toBeGreaterThan(20);
  }, 120_000);

  it("places each instance's breaches where a whole pass lists them, after any sequence of changes", () => {
    let copied = 0;
    fc.assert(
      fc.property(caseArb, ({ agreement, lines, changes, asOf }) => {
        let claims = lines.map((l, i) => claimFromLine(i + 1, l));
        let held = evaluateWithFrame(agreement, claims, asOf);
        let next = 900;
        for (const c of changes) {
          const { after, change } = applied(claims, c, next++);
          if (change === null) continue;
          claims = after;
          const moved = advancedCells(held.verdicts, held.frame, [change]);
          if (moved === null || moved.frame.breachRuns === null) {
            held = evaluateWithFrame(agreement, claims, asOf);
            continue;
          }
          const runs = moved.frame.breachRuns;
          const fresh = breachRunsOf(evaluate(agreement, claims, asOf).breaches);
          // Runs of no breach are kept by name only; a whole pass's list names none.
          const nonEmpty = [...runs.runs].filter(([, r]) => r.end > r.start);
          expect(new Map(nonEmpty)).toEqual(fresh?.runs);
          expect(runs.accusationsFrom).toBe(fresh?.accusationsFrom);
          if (held.frame.breachRuns !== null && nonEmpty.length > 0) copied += 1;
          held = moved;
        }
      }),
      { numRuns: 200 },
    );
    // Advances that took the runs the advance before left, not found again.
    expect(copied).toBeGreaterThan(20);
  }, 120_000);

  it('meets the same periods with an index advanced from the one before as with one made afresh', () => {
    let moved = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const { agreement } = c;
        const { asOfMs, first, claims, batch, calendar, shown } = beforeAndAfter(c);
        const types = new Set(LINE_TYPES);
        const before = new ClaimIndex(agreement, inIdOrder(first), asOfMs, []);
        // The advanced index pairs its claims with those before by where it copied them from.
        const advanced = ClaimIndex.advanced(before, batch, types, new AsOfWindow(asOfMs));
        const fresh = new ClaimIndex(agreement, inIdOrder(claims), asOfMs, []);
        const met = (after: ClaimIndex) =>
          periodsMet(changedTimes(batch, before, after), calendar, shown);
        // Claims whose supersession moved add periods beyond the changed claims' own: rare, hence
        // the thousand runs.
        if (
          met(advanced).length >
          periodsMet(changedTimes(batch, before, before), calendar, shown).length
        )
          moved += 1;
        expect(met(advanced)).toEqual(met(fresh));
      }),
      { numRuns: 1000 },
    );
    expect(moved).toBeGreaterThan(3);
  }, 120_000);

  it('indexes claims advanced by any changes as it indexes them afresh, in every reading', () => {
    let swept = 0;
    fc.assert(
      fc.property(
        caseArb,
        fc.constantFrom<readonly EventType[]>(
          ['release'],
          ['release', 'rocket_fire', 'list_delivered'],
          [...new Set(LINE_TYPES)],
        ),
        fc.boolean(),
        ({ agreement, lines, changes, asOf }, typeList, batched) => {
          const types = new Set(typeList);
          const asOfMs = Date.parse(asOf);
          const ofTypes = (claims: readonly Claim[]) =>
            claims.filter((c) => types.has(c.content.type));
          const first = lines.map((l, i) => claimFromLine(i + 1, l));
          let claims = first;
          let index = new ClaimIndex(agreement, ofTypes(claims), asOfMs, []);
          let next = 900;
          const all: ClaimChange[] = [];
          for (const c of changes) {
            const { after, change } = applied(claims, c, next++);
            claims = after;
            if (change === null) continue;
            all.push(change);
            if (c.kind === 'supersede') swept += 1;
            if (!batched)
              index = ClaimIndex.advanced(index, [change], types, new AsOfWindow(asOfMs));
          }
          const window = new AsOfWindow(asOfMs);
          if (batched) {
            index = ClaimIndex.advanced(index, pairedChanges(first, claims), types, window);
          } else index = ClaimIndex.advanced(index, all.slice(-1), types, window);
          const freshWindow = new AsOfWindow(asOfMs);
          const fresh = new ClaimIndex(agreement, ofTypes(claims), asOfMs, [], freshWindow);
          expect(readingOf(index)).toEqual(readingOf(fresh));
          // Told the nearest knownAt of every claim it holds, as a fresh index is.
          expect([window.from, window.until]).toEqual([freshWindow.from, freshWindow.until]);
        },
      ),
      { numRuns: 300 },
    );
    expect(swept).toBeGreaterThan(50);
  }, 120_000);

  it("indexes some types' claims advanced from an index of every claim as it indexes them afresh", () => {
    let setAside = 0;
    let moved = 0;
    fc.assert(
      fc.property(
        caseArb,
        fc.constantFrom<readonly EventType[]>(
          ['release'],
          ['release', 'rocket_fire', 'list_delivered'],
          ['rocket_fire'],
        ),
        ({ agreement, lines, changes, asOf }, typeList) => {
          const types = new Set(typeList);
          const asOfMs = Date.parse(asOf);
          // An index of every claim before the changes, as a whole pass leaves it; the changes
          // after, so that reports of one act supersede one another.
          const first = inIdOrder(lines.map((l, i) => claimFromLine(i + 1, l)));
          const claims = inIdOrder(allApplied(first, changes));
          const batch = pairedChanges(first, claims);
          if (batch.some((c) => types.has((c.after ?? c.before)?.content.type as EventType)))
            moved += 1;
          const whole = new ClaimIndex(agreement, first, asOfMs, []);
          const window = new AsOfWindow(asOfMs);
          const advanced = ClaimIndex.advanced(whole, batch, types, window);
          const freshWindow = new AsOfWindow(asOfMs);
          const fresh = new ClaimIndex(
            agreement,
            claims.filter((c) => types.has(c.content.type)),
            asOfMs,
            [],
            freshWindow,
          );
          expect(readingOf(advanced)).toEqual(readingOf(fresh));
          if (fresh.supersededBy.some((by) => by !== -1)) setAside += 1;
          // Told the nearest knownAt of the types' claims, not those of every claim.
          expect([window.from, window.until]).toEqual([freshWindow.from, freshWindow.until]);
        },
      ),
      { numRuns: 300 },
    );
    expect(setAside).toBeGreaterThan(10);
    expect(moved).toBeGreaterThan(100);
  }, 120_000);

  it('names the report left superseding a claim when the one it named is withdrawn', () => {
    const types = new Set<EventType>(['release']);
    const asOfMs = Date.parse('2024-03-09T00:00:00Z');
    // Three reports of one act by one origin, each known later: the last supersedes the first.
    const [first, second, third] = [40, 41, 42].map((known, k) =>
      claimFromLine(k + 1, { ...RELEASE_LINE, known }),
    ) as [Claim, Claim, Claim];
    const held = new ClaimIndex(AGREEMENTS[0] as Agreement, [first, second, third], asOfMs, []);
    expect(held.ids[held.supersededBy[0] as number]).toBe(third.id);
    const withdrawn = { ...third, status: 'retracted' as const };
    const change = { before: third, after: withdrawn };
    const advanced = ClaimIndex.advanced(held, [change], types, new AsOfWindow(asOfMs));
    expect(advanced.ids[advanced.supersededBy[0] as number]).toBe(second.id);
    const dropped = ClaimIndex.advanced(
      held,
      [{ before: third, after: null }],
      types,
      new AsOfWindow(asOfMs),
    );
    expect(readingOf(dropped)).toEqual(
      readingOf(new ClaimIndex(AGREEMENTS[0] as Agreement, [first, second], asOfMs, [])),
    );
  });
  it("keeps the powers where a trigger norm's cells read as held, and no advance where one flips", () => {
    const agreement = agreementWith(NORMS, POWER_ON_FIRE);
    // Fire of both sides and the power's exercise, that the trigger's verdicts and time move.
    const fire = claimLines({
      types: ['rocket_fire', 'rocket_fire', 'armed_attack', 'truce_end', 'truce_end'],
      origins: ['Wire', 'Agency', 'North Army'],
      categories: [null],
      statuses: ['accepted', 'accepted', 'rejected', 'suggested'],
      grounds: false,
    });
    let kept = 0;
    let flipped = 0;
    fc.assert(
      fc.property(
        fc.array(fire, { maxLength: 20 }),
        fc.array(claimChanges(fire), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('2024-03-03T00:00:00Z', '2024-03-09T00:00:00Z'),
        (lines, changes, asOf) => {
          let claims = lines.map((l, i) => claimFromLine(i + 1, l));
          let held = evaluateWithFrame(agreement, claims, asOf);
          let next = 900;
          for (const c of changes) {
            const { after, change } = applied(claims, c, next++);
            if (change === null) continue;
            claims = after;
            const reached = normsReachedBy(agreement, [change]);
            const moved = advancedCells(held.verdicts, held.frame, [change]);
            const fresh = evaluateWithFrame(agreement, claims, asOf);
            if (reached.kind === 'norms' && reached.triggering.size > 0) {
              const same =
                JSON.stringify(fresh.verdicts.powers) === JSON.stringify(held.verdicts.powers);
              if (moved !== null) kept += 1;
              if (!same) flipped += 1;
            }
            if (moved !== null)
              expect(JSON.stringify(fullEvaluation(moved.verdicts))).toBe(
                JSON.stringify(fullEvaluation(fresh.verdicts)),
              );
            held = moved ?? fresh;
          }
        },
      ),
      { numRuns: 400 },
    );
    // Both were met: fire that left the power as it was, and fire that moved it.
    expect(kept).toBeGreaterThan(200);
    expect(flipped).toBeGreaterThan(40);
  }, 120_000);
  it('takes no advance where fire reported earlier in a violated cell moves when the power could be used', () => {
    const agreement = agreementWith(NORMS, POWER_ON_FIRE);
    const asOf = '2024-03-09T00:00:00Z';
    const at = (n: number, type: string, agent: 'north' | 'south', start: number) =>
      claimFromLine(n, { ...RELEASE_LINE, type, agent, category: null, start, known: start + 1 });
    // South's fire at 10:00 triggers the power; North's end at 08:00 came before it, so unused.
    const claims = [at(1, 'rocket_fire', 'south', 10), at(2, 'truce_end', 'north', 8)];
    const held = evaluateWithFrame(agreement, claims, asOf);
    expect(held.verdicts.powers[0]?.state).not.toBe('exercised');
    // Fire at 06:00 the same day: the cell stays violated, but the trigger now precedes the end.
    const earlier = at(3, 'rocket_fire', 'south', 6);
    const moved = advancedCells(held.verdicts, held.frame, [{ before: null, after: earlier }]);
    const fresh = evaluateWithFrame(agreement, [...claims, earlier], asOf);
    expect(fresh.verdicts.powers[0]?.state).toBe('exercised');
    expect(moved).toBeNull();
  });
});

/** Everything an index read of its claims, as plain values. */
function readingOf(index: ClaimIndex) {
  const names = (ids: { name(id: number): string | null; size: number }) =>
    Array.from({ length: ids.size }, (_, k) => ids.name(k + 1));
  return {
    ids: index.ids,
    claims: index.claims,
    arrays: Object.fromEntries(
      (
        [
          'lo',
          'hi',
          'origin',
          'agents',
          'targets',
          'persons',
          'exclusion',
          'modality',
          'quota',
          'supersededBy',
          'outside',
          'setAside',
          'figureMin',
          'figureMax',
          'unit',
          'categoryStart',
          'categoryIds',
        ] as const
      ).map((field) => [field, Array.from(index[field])]),
    ),
    origins: index.origins,
    units: names(index.unitNames),
    categories: names(index.categoryNames),
    types: [...new Set(index.claims.map((c) => c.content.type))].map((t) => index.ofType(t)),
  };
}
