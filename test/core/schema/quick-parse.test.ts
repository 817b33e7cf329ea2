import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ClaimImportLine } from '../../../src/core/evidence/claim-import.js';
import { Provenance } from '../../../src/core/evidence/claim.js';
import { DECLINED, quickParse } from '../../../src/core/schema/quick-parse.js';
import { EVENT_TYPES } from '../../../src/core/vocabulary/event-types.js';
import { difference, expectQuickAgrees } from '../../support/parsed-difference.js';

const quickLine = quickParse(ClaimImportLine)!;

const agreesWithZod = (value: unknown) => expectQuickAgrees(ClaimImportLine, quickLine, value);

// Values near each rule's edge on either side: bounds in UTF-16 units and code points, white
// space to trim, ids, instants, numbers out of range or not integers.
const text = fc.oneof(
  fc.constantFrom('', ' ', 'a', ' Hamas ', 'x'.repeat(60), 'x'.repeat(61), 'x'.repeat(200)),
  fc.constantFrom('x'.repeat(201), '😀'.repeat(30), '😀'.repeat(31), '😀'.repeat(100), '😀'),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.constant(null),
);
const instant = fc.oneof(
  fc.constantFrom('2023-11-24T05:00:00Z', '2023-11-24T05:00:00.000+02:00', '2023-02-29T00:00:00Z'),
  fc.constantFrom('2023-11-24', '2023-11-24T05:00:00', 'Friday', ''),
  fc
    .date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constant(null),
  fc.integer(),
);
const count = fc.oneof(
  fc.integer({ min: -2, max: 30 }),
  fc.constantFrom(0.5, 2 ** 53, -0, 1e300),
  fc.constant(null),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const when = fc.record(
  {
    earliest: instant,
    latest: instant,
    label: maybe(text),
    precision: fc.constantFrom('day', 'hour', 'exact', 'days', 'fortnight'),
    extra: fc.constant(1),
  },
  { requiredKeys: ['earliest', 'latest', 'precision'] },
);
const place = fc.record(
  {
    name: text,
    lat: fc.oneof(fc.double({ min: -100, max: 100, noNaN: true }), fc.constant(null)),
    lon: fc.oneof(fc.double({ min: -200, max: 200, noNaN: true }), fc.constant(null)),
    precision: fc.constantFrom('city', 'region', 'galaxy'),
    country: fc.constantFrom('PS', 'ps', 'PSE', 'IL'),
  },
  { requiredKeys: ['name', 'lat', 'lon', 'precision'] },
);
const actor = fc.record(
  {
    name: text,
    role: fc.constantFrom('agent', 'target', 'bystander'),
    party: fc.constantFrom('hamas', 'israel', 'Hamas', '-x', null, 3),
  },
  { requiredKeys: ['name', 'role'] },
);
const quantity = fc.record(
  {
    unit: text,
    min: count,
    max: count,
    qualifier: fc.constantFrom('exact', 'about', 'roughly'),
    role: fc.constantFrom('killed', 'acts', 'hostages'),
  },
  { requiredKeys: ['unit', 'min', 'max', 'qualifier'] },
);
const link = fc.record(
  {
    name: text,
    kind: fc.constantFrom('news_agency', 'mediator', 'rumour'),
    source: fc.constantFrom('src_abc123', 'src_x', null),
  },
  { requiredKeys: ['name', 'kind'] },
);
const line = fc.record(
  {
    type: fc.constantFrom(...EVENT_TYPES, 'picnic', 7),
    when,
    where: fc.oneof(place, fc.constant(null)),
    launchedFrom: place,
    actors: fc.array(actor, { maxLength: 3 }),
    quantities: fc.array(quantity, { maxLength: 2 }),
    categories: fc.array(text, { maxLength: 3 }),
    modality: fc.constantFrom('asserted', 'planned', 'maybe'),
    attribution: fc.array(link, { maxLength: 3 }),
    span: fc.oneof(fc.tuple(count, count), fc.array(count, { maxLength: 3 }), fc.constant(null)),
    text: fc.oneof(text, fc.constant('x'.repeat(5001))),
    until: when,
    countsToward: fc.oneof(
      fc.record({ kind: fc.constantFrom('outside', 'counted_at', 'elsewhere') }),
      fc.record({ kind: fc.constant('counted_at'), when }),
    ),
    polarity: fc.constantFrom('asserted', 'not_happened', 'unsure'),
    occurrence: fc.constantFrom('happened', 'background', 'later'),
    justification: fc.record({ ground: text, stance: fc.constantFrom('claimed', 'none') }),
    confidence: fc.oneof(fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.constant('high')),
    document: fc.constantFrom('doc_abc123', '', 'anything'),
    status: fc.constantFrom('accepted', 'suggested', 'retracted'),
    provenance: fc.oneof(
      fc.record({ kind: fc.constant('rule'), rule: text }),
      fc.record({ kind: fc.constant('analyst'), analyst: text }),
      fc.record({ kind: fc.constant('oracle') }),
    ),
    knownAt: instant,
    quantitites: fc.constant([]),
  },
  { requiredKeys: ['type', 'when', 'attribution'] },
);

const PARTS = Object.keys(ClaimImportLine.shape) as (keyof typeof ClaimImportLine.shape)[];

/** A line most of whose parts are valid, in the form a claims file holds it. */
const validLine = fc.record({
  type: fc.constantFrom(...EVENT_TYPES),
  when: fc.record({
    earliest: fc.constant('2023-11-24T05:00:00Z'),
    latest: fc.constantFrom('2023-11-24T05:00:00Z', '2023-11-25T05:00:00.5+01:00'),
    label: fc.string({ maxLength: 20 }),
    precision: fc.constantFrom('day', 'hour'),
  }),
  actors: fc.array(
    fc.record({
      name: fc.constantFrom('Hamas', ' the army ', 'Qatar'),
      role: fc.constantFrom('agent', 'target'),
      party: fc.constantFrom('hamas', 'israel', null),
    }),
    { maxLength: 3 },
  ),
  categories: fc.array(fc.constantFrom('women', ' children', 'elderly'), { maxLength: 3 }),
  attribution: fc.array(
    fc.record({ name: fc.constantFrom('Reuters', 'Qatar MFA '), kind: fc.constant('outlet') }),
    { minLength: 1, maxLength: 2 },
  ),
  span: fc.constantFrom([3, 9], null),
});

describe('the quick parse of a schema', () => {
  it('reads the whole of an import line’s schema, so no line waits on zod for want of a part', () => {
    expect(quickLine).toBeTypeOf('function');
  });

  it('gives zod’s value or declines, for lines valid and invalid in every part', () => {
    fc.assert(fc.property(line, agreesWithZod), { numRuns: 2000 });
  });

  it('gives zod’s value or declines, for a valid line with one part at a rule’s edge', () => {
    fc.assert(
      fc.property(validLine, line, fc.constantFrom(...PARTS), (valid, edge, part) => {
        const value: Record<string, unknown> = { ...valid };
        if (edge[part] === undefined) delete value[part];
        else value[part] = edge[part];
        agreesWithZod(value);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives zod’s value or declines, for lines as JSON reads them (a `__proto__` key among them)', () => {
    fc.assert(
      fc.property(line, fc.constantFrom('', ',"__proto__":{}', ',"type":"clash"'), (value, tail) =>
        agreesWithZod(JSON.parse(`${JSON.stringify(value).slice(0, -1)}${tail}}`)),
      ),
      { numRuns: 500 },
    );
  });

  it('gives zod’s value or declines, for any JSON at all', () => {
    fc.assert(fc.property(fc.jsonValue(), agreesWithZod), { numRuns: 500 });
  });

  it('takes a valid line itself, trimmed, defaulted and frozen as zod leaves it', () => {
    fc.assert(
      fc.property(validLine, (value) => {
        const quick = quickLine(value);
        expect(quick).not.toBe(DECLINED);
        expect(difference(quick, ClaimImportLine.parse(value))).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('declines a line zod refuses, whichever rule refuses it', () => {
    const valid = {
      type: 'release',
      when: { earliest: '2023-11-24T05:00:00Z', latest: '2023-11-24T05:00:00Z', precision: 'day' },
      attribution: [{ name: 'Reuters', kind: 'outlet' }],
    };
    expect(quickLine(valid)).not.toBe(DECLINED);
    for (const bad of [
      { ...valid, when: { ...valid.when, latest: '2023-11-23T05:00:00Z' } },
      { ...valid, attribution: [] },
      { ...valid, attribution: [{ name: '   ', kind: 'outlet' }] },
      { ...valid, span: [9, 3] },
      { ...valid, quantities: [{ unit: 'people', min: 5, max: 4, qualifier: 'exact' }] },
      { ...valid, quantities: [{ unit: 'people', min: 1.5, max: null, qualifier: 'exact' }] },
      { ...valid, where: { name: 'Gaza', lat: 91, lon: 0, precision: 'city' } },
      { ...valid, actors: [{ name: 'x', role: 'agent', party: 'Not An Id' }] },
      { ...valid, status: 'retracted' },
      { ...valid, typo: 1 },
      { ...valid, categories: ['x'.repeat(61)] },
    ]) {
      expect(ClaimImportLine.safeParse(bad).success).toBe(false);
      expect(quickLine(bad)).toBe(DECLINED);
    }
  });

  it('chooses a discriminated union’s option by its tag and strips an object’s unknown keys', () => {
    const quick = quickParse(Provenance)!;
    const parsed = quick({ kind: 'rule', rule: 'r1', extra: true });
    expect(parsed).toEqual({ kind: 'rule', rule: 'r1' });
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(quick({ kind: 'analyst', rule: 'r1' })).toBe(DECLINED);
  });

  it('is undefined for a schema with a part it does not know', () => {
    expect(quickParse(z.string().transform((s) => s.length))).toBeUndefined();
    expect(quickParse(z.object({ a: z.union([z.string(), z.number()]) }))).toBeUndefined();
  });
});
