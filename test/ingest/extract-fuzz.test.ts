import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTruceError } from '../../src/core/errors.js';
import { MAX_INPUT_CHARS } from '../../src/ingest/clean-text.js';
import { extractClaims } from '../../src/ingest/extract.js';

const base = {
  published: '2023-12-02T10:00:00+02:00',
  timeZone: 'Asia/Jerusalem',
  publisher: 'Wire',
};
const SAMPLE =
  'On Thursday night, Hamas fired 3 rockets from Gaza, the IDF said. Israel released 39 prisoners in Khan Younis. “We did not send a list,” an official said:';

/** Runs the extractor and fails on anything thrown that is not one of our typed errors. */
function onlyTypedErrors(input: Parameters<typeof extractClaims>[0]): void {
  try {
    extractClaims(input);
  } catch (error) {
    if (!isTruceError(error)) throw error;
  }
}

/** Text mutated by inserting, deleting and replacing characters of a real report. */
const mutated = fc
  .array(fc.tuple(fc.nat(SAMPLE.length), fc.nat(8), fc.string({ maxLength: 12 })), {
    maxLength: 12,
  })
  .map((edits) =>
    edits.reduce(
      (text, [at, drop, insert]) => text.slice(0, at) + insert + text.slice(at + drop),
      SAMPLE,
    ),
  );

const htmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<blockquote>',
        '</blockquote>',
        '<div class="share">',
        '</div>',
        '<nav>',
        '<script>',
        '<!--',
        '-->',
        '<',
        '>',
        '&amp;',
        '&#0;',
      ),
      fc.string({ maxLength: 20 }),
      fc.constant(SAMPLE),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

// Hundreds of extractions per property: generous time, since a loaded two-core machine is slow.
describe('extractClaims under fuzzing', { timeout: 180_000 }, () => {
  it('random and mutated text never throws anything but a typed error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          mutated,
        ),
        (text) => onlyTypedErrors({ ...base, text, format: 'text' }),
      ),
      { numRuns: 300 },
    );
  });

  it('random and broken HTML never throws anything but a typed error', () => {
    fc.assert(
      fc.property(htmlish, (text) => onlyTypedErrors({ ...base, text, format: 'html' })),
      { numRuns: 150 },
    );
  });

  it('random publication times and zones give a result or a typed error', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string({ maxLength: 30 })),
        fc.string({ maxLength: 30 }),
        (published, timeZone) =>
          onlyTypedErrors({ text: SAMPLE, format: 'text', published, timeZone }),
      ),
      { numRuns: 100 },
    );
  });

  it('a 5 MB page is refused with a clear error', () => {
    const page = `<html><body>${'<p>Hamas released 13 hostages on Friday. </p>'.repeat(120_000)}</body></html>`;
    expect(page.length).toBeGreaterThan(5_000_000);
    expect(() => extractClaims({ ...base, text: page, format: 'html' })).toThrow(/limit/);
  });

  it('a page just under the size limit completes', () => {
    const text = 'Hamas released 13 hostages on Friday, the Red Cross said.\n\n'.repeat(
      Math.floor(MAX_INPUT_CHARS / 60) - 1,
    );
    const result = extractClaims({ ...base, text, format: 'text' });
    expect(result.claims.length).toBeGreaterThan(0);
    // Two megabytes of claims take a minute or more on a loaded two-core machine: the bound
    // only stops a hang.
  }, 300_000);

  it('an HTML page just under the size limit, full of furniture, completes', () => {
    const block = '<div class="share">Share</div><p>Hamas released 13 hostages on Friday.</p>';
    const page = `<html><body>${block.repeat(Math.floor(MAX_INPUT_CHARS / block.length) - 1)}</body></html>`;
    expect(page.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    const result = extractClaims({ ...base, text: page, format: 'html' });
    expect(result.claims.length).toBeGreaterThan(0);
  }, 120_000);

  it('a binary file is refused as not text', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));
    const error = (() => {
      try {
        extractClaims({ ...base, text: bytes.toString('utf8'), format: 'text' });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(isTruceError(error)).toBe(true);
    expect(String(error)).toMatch(/binary/);
  });
});
