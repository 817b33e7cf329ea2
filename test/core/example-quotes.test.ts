import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeQuote } from '../../src/core/evidence/claim-quote.js';
import { SUMMARY_CREDIT, documentCredit } from '../../src/core/evidence/document-credit.js';

// Every bundled example, read as the loader reads it: documents by key, claims naming them.
const EXAMPLES = new URL('../../examples/', import.meta.url);
const jsonl = (path: string): Record<string, unknown>[] =>
  readFileSync(new URL(path, EXAMPLES), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

interface ExampleDocument {
  key: string;
  kind: string;
  publisher: string | null;
  derivedFrom?: string | null;
  text: string;
}
interface ExampleClaim {
  document: string;
  text: string;
  span: [number, number] | null;
}

const bundles = readdirSync(new URL('claims/', EXAMPLES)).map((f) => f.replace(/\.jsonl$/, ''));
const examples = bundles.map((bundle) => ({
  bundle,
  documents: new Map(
    (jsonl(`documents/${bundle}.jsonl`) as unknown as ExampleDocument[]).map((d) => [d.key, d]),
  ),
  claims: jsonl(`claims/${bundle}.jsonl`) as unknown as ExampleClaim[],
}));

describe('the bundled examples quote their documents', () => {
  it('there are 165 example claims in nine bundles', () => {
    expect(bundles).toHaveLength(9);
    expect(examples.reduce((n, e) => n + e.claims.length, 0)).toBe(165);
  });

  it.each(examples)('every claim of $bundle is the text of its document at its span', (e) => {
    for (const [i, claim] of e.claims.entries()) {
      const doc = e.documents.get(claim.document);
      expect(doc, `line ${i + 1}`).toBeDefined();
      expect(claim.span, `line ${i + 1} records its span`).not.toBeNull();
      expect(claim.text, `line ${i + 1} quotes words`).not.toBe('');
      expect(doc!.text.slice(...claim.span!), `line ${i + 1}`).toBe(claim.text);
      // The same rule the importer applies.
      expect(() => placeQuote(claim, doc!.text, `line ${i + 1}`)).not.toThrow();
    }
  });

  it.each(examples)(
    'every document of $bundle is a summary in our words, credited as such',
    (e) => {
      for (const doc of e.documents.values()) {
        expect(doc.kind, doc.key).toBe('summary');
        expect(doc, doc.key).toHaveProperty('derivedFrom');
        const credit = documentCredit({
          kind: 'summary',
          publisher: doc.publisher,
          url: null,
          derivedFrom: doc.derivedFrom ?? null,
        });
        expect(credit.by).toBe(SUMMARY_CREDIT);
        expect(credit.line).toMatch(/^Summary written for the examples/);
      }
    },
  );
});
