import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/agreement/agreement-problem.js';
import type { EarlierVersions } from '../../../src/core/agreement/parse-agreement.js';
import { checkAgreement, parseAgreement } from '../../../src/core/agreement/parse-agreement.js';

/** Version 1, whole; `deadline` is the one line an amendment may move. */
const whole = (
  deadline: string,
  head = 'version: 1',
  ref = 'clause 6',
  agreementRef = 'a test',
) => `id: handover
${head}
title: A handover
ref: ${agreementRef}
timezone: Asia/Baku
parties: [{id: north}, {id: south}]
areas: [{id: valley, places: [Valley]}]
term: {start: 2020-11-10T00:00, ref: the term}
norms:
  - id: no-fire
    kind: prohibition
    bearer: [north, south]
    act: {event: shelling}
    ref: clause 1
  - id: valley-returned
    kind: achievement
    per: once
    bearer: north
    act: {event: deployment, by: south, area: valley}
    deadline: ${deadline}
    ref: '${ref}'
`;

const V1 = whole('{end_of_date: 2020-11-15}');
const earlier: EarlierVersions = (id, version) =>
  id === 'handover' && version === 1 ? V1 : undefined;

const amendment = (change: string, head = 'id: handover\nversion: 2') => `${head}
ref: moved at the request of north
effective_from: 2020-11-14T00:00
amends: {version: 1, summary: the valley later}
changes:
${change}
`;

const problems = (text: string, from: EarlierVersions | undefined = earlier): string[] => {
  const checked = checkAgreement(text, from);
  return checked.ok ? [] : checked.problems.map(formatProblem);
};

describe('an amendment written as the clauses it changes', () => {
  it('reads as the whole file written again with the change, whatever the new date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-11-11'), max: new Date('2021-06-30'), noInvalidDate: true }),
        (d) => {
          const date = d.toISOString().slice(0, 10);
          const change = `  - norm: valley-returned\n    deadline: {end_of_date: ${date}}\n    ref: postponed`;
          const copied = whole(
            `{end_of_date: ${date}}`,
            'version: 2\neffective_from: 2020-11-14T00:00\namends: {version: 1, summary: the valley later}',
            'clause 6; amended: postponed',
            'moved at the request of north',
          );
          expect(parseAgreement(amendment(change), 'v2', earlier)).toEqual(parseAgreement(copied));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('can amend an amendment: version 3 reads against version 2, read against version 1', () => {
    const v2 = amendment(
      '  - norm: valley-returned\n    deadline: {end_of_date: 2020-11-25}\n    ref: later',
    );
    const v3 = amendment(
      '  - norm: valley-returned\n    deadline: {end_of_date: 2020-12-05}\n    ref: later still',
      'id: handover\nversion: 3',
    ).replace('amends: {version: 1', 'amends: {version: 2');
    const texts = new Map([
      [1, V1],
      [2, v2],
    ]);
    const a = parseAgreement(v3, 'v3', (id, v) => (id === 'handover' ? texts.get(v) : undefined));
    expect(a.version).toBe(3);
    expect(a.norms[1]).toMatchObject({
      deadline: { kind: 'at', at: '2020-12-05T20:00:00.000Z' },
      ref: 'clause 6; amended: later; amended: later still',
    });
  });

  it('says which version it needs when that version is not recorded', () => {
    expect(
      problems(
        amendment('  - norm: valley-returned\n    deadline: {end_of_date: 2020-11-25}\n    ref: x'),
        () => undefined,
      ),
    ).toEqual([
      'line 5, column 19: `amends.version` amends version 1 of handover, which is not recorded; record that version first',
    ]);
  });

  it('names a norm the amended version lacks, with the ones it has', () => {
    expect(
      problems(
        amendment('  - norm: vally-returned\n    deadline: {end_of_date: 2020-11-25}\n    ref: x'),
      ),
    ).toEqual([
      'line 7, column 11: `changes[0].norm` names no norm of version 1; expected one of no-fire, valley-returned',
    ]);
  });

  it('refuses a deadline for a prohibition, at the change', () => {
    expect(
      problems(amendment('  - norm: no-fire\n    deadline: {end_of_date: 2020-11-25}\n    ref: x')),
    ).toEqual([
      'line 8, column 15: `changes[0].deadline` cannot change a prohibition norm, which has no `deadline`',
    ]);
  });

  it('places a problem the change makes in the amended clause at the change', () => {
    expect(
      problems(
        amendment('  - norm: valley-returned\n    deadline: {local_time: "10:00"}\n    ref: x'),
      ),
    ).toEqual([
      'line 8, column 15: `changes[0].deadline` must be `{day: N}`, `{at: …}` or `{end_of_date: …}` for a norm that holds once',
    ]);
  });

  it('must be of the agreement it amends, and later than the version amended', () => {
    expect(
      problems(
        amendment(
          '  - norm: valley-returned\n    deadline: {end_of_date: 2020-11-25}\n    ref: x',
          'id: handover\nversion: 2',
        ),
        (_id, v) => (v === 1 ? V1.replace('id: handover', 'id: other') : undefined),
      ),
    ).toEqual(["line 1, column 5: `id` must be the amended agreement's id, `other`"]);
  });
});
