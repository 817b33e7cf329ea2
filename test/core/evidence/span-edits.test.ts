import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/core/evidence/claim.js';
import { splitSpan, trimSpan, unionSpan } from '../../../src/core/evidence/span-edits.js';

/** Words and blanks, so cuts land both inside words and between them. */
const text = fc
  .array(fc.constantFrom('a', 'b', ' ', '\n', 'é', '.'), { minLength: 2, maxLength: 60 })
  .map((chars) => chars.join(''));

const spanIn = (t: string) =>
  fc.tuple(fc.nat(t.length), fc.nat(t.length)).map(([a, b]): Span => (a <= b ? [a, b] : [b, a]));

/** A text, a span of it and a place to cut, which may fall outside the span. */
const cutInSpan = text.chain((t) => fc.tuple(fc.constant(t), spanIn(t), fc.nat(t.length)));

describe('splitting a quote', () => {
  it('gives two non-empty trimmed parts, in order, inside the span, that together hold all its words', () => {
    fc.assert(
      fc.property(cutInSpan, ([t, span, at]) => {
        let parts: readonly [Span, Span];
        try {
          parts = splitSpan(t, span, at);
        } catch (error) {
          // Refused only for a cut outside the span or a part with no words.
          const outside = at <= span[0] || at >= span[1];
          const blank = (s: string) => s.trim() === '';
          expect(outside || blank(t.slice(span[0], at)) || blank(t.slice(at, span[1]))).toBe(true);
          expect(String(error)).toMatch(/cut/);
          return;
        }
        const [first, second] = parts;
        expect(first[0]).toBeGreaterThanOrEqual(span[0]);
        expect(first[1]).toBeLessThanOrEqual(at);
        expect(second[0]).toBeGreaterThanOrEqual(at);
        expect(second[1]).toBeLessThanOrEqual(span[1]);
        for (const [a, b] of parts) {
          expect(b).toBeGreaterThan(a);
          expect(t.slice(a, b)).toBe(t.slice(a, b).trim());
        }
        const words = (s: string) => s.split(/\s+/).join('');
        expect(words(t.slice(...first)) + words(t.slice(...second))).toBe(words(t.slice(...span)));
      }),
    );
  });
});

describe('merging quotes', () => {
  it('covers every span it merges, and is the span of their split parts again', () => {
    fc.assert(
      fc.property(cutInSpan, ([t, span, at]) => {
        let parts: readonly [Span, Span];
        try {
          parts = splitSpan(t, span, at);
        } catch {
          return;
        }
        expect(unionSpan(t, parts)).toEqual(trimSpan(t, span));
        expect(unionSpan(t, [...parts].reverse())).toEqual(trimSpan(t, span));
      }),
    );
  });

  it('refuses spans with words between them, and accepts any that touch or overlap', () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), spanIn(t), spanIn(t))),
        ([t, a, b]) => {
          const [left, right] = a[0] <= b[0] ? [a, b] : [b, a];
          const gap = t.slice(left[1], right[0]);
          if (right[0] <= left[1] || gap.trim() === '') {
            const union = unionSpan(t, [a, b]);
            expect(union).toEqual([Math.min(a[0], b[0]), Math.max(a[1], b[1])]);
          } else {
            expect(() => unionSpan(t, [a, b])).toThrow(/not contiguous/);
          }
        },
      ),
    );
  });
});
