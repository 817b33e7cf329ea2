import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../../src/core/text/fold-name.js';

/** The folding as its doc comment states it, one rule a step: what every name must agree with. */
const foldedByRules = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’'`ʻʼ]/gu, '')
    .replace(/[-‐‑–—_./]/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Letters, digits, spaces, joiners and apostrophes of every kind, ASCII or not. */
const nameChar = fc.constantFrom(
  ..."aZ9 \t\n\u000b\u000c\r\u001c-_./'`’‘ʻʼ–—‐‑\u00a0\u2009éÉāŪçñ\u0301ﬁ²İ!,()".split(''),
);

describe('foldName', () => {
  it('folds names with and without accents, hyphens and apostrophes alike', () => {
    expect(foldName('Khān Yūnis')).toBe('khan yunis');
    expect(foldName('Khan-Yunis')).toBe('khan yunis');
    expect(foldName("  Prime Minister's  Office ")).toBe('prime ministers office');
    expect(foldName('U.N./OCHA')).toBe('u n ocha');
  });

  it('gives what the folding rules give, one by one, for any name', () => {
    fc.assert(
      fc.property(fc.array(nameChar, { maxLength: 24 }), (chars) => {
        const name = chars.join('');
        expect(foldName(name)).toBe(foldedByRules(name));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(foldName(name)).toBe(foldedByRules(name));
      }),
    );
  });
});
