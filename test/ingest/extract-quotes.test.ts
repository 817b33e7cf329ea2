import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeQuote } from '../../src/core/evidence/claim-quote.js';
import { extractClaims } from '../../src/ingest/extract.js';

// Extraction makes claims the same way an analyst must: each quotes the clean text at its span.
const TRAIN = new URL('../corpus/train/', import.meta.url);
const reports = readdirSync(TRAIN)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const gold = JSON.parse(readFileSync(new URL(f, TRAIN), 'utf8')) as {
      format: 'text' | 'html';
      published: string | null;
      timeZone: string;
      publisher?: string | null;
    };
    const text = readFileSync(
      new URL(f.replace(/\.json$/, gold.format === 'html' ? '.html' : '.txt'), TRAIN),
      'utf8',
    );
    return { name: f, gold, text };
  });

let checked = 0;

describe('extracted claims quote their documents', () => {
  it('the labelled corpus has reports to read', () => {
    expect(reports.length).toBeGreaterThan(10);
  });

  it.each(reports)("every claim read from $name is the clean text's words at its span", (r) => {
    const { document, claims } = extractClaims({ ...r.gold, text: r.text });
    checked += claims.length;
    for (const claim of claims) {
      expect(claim.text).not.toBe('');
      expect(() => placeQuote(claim, document.cleanText, claim.rule)).not.toThrow();
    }
  });

  // Tests in a file run in order: by now every report above has been read.
  it('read hundreds of claims across the corpus, so the checks above checked something', () => {
    expect(checked).toBeGreaterThan(200);
  });
});
