import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../src/core/agreement/agreement.js';
import type { Claim } from '../../../src/core/evidence/claim.js';
import type { AffectedCells, ClaimChange } from '../../../src/core/evaluation/affected-cells.js';
import { cellIsAffected, cellsAffectedBy } from '../../../src/core/evaluation/affected-cells.js';
import { advancedVerdicts } from '../../../src/core/evaluation/advance-verdicts.js';
import { evaluate, evaluateVerdicts } from '../../../src/core/evaluation/evaluate.js';
import type { Evaluation, NormResult } from '../../../src/core/evaluation/evaluation.js';
import type { ClaimChangeValue, ClaimLine } from './claim-lines.js';
import {
  claimChanges,
  RELEASE_LINE,
  claimFromLine,
  claimLines,
  DAILY_NORMS,
  POWER_ON_FIRE,
  supersedeArb,
} from './claim-lines.js';
import { agreementWith, expectAsFresh } from './evaluation-fixtures.js';

/** Daily norms, one counting another's acts, and a withdrawal owed once. */
const NORMS = `${DAILY_NORMS}
  - id: pull-back
    kind: achievement
    per: once
    bearer: south
    ref: clause 5
    act: {event: withdrawal}`;

const EXCEPTION = `exceptions:
  - {id: self-defence, to: [no-fire], ground: self_defence, ref: clause 4 bis}`;
const TOTAL = `totals:
  - id: held-by-north
    stated: 20
    reported: {event: held, by: north}
    ref: the captives north holds`;

/** Agreements with tallied quantities, a count of another norm, a power, an exception, a total. */
const AGREEMENTS: readonly Agreement[] = [
  agreementWith(NORMS, 'categories: [[women, men, children]]'),
  agreementWith(NORMS, POWER_ON_FIRE),
  agreementWith(NORMS, EXCEPTION),
  agreementWith(NORMS, TOTAL),
];

/** Types read by clauses, by the term and a power, by a total, and by nothing. */
const line = claimLines({
  types: [
    'release',
    'release',
    'list_delivered',
    'list_not_delivered',
    'rocket_fire',
    'withdrawal',
    'truce_end',
    'held',
    'talks',
    'demand',
    'accusation',
  ],
  origins: ['Wire', 'Agency', 'North Army', 'South Command'],
  categories: ['women', 'children', 'men', null],
  statuses: ['accepted', 'accepted', 'rejected', 'suggested'],
  grounds: true,
});

const changeArb = claimChanges(line);
type ChangeValue = ClaimChangeValue;

const caseOf = (change: fc.Arbitrary<ChangeValue>, agreements = AGREEMENTS) =>
  fc.record({
    agreement: fc.constantFrom(...agreements),
    lines: fc.array(line, { maxLength: 30 }),
    change,
    asOf: fc.constantFrom('2024-03-02T12:00:00Z', '2024-03-06T00:00:00Z'),
  });
const caseArb = caseOf(changeArb);

/** The claims after the change, and the claim before and after it. */
function applied(
  lines: readonly ClaimLine[],
  c: ChangeValue,
): { before: Claim[]; after: Claim[]; change: ClaimChange } {
  const claims = lines.map((l, i) => claimFromLine(i + 1, l));
  const added = (claim: Claim) => ({
    before: claims,
    after: [...claims, claim],
    change: { before: null, after: claim },
  });
  if (c.kind === 'new') return added(claimFromLine(900, c.line));
  if (c.kind === 'supersede') {
    const l = lines[c.pick % Math.max(lines.length, 1)];
    if (l === undefined)
      return { before: claims, after: claims, change: { before: null, after: null } };
    return added(
      claimFromLine(900, {
        ...l,
        start: l.start + Math.min(c.within, l.span),
        span: 0,
        figure: c.figure,
        known: l.known + c.later,
        status: 'accepted',
      }),
    );
  }
  const before = claims[c.pick % Math.max(claims.length, 1)];
  if (before === undefined)
    return { before: claims, after: claims, change: { before: null, after: null } };
  const now: Claim | null =
    c.kind === 'drop'
      ? null
      : c.kind === 'edit'
        ? { ...claimFromLine(0, c.line), id: before.id }
        : { ...before, status: c.status as Claim['status'] };
  const after = claims.flatMap((x) => (x.id !== before.id ? [x] : now === null ? [] : [now]));
  return { before: claims, after, change: { before, after: now } };
}

/** The cells a fresh evaluation holds, by address, as JSON. */
function cellsOf(e: Evaluation): Map<string, string> {
  const cells = new Map<string, string>();
  const add = (period: number | 'once', results: readonly NormResult[]) => {
    for (const r of results) {
      const key = `${r.norm}|${period}`;
      cells.set(key, (cells.get(key) ?? '') + JSON.stringify(r));
    }
  };
  for (const p of e.periods) add(p.index, p.norms);
  add('once', e.once);
  return cells;
}

/** Whether the evaluations agree outside the cells `affected` names. */
function agreeOutside(affected: AffectedCells, before: Evaluation, after: Evaluation): boolean {
  if (affected.kind === 'everything') return true;
  if (affected.kind === 'nothing')
    return (
      JSON.stringify({ ...before, claims: null }) === JSON.stringify({ ...after, claims: null })
    );
  const shown = (e: Evaluation) =>
    JSON.stringify([e.term, e.powers, e.periods.map((p) => [p.start, p.end, p.inTerm])]);
  if (shown(before) !== shown(after)) return false;
  const now = cellsOf(after);
  for (const [key, cell] of cellsOf(before)) {
    const [norm = '', period = ''] = key.split('|');
    const address = { norm, period: period === 'once' ? ('once' as const) : Number(period) };
    if (!cellIsAffected(affected, address) && now.get(key) !== cell) return false;
  }
  return true;
}

describe('the cells an appended claim can change', () => {
  it('are all that changes: every cell left out is the same in evaluations made afresh before and after', () => {
    fc.assert(
      fc.property(caseArb, ({ agreement, lines, change: c, asOf }) => {
        const { before: claims, after, change } = applied(lines, c);
        const before = evaluate(agreement, claims, asOf);
        const affected = cellsAffectedBy(agreement, before.periods, change);
        expect(agreeOutside(affected, before, evaluate(agreement, after, asOf))).toBe(true);
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('are all that changes when the claim sets aside an earlier report of the same act', () => {
    fc.assert(
      fc.property(caseOf(supersedeArb, AGREEMENTS.slice(0, 1)), (k) => {
        const { before: claims, after, change } = applied(k.lines, k.change);
        const before = evaluate(k.agreement, claims, k.asOf);
        const affected = cellsAffectedBy(k.agreement, before.periods, change);
        expect(agreeOutside(affected, before, evaluate(k.agreement, after, k.asOf))).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('an evaluation advanced by a change that reaches no cell equals the one made afresh after it', () => {
    let advanced = 0;
    fc.assert(
      fc.property(caseArb, ({ agreement, lines, change: c, asOf }) => {
        const { before: claims, after, change } = applied(lines, c);
        const validity = { from: -Infinity, until: Infinity };
        const verdicts = advancedVerdicts(
          evaluateVerdicts(agreement, claims, asOf, { validity }),
          [agreement],
          [change],
          validity,
        );
        if (verdicts === null) return;
        advanced += 1;
        expectAsFresh(verdicts, validity, agreement, after, asOf);
      }),
      { numRuns: 400 },
    );
    expect(advanced).toBeGreaterThan(20);
  });

  it('reach every cell when the claim can move the term, a power or another claim', () => {
    const [plain, withPower] = AGREEMENTS as [Agreement, Agreement];
    const of = (l: Partial<ClaimLine>): Claim =>
      claimFromLine(1, { ...RELEASE_LINE, status: 'suggested', ...l });
    const periods = evaluate(plain, [], '2024-03-06T00:00:00Z').periods;
    const affected = (a: Agreement, claim: Claim) =>
      cellsAffectedBy(a, periods, { before: null, after: claim });
    expect(affected(withPower, of({ type: 'truce_end' }))).toEqual({
      kind: 'everything',
      because: 'power',
    });
    expect(affected(plain, of({ status: 'accepted' }))).toEqual({
      kind: 'everything',
      because: 'supersession',
    });
    expect(affected(plain, of({ type: 'talks', status: 'accepted' }))).toEqual({ kind: 'nothing' });
    // A suggested release on 2 March: the releases owed that day, and the exchange counting them.
    expect(affected(plain, of({}))).toEqual({
      kind: 'cells',
      cells: [
        { kind: 'periods', norm: 'releases', from: 2, through: 2 },
        { kind: 'periods', norm: 'exchange', from: 2, through: 2 },
      ],
    });
  });
});
