import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeQuote, quotesNothing } from '../../src/core/evidence/claim-quote.js';
import type { Span } from '../../src/core/evidence/claim.js';
import { isTruceError } from '../../src/core/errors.js';

const DOCUMENT =
  'Qatar says the pause is extended by two days. Hamas confirms it. The pause is extended.';

const quote = (text: string, span: Span | null = null) => ({ text, span });

/** The error `placeQuote` throws, or null when it accepts. */
function refusal(text: string, span: Span | null, doc = DOCUMENT): string | null {
  try {
    placeQuote(quote(text, span), doc, 'line 3');
    return null;
  } catch (error) {
    if (!isTruceError(error) || error.kind !== 'BadInput') throw error;
    return error.message;
  }
}

describe('a claim quotes its document', () => {
  it('words that occur once in the document are given their span', () => {
    const placed = placeQuote(quote('Hamas confirms it.'), DOCUMENT);
    expect(placed.span).toEqual([46, 64]);
    expect(DOCUMENT.slice(...placed.span!)).toBe('Hamas confirms it.');
  });

  it('a span whose text is the quote is kept as given', () => {
    const given = quote('The pause is extended.', [65, 87]);
    expect(placeQuote(given, DOCUMENT)).toBe(given);
  });

  it('words that occur twice need their span, and the error names the line', () => {
    expect(refusal('extended', null)).toBe(
      'line 3: the claim\'s text "extended" occurs more than once in its document: give its span',
    );
    expect(placeQuote(quote('extended', [78, 86]), DOCUMENT).span).toEqual([78, 86]);
  });

  it('a paraphrase is refused: the words are not in the document', () => {
    expect(refusal('The truce is extended by 48 hours.', null)).toMatch(
      /^line 3: the claim's text "The truce is extended by 48 hours\." is not in its document/,
    );
  });

  it('a span that reads other words than the quote is refused, saying what it reads', () => {
    expect(refusal('Hamas confirms it.', [0, 18])).toBe(
      'line 3: the claim\'s text "Hamas confirms it." is not its document\'s text at span [0, 18], which reads "Qatar says the pau"',
    );
  });

  it('a span past the end of the document is refused', () => {
    expect(refusal('x', [200, 201])).toMatch(/runs past the end of its document \(87 characters\)/);
  });

  it("an analyst's claim with no words and no span quotes nothing, and is allowed", () => {
    const none = quote('');
    expect(placeQuote(none, DOCUMENT)).toBe(none);
    expect(quotesNothing(none)).toBe(true);
    expect(quotesNothing(quote('Hamas confirms it.', [46, 64]))).toBe(false);
  });

  it('whatever the document, a placed quote is the text at its span', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = text.length === 0 ? 0 : a % text.length;
          const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
          const words = text.slice(start, end);
          // Given its span, the text there is always accepted.
          expect(placeQuote(quote(words, [start, end]), text).span).toEqual([start, end]);
          if (words === '') return;
          const error = refusal(words, null, text);
          const once = text.indexOf(words) === text.lastIndexOf(words);
          if (once) {
            const placed = placeQuote(quote(words), text);
            expect(text.slice(...placed.span!)).toBe(words);
          } else expect(error).toMatch(/occurs more than once/);
        },
      ),
    );
  });

  it('whatever the document, other words at a span are refused', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 10 }),
        (text, words) => {
          const span: Span = [0, Math.min(words.length, text.length)];
          fc.pre(text.slice(...span) !== words);
          expect(refusal(words, span, text)).not.toBeNull();
        },
      ),
    );
  });
});
