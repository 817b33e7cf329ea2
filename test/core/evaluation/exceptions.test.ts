import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAgreement } from '../../../src/core/agreement/parse-agreement.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import type { Claim } from '../../../src/core/evidence/claim.js';
import { agreementWith, at, by, claimOf, from } from './evaluation-fixtures.js';

const NO_ATTACKS = `
  - id: no-attacks
    kind: prohibition
    bearer: [north, south]
    act: {event: [armed_attack, shelling]}
    ref: clause 1`;
const SELF_DEFENCE = `exceptions:
  - {id: self-defence, to: [no-attacks], ground: self_defence, ref: article 4}`;
const AGREEMENT = agreementWith(NO_ATTACKS, SELF_DEFENCE);

/** An attack by north on 2 March, told by `origin`, with the ground it gives. */
const attack = (
  n: number,
  origin: ReturnType<typeof from>,
  justification?: { ground: string; stance: 'claimed' | 'denied' },
  day = 2,
): Claim =>
  claimOf(n, {
    type: 'armed_attack',
    actors: [by('north')],
    when: at(`2024-03-0${day}T12:00:00Z`),
    attribution: origin,
    ...(justification === undefined ? {} : { justification }),
  });
const NORTH = from('North Army', 'party');
const SOUTH = from('South Command', 'party');
const WIRE = from('Wire');
const CLAIMED = { ground: 'self_defence', stance: 'claimed' } as const;
const DENIED = { ground: 'self_defence', stance: 'denied' } as const;

const day2 = (claims: Claim[], agreement = AGREEMENT) =>
  evaluate(agreement, claims, '2024-03-10T00:00:00Z').periods[1]?.norms.find(
    (n) => n.norm === 'no-attacks' && n.bearer === 'north',
  );

describe('exceptions with priority', () => {
  it('shows an act its author claims as self-defence beside the prohibition, which it does not break', () => {
    const e = evaluate(AGREEMENT, [attack(1, NORTH, CLAIMED)], '2024-03-10T00:00:00Z');
    const r = e.periods[1]?.norms.find((n) => n.norm === 'no-attacks' && n.bearer === 'north');
    expect(r).toMatchObject({ verdict: 'fulfilled', lifecycle: 'fulfilled' });
    expect(r?.explanation.exceptions).toEqual([
      {
        exception: 'self-defence',
        ref: 'article 4',
        claim: 'clm_000001',
        ground: 'self_defence',
        contestedBy: [],
      },
    ]);
    expect(e.breaches).toEqual([]);
  });

  it('is disputed when another origin denies the ground', () => {
    const r = day2([attack(1, NORTH, CLAIMED), attack(2, SOUTH, DENIED)]);
    expect(r).toMatchObject({ verdict: 'disputed', lifecycle: 'unsettled' });
    expect(r?.explanation.exceptions?.[0]?.contestedBy).toEqual(['clm_000002']);
  });

  it('takes the ground only from the act’s author: an outlet saying so excuses nothing', () => {
    expect(day2([attack(1, WIRE, CLAIMED)])?.verdict).toBe('violated');
  });

  it('stays violated by another act the exception does not cover, the excepted one shown', () => {
    const r = day2([attack(1, NORTH, CLAIMED), attack(2, WIRE)]);
    expect(r?.verdict).toBe('violated');
    expect(r?.explanation.exceptions?.map((x) => x.claim)).toEqual(['clm_000001']);
  });

  it('makes no way without the exception in the agreement', () => {
    expect(day2([attack(1, NORTH, CLAIMED)], agreementWith(NO_ATTACKS))?.verdict).toBe('violated');
  });

  it('decides by the rule whatever the claims: violated, disputed or fulfilled', () => {
    const kinds = fc.constantFrom('plain', 'claimed-by-author', 'claimed-by-wire', 'denial');
    fc.assert(
      fc.property(fc.array(kinds, { maxLength: 6 }), (list) => {
        const claims = list.map((k, i) =>
          k === 'plain'
            ? attack(i + 1, WIRE)
            : k === 'claimed-by-author'
              ? attack(i + 1, NORTH, CLAIMED)
              : k === 'claimed-by-wire'
                ? attack(i + 1, WIRE, CLAIMED)
                : attack(i + 1, SOUTH, DENIED),
        );
        const author = list.includes('claimed-by-author');
        // A denial of the ground reports the same act: it contests an act claimed under it,
        // and alone is one more report of an attack.
        const other = list.some((k) => k === 'plain' || k === 'claimed-by-wire');
        const denied = list.includes('denial');
        const expected = other
          ? 'violated'
          : author
            ? denied
              ? 'disputed'
              : 'fulfilled'
            : denied
              ? 'violated'
              : 'fulfilled';
        expect(day2(claims)?.verdict).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a conflict between two clauses', () => {
  const WITHDRAW = `
  - id: withdraw
    kind: achievement
    per: once
    bearer: north
    act: {event: ground_operation}
    ref: clause 2
  - id: no-moves
    kind: prohibition
    bearer: north
    act: {event: ground_operation}
    ref: clause 3`;

  it('is an error at validation, naming both clauses and how to say which prevails', () => {
    const text = `id: conflict\ntitle: t\nref: t\ntimezone: UTC\nparties: [{id: north}, {id: south}]\nterm: {start: 2024-03-01T00:00, ref: t}\nnorms:${WITHDRAW}\n`;
    const checked = checkAgreement(text);
    expect(checked.ok ? [] : checked.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'norms[0].act: requires what `no-moves` forbids (ground_operation by north); say which prevails with an exception `{id: …, to: [no-moves], for: withdraw, ref: …}`',
    ]);
  });

  it('is resolved by an exception, and the required act then breaks nothing', () => {
    const a = agreementWith(
      WITHDRAW,
      'exceptions: [{id: moves-allowed, to: [no-moves], for: withdraw, ref: clause 3 bis}]',
    );
    const moved = claimOf(1, {
      type: 'ground_operation',
      actors: [by('north')],
      when: at('2024-03-02T12:00:00Z'),
    });
    const e = evaluate(a, [moved], '2024-03-10T00:00:00Z');
    expect(e.once.find((r) => r.norm === 'withdraw')?.verdict).toBe('fulfilled');
    const r = e.periods[1]?.norms.find((n) => n.norm === 'no-moves');
    expect(r).toMatchObject({ verdict: 'fulfilled' });
    expect(r?.explanation.exceptions?.[0]).toMatchObject({ claim: 'clm_000001', ground: null });
  });
});
