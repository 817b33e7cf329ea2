import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAgreement } from '../../../src/core/agreement/parse-agreement.js';
import { ClaimContent } from '../../../src/core/evidence/claim.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { agreementWith, at, by, claimOf } from './evaluation-fixtures.js';

/** North may not fire from, or into, the border strip, as the clause says. */
const noFire = (where?: string) =>
  agreementWith(
    `
  - id: no-fire
    kind: prohibition
    bearer: north
    act: {event: rocket_fire, area: strip${where === undefined ? '' : `, where: ${where}`}}
    ref: art. 2`,
    `areas: [{id: strip, places: [Border Strip], within: [Borderland]}]`,
  );
const place = (name: string) => ({ name, lat: null, lon: null, precision: 'city' as const });
const fire = (landed: string | null, launched?: string | null) =>
  claimOf(1, {
    type: 'rocket_fire',
    when: at('2024-03-02T12:00:00Z'),
    actors: [by('north')],
    where: landed === null ? null : place(landed),
    ...(launched === undefined || launched === null ? {} : { launchedFrom: place(launched) }),
  });
const verdict = (where: string | undefined, claim: ReturnType<typeof fire>) =>
  evaluate(noFire(where), [claim], '2024-03-10T00:00:00Z').periods[1]?.norms[0]?.verdict;

describe('two places for one act: launched from one, landing in another', () => {
  it('reads the area as where the fire landed, as before, unless the clause says otherwise', () => {
    const fromStripIntoTown = fire('Hilltown', 'Border Strip');
    expect(verdict(undefined, fromStripIntoTown)).toBe('fulfilled');
    expect(verdict('landed_in', fromStripIntoTown)).toBe('fulfilled');
    expect(verdict('launched_from', fromStripIntoTown)).toBe('violated');
    expect(verdict('either', fromStripIntoTown)).toBe('violated');
  });

  it('takes a launch site the claim does not give as possibly in the area', () => {
    expect(verdict('launched_from', fire('Hilltown'))).toBe('unknown');
    expect(verdict('either', fire('Hilltown'))).toBe('unknown');
    expect(verdict('either', fire('Border Strip'))).toBe('violated');
  });

  it('reads a claim recorded before launch sites existed exactly as before', () => {
    // The key stays absent, so the claim's canonical JSON, and its hash, do not change.
    const old = ClaimContent.parse(fire('Hilltown').content);
    expect('launchedFrom' in old).toBe(false);
  });

  it('finds `either` in the area exactly when one of the two places is', () => {
    const name = fc.constantFrom('Border Strip', 'Borderland', 'Hilltown', null);
    const rank = { fulfilled: 0, unknown: 1, violated: 2 } as const;
    fc.assert(
      fc.property(name, name, (landed, launched) => {
        const claim = fire(landed, launched);
        const either = verdict('either', claim) as keyof typeof rank;
        const one = verdict('landed_in', claim) as keyof typeof rank;
        const other = verdict('launched_from', claim) as keyof typeof rank;
        expect(rank[either]).toBe(Math.max(rank[one], rank[other]));
      }),
      { numRuns: 30 },
    );
  });

  it('refuses `where` without an area', () => {
    const checked = checkAgreement(`
id: test-agreement
title: t
ref: r
timezone: UTC
parties: [{id: north}, {id: south}]
term: {start: 2024-03-01T00:00, ref: r}
norms:
  - {id: no-fire, kind: prohibition, bearer: north, act: {event: rocket_fire, where: either}, ref: r}
`);
    expect(checked.ok ? [] : checked.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('needs an `area`'),
    ]);
  });
});
