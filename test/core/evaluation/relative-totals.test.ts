import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAgreement } from '../../../src/core/agreement/parse-agreement.js';
import { evaluate } from '../../../src/core/evaluation/evaluate.js';
import { agreementWith, at, by, claimOf, example, from, people } from './evaluation-fixtures.js';

/** "All the captives north holds, by the end of the term", relative to a reported total. */
const NORM = `
  - id: all-freed
    kind: achievement
    per: once
    bearer: north
    act: {event: release, categories: [captives]}
    quantity: {min: 'total(held-by-north)'}
    ref: all for all`;
const totals = (stated = 'stated: 10') => `
totals:
  - id: held-by-north
    ${stated}
    reported: {event: held, by: north, categories: [captives]}
    ref: the captives north holds`;
const agreement = (stated?: string) => agreementWith(NORM, totals(stated));
const AFTER = '2024-03-10T00:00:00Z';

/** A report of how many north holds, as of the start of the term, known at `known`. */
const heldReport = (n: number, count: number, origin: string, known: string) =>
  claimOf(n, {
    type: 'held',
    when: at('2024-02-28T00:00:00Z', '2024-03-01T00:00:00Z'),
    actors: [by('north')],
    quantities: people(count),
    categories: ['captives'],
    attribution: from(origin),
    knownAt: known,
  });
const releases = (n: number, count: number) =>
  claimOf(n, {
    type: 'release',
    when: at('2024-03-02T12:00:00Z'),
    actors: [by('north')],
    quantities: people(count),
    categories: ['captives'],
    knownAt: '2024-03-02T18:00:00Z',
  });
const allFreed = (e: ReturnType<typeof evaluate>) => e.once.find((r) => r.norm === 'all-freed');

describe('a quota relative to a reported, uncertain total', () => {
  it('owes the figure the text states while no report gives one', () => {
    const r = allFreed(evaluate(agreement(), [releases(1, 10)], AFTER));
    expect(r).toMatchObject({ verdict: 'fulfilled' });
    expect(r?.explanation.required).toEqual({ min: 10, max: 10 });
    expect(r?.explanation.totals).toEqual([
      expect.objectContaining({ total: 'held-by-north', from: 'stated', claims: [] }),
    ]);
  });

  it('owes what a report of the total says, over the text’s figure', () => {
    const e = evaluate(
      agreement(),
      [heldReport(1, 12, 'Wire', '2024-02-29T00:00:00Z'), releases(2, 10)],
      AFTER,
    );
    expect(allFreed(e)).toMatchObject({ verdict: 'violated' });
    expect(allFreed(e)?.explanation.required).toEqual({ min: 12, max: 12 });
    expect(allFreed(e)?.explanation.totals?.[0]).toMatchObject({
      from: 'reported',
      claims: ['clm_000001'],
    });
  });

  it('takes an origin’s later report as a revision of its earlier one', () => {
    const claims = [
      heldReport(1, 12, 'Wire', '2024-02-29T00:00:00Z'),
      heldReport(2, 10, 'Wire', '2024-03-03T00:00:00Z'),
      releases(3, 10),
    ];
    expect(allFreed(evaluate(agreement(), claims, AFTER))).toMatchObject({
      verdict: 'fulfilled',
    });
    // As of before the revision was known, 12 were owed and 10 freed.
    const before = allFreed(evaluate(agreement(), claims, '2024-03-02T23:00:00Z'));
    expect(before?.explanation.required).toEqual({ min: 12, max: 12 });
  });

  it('makes the total a range where origins disagree, and the verdict unknown inside it', () => {
    const claims = [
      heldReport(1, 12, 'Wire', '2024-02-29T00:00:00Z'),
      heldReport(2, 9, 'Other Wire', '2024-02-29T00:00:00Z'),
      releases(3, 10),
    ];
    const r = allFreed(evaluate(agreement(), claims, AFTER));
    expect(r?.explanation.required).toEqual({ min: 9, max: 12 });
    expect(r?.verdict).toBe('unknown');
  });

  it('reads a report of how many remain after the window opened as no report of the total', () => {
    const remaining = claimOf(2, {
      type: 'held',
      when: at('2024-03-04T00:00:00Z'),
      actors: [by('north')],
      quantities: people(3),
      categories: ['captives'],
      knownAt: '2024-03-04T00:00:00Z',
    });
    const r = allFreed(evaluate(agreement(), [releases(1, 7), remaining], AFTER));
    expect(r?.explanation.required).toEqual({ min: 10, max: 10 });
    expect(r?.verdict).toBe('violated');
  });

  it('owes a range where the text gives one, and is unknown within it', () => {
    const r = allFreed(evaluate(agreement('stated: {between: [8, 12]}'), [releases(1, 10)], AFTER));
    expect(r?.explanation.required).toEqual({ min: 8, max: 12 });
    expect(r?.verdict).toBe('unknown');
  });

  it('refuses a quantity relative to a total the agreement does not define', () => {
    const checked = checkAgreement(
      `
id: test-agreement
title: t
ref: t
timezone: UTC
parties: [{id: north}, {id: south}]
term: {start: 2024-03-01T00:00, duration: {days: 5}, ref: t}
norms:${NORM}
`,
    );
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : checked.problems.map((p) => p.message)).toEqual([
      expect.stringContaining(
        'is relative to `held-by-north`, which is no total of this agreement',
      ),
    ]);
  });

  it('judges the quota against every origin’s latest report, whatever the order of claims', () => {
    const report = fc.record({
      origin: fc.constantFrom('Wire', 'Other Wire', 'Third Wire'),
      count: fc.integer({ min: 0, max: 20 }),
      day: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(
        fc.array(report, { maxLength: 6 }),
        fc.integer({ min: 0, max: 20 }),
        (reports, freed) => {
          const claims = [
            ...reports.map((r, i) =>
              heldReport(i + 1, r.count, r.origin, `2024-02-0${r.day}T00:00:00Z`),
            ),
            releases(100, freed),
          ];
          // Each origin's latest report; reports known at the same moment widen the range.
          const latest = new Map<string, { day: number; counts: number[] }>();
          for (const r of reports) {
            const mine = latest.get(r.origin);
            if (mine === undefined || r.day > mine.day)
              latest.set(r.origin, { day: r.day, counts: [r.count] });
            else if (r.day === mine.day) mine.counts.push(r.count);
          }
          const counts = [...latest.values()].flatMap((l) => l.counts);
          const lo = counts.length === 0 ? 10 : Math.min(...counts);
          const hi = counts.length === 0 ? 10 : Math.max(...counts);
          const expected = freed >= hi ? 'fulfilled' : freed < lo ? 'violated' : 'unknown';
          const forward = allFreed(evaluate(agreement(), claims, AFTER));
          const backward = allFreed(evaluate(agreement(), [...claims].reverse(), AFTER));
          expect(forward?.explanation.required).toEqual({ min: lo, max: hi });
          expect(forward?.verdict).toBe(expected);
          expect(backward).toEqual(forward);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('the Gaza deal of October 2025: all hostages within 72 hours', () => {
  const { agreement: gaza, claims } = example('gaza-ceasefire-2025-10');
  const once = (asOf: string, norm: string) =>
    evaluate(gaza, claims, asOf).once.find((r) => r.norm === norm);

  it('owes the 20 living and 28 dead reported held when it took effect', () => {
    expect(once('2025-10-11T09:00:00Z', 'living-hostages-returned')).toMatchObject({
      verdict: 'not_due',
      explanation: { required: { min: 20, max: 20 }, requiredExpression: 'total(living-hostages)' },
    });
    expect(
      once('2025-10-11T09:00:00Z', 'deceased-hostages-returned')?.explanation.required,
    ).toEqual({ min: 28, max: 28 });
  });

  it('saw every living hostage returned within the window: seven, then thirteen', () => {
    const r = once('2025-10-14T12:00:00Z', 'living-hostages-returned');
    expect(r).toMatchObject({ verdict: 'fulfilled', due: '2025-10-13T09:00:00.000Z' });
    expect(r?.explanation.count).toEqual({ min: 20, max: 20 });
  });

  it('finds the return of the dead violated: at most 4 of 28 by the deadline', () => {
    // The four bodies are reported for the day the window closed, so they count only
    // possibly; the report that 24 remain describes a later moment and leaves the total at 28.
    const r = once('2025-10-14T12:00:00Z', 'deceased-hostages-returned');
    expect(r).toMatchObject({ verdict: 'violated' });
    expect(r?.explanation.count).toEqual({ min: 0, max: 4 });
    expect(r?.explanation.totals).toEqual([
      expect.objectContaining({ total: 'deceased-hostages', range: { min: 28, max: 28 } }),
    ]);
  });
});
