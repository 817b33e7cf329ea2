import { describe, expect, it } from 'vitest';
import { checkAgreement, parseAgreement } from '../../../src/core/agreement/parse-agreement.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { at, by, claimOf, people } from './evaluation-fixtures.js';

/** North and south fight; east guarantees and deploys peacekeepers; west only signed. */
const withRoles = (policy: string, norms = '') =>
  parseAgreement(`
id: roles
title: Roles
ref: a test
timezone: UTC
parties:
  - {id: north, aliases: [North Army]}
  - {id: south, aliases: [South Command]}
  - {id: east, role: guarantor, aliases: [East Ministry, East peacekeepers]}
  - {id: west, role: signatory, aliases: [West Office]}
areas: [{id: corridor, places: [the corridor]}]
evidence: {fulfilment: {priority: ${policy}}}
term: {start: 2024-03-01T00:00, duration: {days: 5}, ref: a test}
norms:
  - id: releases
    kind: achievement
    per: day
    bearer: north
    act: {event: release}
    quantity: {min: 10, unit: people}
    ref: art. 1
  - id: peacekeepers-deployed
    kind: achievement
    per: once
    bearer: east
    act: {event: deployment, area: corridor}
    deadline: {end_of_date: 2024-03-03}
    ref: art. 3${norms}
`);
const AFTER = '2024-03-10T00:00:00Z';
const account = (n: number, origin: string, count: number) =>
  claimOf(n, {
    type: 'release',
    actors: [by('north')],
    quantities: people(count),
    attribution: [{ name: origin, kind: 'official_body' }],
  });
const deployed = (n: number, party: string) =>
  claimOf(n, {
    type: 'deployment',
    when: at('2024-03-02T10:00:00Z'),
    where: { name: 'the corridor', lat: null, lon: null, precision: 'region' },
    actors: [by(party)],
  });

describe('who is bound: guarantors and signatories beside the parties to the fighting', () => {
  it('binds a guarantor to deploy its forces, fulfilled by its own deployment only', () => {
    const once = (claims: ReturnType<typeof deployed>[]) =>
      evaluate(withRoles('[independent]'), claims, AFTER).once.find(
        (r) => r.norm === 'peacekeepers-deployed',
      );
    expect(once([deployed(1, 'east')])).toMatchObject({ verdict: 'fulfilled', bearer: 'east' });
    expect(once([deployed(1, 'north')])?.verdict).toBe('unknown');
  });

  it('ranks a guarantor’s and a signatory’s reports under their own words, not as a party’s', () => {
    const day = (policy: string, claims: ReturnType<typeof account>[]) =>
      evaluate(withRoles(policy), claims, AFTER).periods[0]?.norms.find(
        (n) => n.norm === 'releases',
      );
    const claims = [account(1, 'East Ministry', 12), account(2, 'South Command', 3)];
    expect(day('[guarantor, independent]', claims)?.explanation.count).toEqual({
      min: 12,
      max: 12,
    });
    // `party` and `counterparty` are the parties to the fighting: south's account, not east's.
    expect(day('[party]', claims)?.explanation.count).toEqual({ min: 3, max: 3 });
    expect(day('[counterparty]', claims)?.explanation.count).toEqual({ min: 3, max: 3 });
    expect(
      day('[signatory, independent]', [
        account(1, 'West Office', 11),
        account(2, 'Wire', 4),
      ])?.explanation.accounts.map((a) => [a.affiliation, a.used]),
    ).toEqual([
      ['party:west', true],
      ['independent', false],
    ]);
  });

  it('gives the power to answer a violation to the other party to the fighting only', () => {
    const e = evaluate(
      withRoles(
        '[independent]',
        `
powers:
  - id: resume
    holder: counterparty
    trigger: {violated: [releases]}
    effect: terminate
    exercised_by: {event: truce_end}
    ref: art. 9`,
      ),
      [
        account(1, 'Wire', 2),
        claimOf(2, { type: 'truce_end', when: at('2024-03-02T12:00:00Z'), actors: [by('east')] }),
      ],
      AFTER,
    );
    // East's report of the end exercises nothing: the term runs out with the power unused.
    expect(e.powers.find((p) => p.power === 'resume')?.state).toBe('lapsed');
  });

  it('needs two parties to the fighting, whatever else signed', () => {
    const checked = checkAgreement(`
id: roles
title: t
ref: r
timezone: UTC
parties: [{id: north}, {id: east, role: guarantor}]
term: {start: 2024-03-01T00:00, ref: r}
`);
    expect(checked.ok ? [] : checked.problems.map((p) => p.message)).toEqual([
      'must list at least two parties to the fighting (`role: party`)',
    ]);
  });
});
