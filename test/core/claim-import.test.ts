import { describe, expect, it } from 'vitest';
import { ClaimImportLine, claimFromImportLine } from '../../src/core/evidence/claim-import.js';
import { newId } from '../../src/core/ids.js';
import type { ClaimId, DocumentId } from '../../src/core/ids.js';

const identity = {
  id: 'clm_000001' as ClaimId,
  document: 'doc_000001' as DocumentId,
  recordedAt: '2026-01-01T00:00:00.000Z',
  defaultProvenance: { kind: 'analyst', analyst: 'tester' } as const,
  defaultStatus: 'suggested' as const,
};

const line = {
  type: 'release',
  when: {
    earliest: '2023-11-24T14:00:00Z',
    latest: '2023-11-24T16:00:00Z',
    label: 'Friday afternoon',
    precision: 'hour',
  },
  actors: [{ name: 'Hamas', role: 'agent', party: 'hamas' }],
  quantities: [{ unit: 'hostages', min: 13, max: 13, qualifier: 'exact' }],
  categories: ['women', 'children'],
  attribution: [{ name: 'Qatar MFA', kind: 'mediator' }],
};

describe('claim import lines', () => {
  it('a line becomes a recorded claim with defaults for what it leaves out', () => {
    const claim = claimFromImportLine(ClaimImportLine.parse(line), identity);
    expect(claim.status).toBe('suggested');
    expect(claim.knownAt).toBe(identity.recordedAt);
    expect(claim.content.modality).toBe('asserted');
    expect(claim.content.attribution[0]).toEqual({
      name: 'Qatar MFA',
      kind: 'mediator',
      source: null,
    });
    expect(claim.provenance).toEqual({ kind: 'analyst', analyst: 'tester' });
  });

  it('status, provenance and knownAt on the line win over the defaults', () => {
    const claim = claimFromImportLine(
      ClaimImportLine.parse({
        ...line,
        status: 'accepted',
        knownAt: '2023-11-24T20:00:00Z',
        provenance: { kind: 'rule', rule: 'r1' },
      }),
      identity,
    );
    expect([claim.status, claim.knownAt, claim.provenance.kind]).toEqual([
      'accepted',
      '2023-11-24T20:00:00Z',
      'rule',
    ]);
  });

  it('an unknown key is refused rather than silently dropped', () => {
    const parsed = ClaimImportLine.safeParse({ ...line, quantitites: [] });
    expect(parsed.success).toBe(false);
  });

  it('an unknown event type names the accepted ones', () => {
    const parsed = ClaimImportLine.safeParse({ ...line, type: 'hostage_release' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(
      /must be an event type: "hostage_release" is not one.*release/,
    );
  });

  it("a line with no attribution is refused: every claim is somebody's", () => {
    expect(ClaimImportLine.safeParse({ ...line, attribution: [] }).success).toBe(false);
  });
});

describe('new ids', () => {
  it('sort in the order they were made, even within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => newId('clm'));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
