import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { documentKnownBy, knownFrom } from '../../src/core/evidence/known-from.js';

const instant = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2040-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

const documentOf = (published: string | null, recordedAt: string) => ({
  published:
    published === null
      ? null
      : { earliest: published, latest: published, label: '', precision: 'exact' as const },
  recordedAt,
});

describe('when a report counts as known', () => {
  test('is the earlier of its publication and its recording', () => {
    fc.assert(
      fc.property(fc.option(instant, { nil: null }), instant, (published, recordedAt) => {
        const earlier =
          published === null
            ? Date.parse(recordedAt)
            : Math.min(Date.parse(published), Date.parse(recordedAt));
        expect(Date.parse(knownFrom(published, recordedAt))).toBe(earlier);
      }),
    );
  });

  test('a backfilled report is known from its publication, a live one from its recording', () => {
    expect(knownFrom('2023-11-24T07:00:00.000Z', '2026-01-05T09:00:00.000Z')).toBe(
      '2023-11-24T07:00:00.000Z',
    );
    expect(knownFrom('2026-02-01T00:00:00.000Z', '2026-01-05T09:00:00.000Z')).toBe(
      '2026-01-05T09:00:00.000Z',
    );
    expect(knownFrom(null, '2026-01-05T09:00:00.000Z')).toBe('2026-01-05T09:00:00.000Z');
  });

  test('a document is known at a moment exactly when its known time is at or before it', () => {
    fc.assert(
      fc.property(
        fc.option(instant, { nil: null }),
        instant,
        instant,
        (published, recordedAt, asOf) => {
          const document = documentOf(published, recordedAt);
          expect(documentKnownBy(document, asOf)).toBe(
            Date.parse(knownFrom(published, recordedAt)) <= Date.parse(asOf),
          );
          expect(documentKnownBy(document, undefined)).toBe(true);
        },
      ),
    );
  });
});
