import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/evidence/claim.js';
import { AsOfWindow } from '../../../src/core/evaluation/as-of-window.js';
import type { TypeCells } from '../../../src/core/evaluation/claim-index.js';
import { ClaimIndex } from '../../../src/core/evaluation/claim-index.js';
import type { EventType } from '../../../src/core/vocabulary/event-types.js';
import { RELEASE_LINE, claimFromLine, claimLines, DAILY_NORMS, iso, T0 } from './claim-lines.js';
import { agreementWith } from './evaluation-fixtures.js';

const agreement = agreementWith(DAILY_NORMS, 'categories: [[women, men, children]]');
const TYPES: readonly EventType[] = ['release', 'rocket_fire', 'list_delivered', 'talks'];
const AS_OF = T0 + 4 * 86_400_000;

/** Counts, ranges and open ranges, in units the tallies fold together and apart. */
const quantity = fc.record({
  unit: fc.constantFrom('people', 'People', 'persons', 'trucks', 'killed', 'injured', 'acts'),
  min: fc.integer({ min: 0, max: 40 }),
  extra: fc.constantFrom<number | null>(0, 0, 3, null),
});

const claimArb = fc.record({
  line: claimLines({
    types: TYPES,
    origins: ['Wire', 'Agency', 'North Army'],
    categories: ['women', 'children', null],
    statuses: ['accepted', 'accepted', 'rejected', 'suggested'],
    grounds: false,
  }),
  quantities: fc.array(quantity, { maxLength: 3 }),
  /** Some of the agreement's person categories, some not, some named twice. */
  categories: fc.array(fc.constantFrom('women', 'men', 'children', 'minors', 'elderly'), {
    maxLength: 3,
  }),
  placed: fc.boolean(),
});

/** A release of three women by the north, told by a wire, known early. */
const baseLine = { ...RELEASE_LINE, known: 10 };

type ClaimValue = typeof claimArb extends fc.Arbitrary<infer T> ? T : never;

/** A claim of a line with its own figures, and somewhere in the south or nowhere. */
const claimOf = (n: number, v: ClaimValue): Claim =>
  claimFromLine(n, v.line, {
    quantities: v.quantities.map((q) => ({
      unit: q.unit,
      min: q.min,
      max: q.extra === null ? null : q.min + q.extra,
      qualifier: q.extra === 0 ? 'exact' : 'at_least',
    })),
    categories: v.categories,
    ...(v.placed ? { where: { name: 'Rafah', lat: 31.28, lon: 34.25, precision: 'city' } } : {}),
  });

/**
 * Claims held by an index, and changes to them: some held ones gone, later ones added (ids in
 * order, after the held ones). `now` is the claims after the changes.
 */
const heldAndChanged = fc
  .tuple(
    fc.array(claimArb, { maxLength: 30 }),
    fc.array(claimArb, { maxLength: 6 }),
    fc.array(fc.nat(), { maxLength: 4 }),
  )
  .map(([values, added, dropped]) => {
    const claims = values.map((v, i) => claimOf(i + 1, v));
    const gone = new Set(dropped.map((d) => claims[d % Math.max(claims.length, 1)]?.id));
    const fresh = added.map((v, i) => claimOf(500 + i, v));
    const changes = [
      ...claims.filter((c) => gone.has(c.id)).map((c) => ({ before: c, after: null })),
      ...fresh.map((c) => ({ before: null, after: c })),
    ];
    const now = [...claims.filter((c) => !gone.has(c.id)), ...fresh];
    return { claims, fresh, changes, now };
  });

/** What the index keeps of each claim, beside what the claim itself holds. */
function expectAsClaims(index: ClaimIndex, claims: readonly Claim[]): void {
  expect(index.claims).toEqual(claims);
  claims.forEach((claim, i) => {
    expect(index.quantities[i]).toBe(claim.content.quantities);
    expect(index.when[i]).toBe(claim.content.when);
    expect(index.typeOfClaim(i)).toBe(claim.content.type);
    const { categories } = claim.content;
    const ids = index.categoryIds.subarray(index.categoryStart[i], index.categoryStart[i + 1]);
    expect([...ids].map((id) => index.categoryNames.name(id))).toEqual(categories);
    expect(index.persons[i]).toBe(
      categories.reduce((mask, c) => mask | (index.personBits.get(c) ?? 0), 0),
    );
  });
}

describe("the claim index's figures, times, types and categories", () => {
  it('are each claim’s own, read afresh or kept by an index advanced over changes', () => {
    let copied = 0;
    fc.assert(
      fc.property(heldAndChanged, ({ claims, fresh, changes, now }) => {
        const held = new ClaimIndex(agreement, claims, AS_OF, []);
        expectAsClaims(held, claims);
        const advanced = ClaimIndex.advanced(held, changes, new Set(TYPES), new AsOfWindow(AS_OF));
        if (now.length > fresh.length) copied += 1;
        expectAsClaims(advanced, now);
      }),
      { numRuns: 200 },
    );
    expect(copied).toBeGreaterThan(50);
  });

  it("list each type's claims once, in claim order, read afresh or advanced over some types", () => {
    const advancedTypes = new Set<EventType>(['release', 'rocket_fire']);
    /** Each type's claims, as positions in `claims`. */
    const expectTypeLists = (index: ClaimIndex, claims: readonly Claim[]): void => {
      for (const type of TYPES)
        expect(Array.from(index.ofType(type))).toEqual(
          claims.flatMap((c, i) => (c.content.type === type ? [i] : [])),
        );
    };
    fc.assert(
      fc.property(heldAndChanged, ({ claims, changes, now }) => {
        const held = new ClaimIndex(agreement, claims, AS_OF, []);
        expectTypeLists(held, claims);
        // An advance over some types indexes only their claims, found from the held lists.
        const kept = now.filter((c) => advancedTypes.has(c.content.type));
        const advanced = ClaimIndex.advanced(held, changes, advancedTypes, new AsOfWindow(AS_OF));
        expect(advanced.claims).toEqual(kept);
        expectTypeLists(advanced, kept);
      }),
      { numRuns: 200 },
    );
  });

  it("hand out each type's claims as lists their readers cannot write into", () => {
    const claims = [1, 2, 3].map((n) =>
      claimOf(n, { line: baseLine, quantities: [], categories: [], placed: false }),
    );
    const index = new ClaimIndex(agreement, claims, AS_OF, []);
    // The lists are views into the index's own column: the compiler refuses every write
    // through them (these are never called).
    const writes = (all: TypeCells['all']): void => {
      // @ts-expect-error: no claim is set through a type's list
      index.ofType('release')[0] = 2;
      // @ts-expect-error: nor is the list filled
      index.ofType('release').fill(2);
      // @ts-expect-error: nor is a type's placed list written
      all[0] = 2;
    };
    expect(writes).toBeTypeOf('function');
    expect(Array.from(index.ofType('release'))).toEqual([0, 1, 2]);
  });

  it("hand out each type's claims as lists walked by index, not by an iterator", () => {
    const claims = [1, 2].map((n) =>
      claimOf(n, { line: baseLine, quantities: [], categories: [], placed: false }),
    );
    const index = new ClaimIndex(agreement, claims, AS_OF, []);
    // An iterator would allocate an object per claim: the compiler refuses `for…of` (never
    // called).
    const walks = (all: TypeCells['all']): void => {
      // @ts-expect-error: a type's list is not walked with `for…of`
      for (const i of index.ofType('release')) void i;
      // @ts-expect-error: nor is a type's placed list
      for (const i of all) void i;
    };
    expect(walks).toBeTypeOf('function');
    const walked: number[] = [];
    const list = index.ofType('release');
    for (let k = 0; k < list.length; k++) walked.push(list[k] as number);
    expect(walked).toEqual([0, 1]);
  });

  it('name a claim of another time and figures than the claim before it, when both are kept', () => {
    const first = claimOf(1, {
      line: { ...baseLine, start: 10 },
      quantities: [{ unit: 'trucks', min: 4, extra: 0 }],
      categories: ['women'],
      placed: false,
    });
    const second = claimOf(2, {
      line: { ...baseLine, start: 40 },
      quantities: [{ unit: 'people', min: 2, extra: null }],
      categories: ['women'],
      placed: true,
    });
    const held = new ClaimIndex(agreement, [first, second], AS_OF, []);
    const third = claimOf(3, {
      line: { ...baseLine, type: 'rocket_fire', start: 50 },
      quantities: [],
      categories: ['women'],
      placed: false,
    });
    const advanced = ClaimIndex.advanced(
      held,
      [{ before: null, after: third }],
      new Set(TYPES),
      new AsOfWindow(AS_OF),
    );
    expect(advanced.when.map((w) => w.earliest)).toEqual([
      iso(T0 + 10 * 3_600_000),
      iso(T0 + 40 * 3_600_000),
      iso(T0 + 50 * 3_600_000),
    ]);
    expect(advanced.quantities.map((q) => q.map((x) => x.unit))).toEqual([
      ['trucks'],
      ['people'],
      [],
    ]);
    expect([0, 1, 2].map((i) => advanced.typeOfClaim(i))).toEqual([
      'release',
      'release',
      'rocket_fire',
    ]);
  });
});
