// Small builders for valid evidence objects and ledger changes. Each call makes fresh ids;
// pass overrides for what a test is about and leave the rest to the defaults.
import { createHash, randomUUID } from 'node:crypto';
import { AgreementRecord } from '../../src/core/agreement/agreement-record.js';
import { Claim, ClaimContent } from '../../src/core/evidence/claim.js';
import { Document } from '../../src/core/evidence/document.js';
import { Source } from '../../src/core/evidence/source.js';
import {
  newId,
  type AgreementId,
  type ClaimId,
  type DocumentId,
  type PartyId,
} from '../../src/core/ids.js';
import type { LedgerChange } from '../../src/core/ledger/ledger-entry.js';

/** The instant builders use for every time they need: the pause's first morning. */
export const T0 = '2023-11-24T05:00:00.000Z';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function makeSource(overrides: Partial<Source> = {}): Source {
  return Source.parse({ id: newId('src'), name: 'Reuters', kind: 'news_agency', ...overrides });
}

/** A plain-text article; its content hash follows its raw text, which is unique by default. */
export function makeDocument(overrides: Partial<Document> = {}): Document {
  const rawText = overrides.rawText ?? `A report (${randomUUID()}).`;
  return Document.parse({
    id: newId('doc'),
    kind: 'article',
    format: 'text',
    title: null,
    publisher: null,
    published: null,
    url: null,
    contentHash: sha256(rawText),
    rawText,
    cleanText: null,
    recordedAt: T0,
    ...overrides,
  });
}

/** What a claim says: by default a release on T0, reported by Reuters. */
export function makeClaimContent(overrides: Partial<ClaimContent> = {}): ClaimContent {
  return ClaimContent.parse({
    type: 'release',
    when: { earliest: T0, latest: T0, label: '', precision: 'exact' },
    attribution: [{ name: 'Reuters', kind: 'news_agency' }],
    ...overrides,
  });
}

export type ClaimOverrides = Partial<Omit<Claim, 'content'>> & {
  readonly content?: Partial<ClaimContent>;
};

/** A suggested claim from `document`, made by a rule; `content` overrides merge with the default content. */
export function makeClaim(document: DocumentId, overrides: ClaimOverrides = {}): Claim {
  const { content, ...rest } = overrides;
  return Claim.parse({
    id: newId('clm'),
    document,
    content: makeClaimContent(content),
    provenance: { kind: 'rule', rule: 'test' },
    status: 'suggested',
    revision: 1,
    reviewNote: null,
    recordedAt: T0,
    knownAt: T0,
    updatedAt: T0,
    ...rest,
  });
}

export function makeAgreement(overrides: Partial<AgreementRecord> = {}): AgreementRecord {
  return AgreementRecord.parse({
    id: 'test-pause',
    version: 1,
    title: 'A test pause',
    text: 'id: test-pause\n',
    effectiveFrom: null,
    recordedAt: T0,
    ...overrides,
  });
}

export const sourceAdded = (source: Source): LedgerChange => ({ type: 'source.added', source });

export const documentAdded = (document: Document): LedgerChange => ({
  type: 'document.added',
  document,
});

export const claimAdded = (claim: Claim): LedgerChange => ({ type: 'claim.added', claim });

/** A claim recorded for these agreements. */
export const claimAddedFor = (claim: Claim, agreements: readonly AgreementId[]): LedgerChange => ({
  type: 'claim.added',
  claim,
  agreements,
});

export const claimAssigned = (claim: ClaimId, agreement: AgreementId): LedgerChange => ({
  type: 'claim.assigned',
  claim,
  agreement,
});

export const claimUnassigned = (claim: ClaimId, agreement: AgreementId): LedgerChange => ({
  type: 'claim.unassigned',
  claim,
  agreement,
});

/** An actor acting for a party, as ingest resolves one. */
export const agentOf = (party: string) => ({
  name: party,
  role: 'agent' as const,
  party: party as PartyId,
});

export const claimReviewed = (
  claim: ClaimId,
  status: 'accepted' | 'rejected',
  note: string | null = null,
): LedgerChange => ({ type: 'claim.reviewed', claim, status, note });

export const claimEdited = (
  claim: ClaimId,
  content: ClaimContent,
  note: string | null = null,
): LedgerChange => ({ type: 'claim.edited', claim, content, note });

export const claimRetracted = (claim: ClaimId, note: string | null = null): LedgerChange => ({
  type: 'claim.retracted',
  claim,
  note,
});

export const agreementRecorded = (agreement: AgreementRecord): LedgerChange => ({
  type: 'agreement.recorded',
  agreement,
});
