import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readingFieldsOf, type Claim } from '../../src/core/evidence/claim.js';
import { canonicalJson } from '../../src/core/ledger/canonical-json.js';
import { readingTextOf } from '../../src/store/reading-text.js';
import { makeClaim, makeDocument } from '../support/builders.js';

const document = makeDocument();
/** Names with the characters a cut could stumble on: brackets, quotes, backslashes, commas. */
const name = fc
  .string({
    unit: fc.constantFrom('a', ' ', '[', ']', '{', '}', '"', '\\', ',', ':', 'é', '✓'),
    minLength: 1,
  })
  .filter((text) => text.trim().length > 0);

describe("a claim's reading fields as text", () => {
  it("are cut from the claim's canonical JSON exactly as they would be written whole", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, fc.constantFrom('agent', 'target', 'recipient')), { maxLength: 3 }),
        fc.array(name, { minLength: 1, maxLength: 3 }),
        fc.option(name),
        (actors, links, text) => {
          const claim = makeClaim(document.id, {
            content: {
              actors: actors.map(([actor, role]) => ({ name: actor, role, party: null })),
              attribution: links.map((link) => ({
                name: link,
                kind: 'news_agency' as const,
                source: null,
              })),
              ...(text === null ? {} : { text }),
            },
          });
          expect(readingTextOf(claim, canonicalJson(claim))).toBe(
            canonicalJson(readingFieldsOf(claim.content)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('are taken from the text when it begins with them, not written again from the claim', () => {
    // Only the text names the second side: a reader that wrote the fields again would miss it.
    const claim = makeClaim(document.id);
    const told = {
      ...claim,
      content: {
        ...claim.content,
        actors: [{ name: 'Rapid Support Forces', role: 'agent' as const, party: null }],
      },
    };
    expect(readingTextOf(claim, canonicalJson(told))).toBe(
      canonicalJson(readingFieldsOf(told.content)),
    );
    expect(canonicalJson(readingFieldsOf(told.content))).not.toBe(
      canonicalJson(readingFieldsOf(claim.content)),
    );
  });

  it('are written whole when the text does not begin with them', () => {
    const claim = makeClaim(document.id);
    const odd = { ...claim, content: { ...claim.content, aaa: 1 } } as unknown as Claim;
    const expected = canonicalJson(readingFieldsOf(claim.content));
    expect(readingTextOf(odd, canonicalJson(odd))).toBe(expected);
    expect(readingTextOf(claim, '{"content":{"actors":"[",')).toBe(expected);
    expect(readingTextOf(claim, '{}')).toBe(expected);
  });
});
