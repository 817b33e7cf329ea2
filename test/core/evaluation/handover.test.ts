import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAgreement, parseAgreement } from '../../../src/core/agreement/parse-agreement.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { at, claimOf } from './evaluation-fixtures.js';

/** North hands the hill district to south by the end of 3 March; with or without the mapping. */
const handover = (mapped: boolean, extraNorms = '') =>
  parseAgreement(`
id: handover
title: Handover
ref: a test
timezone: UTC
parties: [{id: north, name: North}, {id: south, name: South}]
areas:
  - {id: hill, places: [Hill District, Hilltown], within: [Highlands]}
${mapped ? 'handovers: [{id: hill-handover, area: hill, from: north, to: south, ref: clause 2}]' : ''}
term: {start: 2024-03-01T00:00, duration: {days: 5}, ref: a test}
norms:
  - id: hill-returned
    title: Hill district returned
    kind: achievement
    per: once
    bearer: north
    act: {event: withdrawal, area: hill}
    deadline: {end_of_date: 2024-03-03}
    ref: clause 2${extraNorms}
`);

const moved = (
  n: number,
  type: 'deployment' | 'withdrawal',
  party: string,
  place: string | null,
  day = 2,
) =>
  claimOf(n, {
    type,
    when: at(`2024-03-0${day}T10:00:00Z`),
    where: place === null ? null : { name: place, lat: null, lon: null, precision: 'region' },
    actors: [{ name: party, role: 'agent', party }],
  });

const returned = (claims: Parameters<typeof evaluate>[1], mapped = true, extra = '') =>
  evaluate(handover(mapped, extra), claims, '2024-03-10T00:00:00Z').once.find(
    (r) => r.norm === 'hill-returned',
  );

describe('a handover of territory', () => {
  it('reads the receiving side entering the district as the handing side’s withdrawal', () => {
    const r = returned([moved(1, 'deployment', 'south', 'Hilltown')]);
    expect(r).toMatchObject({ verdict: 'fulfilled', bearer: 'north' });
    expect(r?.explanation.counted).toEqual(['clm_000001']);
  });

  it('counts nothing for the entry without the agreement’s mapping', () => {
    expect(returned([moved(1, 'deployment', 'south', 'Hilltown')], false)?.verdict).toBe('unknown');
  });

  it('reads an entry elsewhere, or by the handing side itself, as no withdrawal', () => {
    expect(returned([moved(1, 'deployment', 'south', 'Lowtown')])?.verdict).toBe('unknown');
    expect(returned([moved(1, 'deployment', 'north', 'Hilltown')])?.verdict).toBe('unknown');
  });

  it('counts an entry placed only in a larger place around the district as possible', () => {
    const r = returned([moved(1, 'deployment', 'south', 'Highlands')]);
    expect(r?.verdict).toBe('unknown');
    expect(r?.explanation.possible).toEqual(['clm_000001']);
  });

  it('still reads the entry as the receiving side’s deployment for its own clauses', () => {
    const e = evaluate(
      handover(
        true,
        `
  - id: south-deployed
    title: South deployed in the hill district
    kind: achievement
    per: once
    bearer: south
    act: {event: deployment, area: hill}
    deadline: {end_of_date: 2024-03-03}
    ref: clause 3`,
      ),
      [moved(1, 'deployment', 'south', 'Hilltown')],
      '2024-03-10T00:00:00Z',
    );
    expect(e.once.map((r) => [r.norm, r.verdict])).toEqual([
      ['hill-returned', 'fulfilled'],
      ['south-deployed', 'fulfilled'],
    ]);
  });

  it('reads an entry with no place as no withdrawal: it could be any district', () => {
    expect(returned([moved(1, 'deployment', 'south', null)])?.explanation.possible).toEqual([]);
  });

  it('judges a placed entry exactly as the same report of the handing side’s withdrawal', () => {
    const place = fc.constantFrom('Hilltown', 'Hill District', 'hilltown', 'Highlands', 'Lowtown');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(place, fc.integer({ min: 1, max: 5 })), { maxLength: 4 }),
        (moves) => {
          const entries = moves.map(([p, day], i) => moved(i + 1, 'deployment', 'south', p, day));
          const withdrawals = moves.map(([p, day], i) =>
            moved(i + 1, 'withdrawal', 'north', p, day),
          );
          const a = returned(entries);
          const b = returned(withdrawals);
          expect([a?.verdict, a?.explanation.count]).toEqual([b?.verdict, b?.explanation.count]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses a handover naming no area, or the same party on both sides', () => {
    const checked = checkAgreement(`
id: handover
title: Handover
ref: a test
timezone: UTC
parties: [{id: north}, {id: south}]
handovers: [{id: h, area: hill, from: north, to: north, ref: clause 2}]
term: {start: 2024-03-01T00:00, duration: {days: 5}, ref: a test}
`);
    expect(checked.ok ? [] : checked.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      expect.stringMatching(/^handovers\[0\]\.area: names no area of this agreement/),
      expect.stringMatching(/^handovers\[0\]\.to: must differ from `from`/),
    ]);
  });
});
