import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonTextIsWellFormed, malformedTextAt } from '../../src/core/text/malformed-text.js';

/** Strings that are often not text: NULs and lone surrogates among ordinary and paired ones. */
const suspectString = fc
  .array(fc.constantFrom('a', 'é', '\0', '\ud800', '\udfff', '\ud83d\ude00', '\\', 'u', '"'), {
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

const suspectJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    suspectString,
    fc.integer(),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(suspectString, tie('value'), { maxKeys: 3 }),
  ),
})).value;

describe('well-formed JSON text', () => {
  it('is said to be well-formed only when no string it parses to is malformed', () => {
    fc.assert(
      fc.property(suspectJson, (value) => {
        const text = JSON.stringify(value);
        const walked = malformedTextAt(JSON.parse(text), 'line');
        if (jsonTextIsWellFormed(text)) expect(walked).toBeUndefined();
      }),
    );
  });

  it('is read from the text alone for ordinary text, paired surrogates and all', () => {
    expect(jsonTextIsWellFormed(JSON.stringify({ name: 'Khan Yunis 😀', n: 1 }))).toBe(true);
    expect(jsonTextIsWellFormed('{"name":"a\\u0000b"}')).toBe(false);
    expect(jsonTextIsWellFormed('{"name":"a\\uDC00"}')).toBe(false);
    expect(jsonTextIsWellFormed('{"name":"a\\u00e9"}')).toBe(true);
  });
});
