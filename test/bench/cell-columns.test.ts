import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellColumns, countByCell, typesEveryCellReads } from '../../bench/cell-columns.js';
import { syntheticClaim } from '../../bench/synthetic-claim.js';
import { parseAgreement } from '../../src/core/agreement/parse-agreement.js';
import { PeriodCalendar } from '../../src/core/evaluation/period-calendar.js';
import type { EventType } from '../../src/core/vocabulary/event-types.js';
import { EVENT_TYPES } from '../../src/core/vocabulary/event-types.js';

const gaza = parseAgreement(
  readFileSync(
    new URL('../../examples/agreements/gaza-pause-2023-11.yaml', import.meta.url),
    'utf8',
  ),
  'gaza',
);

describe('typesEveryCellReads', () => {
  it("takes the term's own reports with the clauses' acts, and leaves out what nothing reads", () => {
    const read = typesEveryCellReads(gaza);
    expect(read.has('truce_end')).toBe(true);
    expect(read.has('truce_extended')).toBe(true);
    expect(read.has('release')).toBe(true);
    expect(read.has('rocket_fire')).toBe(true);
    expect(read.has('talks')).toBe(false);
  });

  it('takes the act that exercises a power, though no clause or report of the term reads it', () => {
    const text = readFileSync(
      new URL('../../examples/agreements/gaza-pause-2023-11.yaml', import.meta.url),
      'utf8',
    );
    const exercisedByTalks = text.replace(
      'exercised_by: { event: truce_end }',
      'exercised_by: { event: talks }',
    );
    expect(exercisedByTalks).not.toBe(text);
    expect(typesEveryCellReads(parseAgreement(exercisedByTalks, 'gaza')).has('talks')).toBe(true);
  });
});

describe('countByCell', () => {
  const START = Date.parse('2023-11-24T05:00:00Z');
  const HOUR = 3_600_000;
  const calendar = PeriodCalendar.build(START, START + 5 * 24 * HOUR, 'Asia/Jerusalem', {
    hour: 7,
    minute: 0,
  });
  const iso = (ms: number) => new Date(ms).toISOString();
  const claimAt = (i: number, type: EventType, from: number | null, hours: number) =>
    syntheticClaim(
      i,
      {
        type,
        when: {
          earliest: from === null ? null : iso(START + from * HOUR),
          latest: from === null ? null : iso(START + (from + hours) * HOUR),
          label: '',
          precision: 'hour',
        },
        where: null,
        actors: [],
        quantities: [],
        categories: [],
        modality: 'asserted',
        attribution: [{ name: 'A wire', kind: 'news_agency', source: null }],
        span: null,
        text: '',
      },
      'accepted',
      iso(START),
    );

  it('counts each claim of a read type in its one period, and no claim spanning two, outside the term or untimed', () => {
    const read = new Set<EventType>(['release', 'rocket_fire']);
    const arbitraryClaim = fc.record({
      type: fc.constantFrom<EventType>('release', 'rocket_fire', 'talks', 'arrest'),
      // Some before the term, some after its five days, some untimed.
      from: fc.option(fc.integer({ min: -30, max: 140 }), { nil: null }),
      hours: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryClaim, { maxLength: 60 }), (specs) => {
        const claims = specs.map((s, i) => claimAt(i, s.type, s.from, s.hours));
        const cells = new Int32Array(EVENT_TYPES.length * calendar.length);
        const placed = countByCell(cellColumns(claims, read, calendar), cells);
        const expected = new Int32Array(cells.length);
        let expectedPlaced = 0;
        for (const s of specs) {
          if (!read.has(s.type) || s.from === null) continue;
          const p = calendar.periodOf(START + s.from * HOUR);
          if (p < 0 || p >= calendar.length) continue;
          if (calendar.periodOf(START + (s.from + s.hours) * HOUR) !== p) continue;
          expected[EVENT_TYPES.indexOf(s.type) * calendar.length + p]! += 1;
          expectedPlaced += 1;
        }
        expect(placed).toBe(expectedPlaced);
        expect([...cells]).toEqual([...expected]);
      }),
    );
  });

  it('starts every count afresh, so a second pass over the same cells gives the same counts', () => {
    const claims = [claimAt(0, 'release', 3, 0), claimAt(1, 'release', 4, 1)];
    const columns = cellColumns(claims, new Set<EventType>(['release']), calendar);
    const cells = new Int32Array(EVENT_TYPES.length * calendar.length);
    countByCell(columns, cells);
    countByCell(columns, cells);
    expect(cells.reduce((a, b) => a + b, 0)).toBe(2);
  });
});
