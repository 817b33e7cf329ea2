import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTerms, searchTerms, snippetsOf } from '../../../src/core/search/text-search.js';

const word = fc.constantFrom(
  'Rafah',
  'rafah',
  'trucks',
  'released',
  'Release',
  'ĂŞ',
  'über',
  '13',
  'lease',
);
const separator = fc.constantFrom(' ', ', ', '. ', '\n', ' — ', '%', '_');
const text = fc
  .array(fc.tuple(word, separator), { maxLength: 60 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('searchTerms', () => {
  it('reads only words, in lower case, once each', () => {
    expect(searchTerms('Rafah  crossing, RAFAH')).toEqual(['rafah', 'crossing']);
    expect(searchTerms('%_ ... <b>')).toEqual(['b']);
    expect(searchTerms('...')).toEqual([]);
  });
});

describe('findTerms', () => {
  it('matches at the start of words only, in any case', () => {
    expect(findTerms('Released; they were released.', ['releas'])).toEqual([
      [0, 6],
      [20, 26],
    ]);
    expect(findTerms('a lease', ['ease'])).toBeNull();
  });

  it('finds every term or nothing, and every mark is the start of a word beginning with a term', () => {
    fc.assert(
      fc.property(text, fc.array(word, { minLength: 1, maxLength: 3 }), (t, words) => {
        const terms = searchTerms(words.join(' '));
        const found = findTerms(t, terms);
        const lowerWords = (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
        const allPresent = terms.every((term) => lowerWords.some((w) => w.startsWith(term)));
        expect(found !== null).toBe(allPresent);
        for (const [a, b] of found ?? []) {
          expect(a === 0 || !/[\p{L}\p{N}]/u.test(t[a - 1]!)).toBe(true);
          expect(terms.some((term) => t.slice(a, b).toLowerCase().startsWith(term))).toBe(true);
        }
      }),
    );
  });
});

describe('snippetsOf', () => {
  it('cuts snippets from the text itself, each holding its marks, never more than asked', () => {
    fc.assert(
      fc.property(text, word, fc.integer({ min: 1, max: 4 }), (t, w, max) => {
        const found = findTerms(t, searchTerms(w)) ?? [];
        const snippets = snippetsOf(t, found, max);
        expect(snippets.length).toBeLessThanOrEqual(max);
        if (found.length > 0) expect(snippets.length).toBeGreaterThan(0);
        let previousEnd = -1;
        for (const s of snippets) {
          expect(s.text).toBe(t.slice(s.start, s.end));
          expect(s.start).toBeGreaterThan(previousEnd - 1);
          previousEnd = s.end;
          for (const [a, b] of s.marks) {
            expect(0 <= a && a < b && b <= s.text.length).toBe(true);
            const original = found.find(([x]) => x === s.start + a);
            expect(original).toEqual([s.start + a, s.start + b]);
          }
        }
      }),
    );
  });
});
