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

describe('extracted claims quote their documents', () => {
  it('the labelled corpus has reports to read', () => {
    expect(reports.length).toBeGreaterThan(10);
  });

  it.each(reports)("every claim read from $name is the clean text's words at its span", (r) => {
    const { document, claims } = extractClaims({ ...r.gold, text: r.text });
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim.text).not.toBe('');
      expect(() => placeQuote(claim, document.cleanText, claim.rule)).not.toThrow();
    }
  });
});
