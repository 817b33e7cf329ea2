// What the evaluation tests share: claims made the way the importer makes them (with fake
// ids), a small agreement to vary, and the example files read from the repository.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { z } from 'zod';
import type { Agreement } from '../../../src/core/agreement/agreement.js';
import { parseAgreement } from '../../../src/core/agreement/parse-agreement.js';
import type { Claim } from '../../../src/core/evidence/claim.js';
import type { Validity } from '../../../src/core/evaluation/as-of-window.js';
import { evaluate, evaluateVerdicts } from '../../../src/core/evaluation/evaluate.js';
import type { Verdicts } from '../../../src/core/evaluation/verdicts.js';
import { fullEvaluation } from '../../../src/core/evaluation/verdicts.js';
import { ClaimImportLine, claimFromImportLine } from '../../../src/core/evidence/claim-import.js';
import type { ClaimId, DocumentId } from '../../../src/core/ids.js';

export type ClaimInput = z.input<typeof ClaimImportLine>;

/** A claim as the importer makes it from a JSONL line; `n` gives its id (clm_000001…). */
export function claimOf(n: number, line: Partial<ClaimInput> & Pick<ClaimInput, 'type'>): Claim {
  return claimFromImportLine(
    ClaimImportLine.parse({
      when: {
        earliest: '2024-03-01T12:00:00Z',
        latest: '2024-03-01T12:00:00Z',
        precision: 'exact',
      },
      attribution: [{ name: 'Wire', kind: 'news_agency' }],
      status: 'accepted',
      knownAt: '2024-03-01T00:00:00Z',
      ...line,
    }),
    {
      id: `clm_${String(n).padStart(6, '0')}` as ClaimId,
      document: 'doc_000001' as DocumentId,
      recordedAt: '2026-01-01T00:00:00Z',
      defaultProvenance: { kind: 'analyst', analyst: 'tester' },
      defaultStatus: 'accepted',
    },
  );
}

/** An instant interval, for claims' `when`. */
export const at = (earliest: string, latest = earliest) => ({
  earliest,
  latest,
  precision: earliest === latest ? ('exact' as const) : ('hour' as const),
});

export const by = (party: string) => ({ name: party, role: 'agent' as const, party });
export const from = (
  name: string,
  kind: 'news_agency' | 'party' | 'mediator' | 'official_body' = 'news_agency',
) => [{ name, kind }];
export const people = (n: number) => [
  { unit: 'people', min: n, max: n, qualifier: 'exact' as const },
];

/**
 * A small agreement, in UTC with days from midnight, 1–5 March 2024, between north and south,
 * with the given norms (YAML, indented as items of `norms:`) and optional extra top-level keys.
 */
export function agreementWith(norms: string, extra = '', term = 'duration: {days: 5}'): Agreement {
  return parseAgreement(`
id: test-agreement
title: Test agreement
ref: a test
timezone: UTC
day_boundary: "00:00"
parties: [{id: north, aliases: [North Army]}, {id: south, aliases: [South Command]}]
mediators: [{id: broker, aliases: [Broker Ministry]}]
${extra}
term:
  start: 2024-03-01T00:00
  ref: a test
  ${term}
norms:
${norms}
`);
}

const here = (path: string) => new URL(path, import.meta.url);

/** An example agreement and its claims, read from examples/ in the repository. */
export function example(name: string): { agreement: Agreement; claims: Claim[] } {
  const agreement = parseAgreement(
    readFileSync(here(`../../../examples/agreements/${name}.yaml`), 'utf8'),
    name,
  );
  const lines = readFileSync(here(`../../../examples/claims/${name}.jsonl`), 'utf8')
    .trim()
    .split('\n');
  const claims = lines.map((text, i) =>
    claimFromImportLine(ClaimImportLine.parse(JSON.parse(text)), {
      id: `clm_${String(i + 1).padStart(6, '0')}` as ClaimId,
      document: 'doc_000001' as DocumentId,
      recordedAt: '2026-01-01T00:00:00Z',
      defaultProvenance: { kind: 'analyst', analyst: 'tester' },
      defaultStatus: 'accepted',
    }),
  );
  return { agreement, claims };
}

/** The examples' documents, by key. */
/** An example with its amendment (`examples/amendments/NAME.v2.yaml`): both versions, in order. */
export function amendedExample(name: string): {
  versions: [Agreement, Agreement];
  claims: Claim[];
} {
  const { agreement: original, claims } = example(name);
  const originalText = readFileSync(here(`../../../examples/agreements/${name}.yaml`), 'utf8');
  const amended = parseAgreement(
    readFileSync(here(`../../../examples/amendments/${name}.v2.yaml`), 'utf8'),
    `${name}.v2.yaml`,
    (id, version) => (id === name && version === 1 ? originalText : undefined),
  );
  return { versions: [original, amended], claims };
}

export function exampleDocuments(
  name: string,
): Map<string, { published: string; url: string | null }> {
  const lines = readFileSync(here(`../../../examples/documents/${name}.jsonl`), 'utf8')
    .trim()
    .split('\n');
  return new Map(
    lines.map((text) => {
      const d = JSON.parse(text) as { key: string; published: string; url: string | null };
      return [d.key, d];
    }),
  );
}

/**
 * An evaluation advanced from a held one equals, byte for byte, a fresh evaluation of the claims
 * after the change, and is kept for no moment a fresh one would not be kept for.
 */
export function expectAsFresh(
  verdicts: Verdicts,
  validity: Validity,
  agreement: Agreement,
  claims: readonly Claim[],
  asOf: string,
): void {
  expect(JSON.stringify(fullEvaluation(verdicts))).toBe(
    JSON.stringify(evaluate(agreement, claims, asOf)),
  );
  const fresh = { from: -Infinity, until: Infinity };
  evaluateVerdicts(agreement, claims, asOf, { validity: fresh });
  expect(validity.from).toBeGreaterThanOrEqual(fresh.from);
  expect(validity.until).toBeLessThanOrEqual(fresh.until);
}
