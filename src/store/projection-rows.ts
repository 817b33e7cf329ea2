import type { AgreementRecord } from '../core/agreement/agreement-record.js';
import type { Claim } from '../core/evidence/claim.js';
import { partiesNamedBy, type ClaimAssignment } from '../core/evidence/claim-assignment.js';
import type { Document } from '../core/evidence/document.js';
import type { Source } from '../core/evidence/source.js';
import { canonicalJson } from '../core/ledger/canonical-json.js';
import type { LedgerState, ProjectedRow } from '../core/ledger/projection.js';
import type { KnownJson } from './change-text.js';
import { readingTextOf } from './reading-text.js';
import type {
  AgreementsTable,
  ClaimAgreementsTable,
  ClaimPartiesTable,
  ClaimsTable,
  DocumentsTable,
  SourceAliasesTable,
  SourcesTable,
} from './store-schema.js';

/** Projection table rows, by table. */
export interface TableRows {
  sources: SourcesTable[];
  source_aliases: SourceAliasesTable[];
  documents: DocumentsTable[];
  claims: ClaimsTable[];
  claim_parties: ClaimPartiesTable[];
  claim_agreements: ClaimAgreementsTable[];
  agreements: AgreementsTable[];
  /** Assignments taken back: rows to delete. */
  unassigned: ClaimAgreementsTable[];
}

/** Folds a name for lookups that ignore case; done here, not by SQL `lower`, so both databases agree. */
export const nameKey = (name: string): string => name.normalize('NFC').toLowerCase();

/** The instant `utcText` converted last, and its text: an import's claims share one `knownAt`. */
let lastInstant = '';
let lastUtcText = '';

/** Instants as UTC ISO text, so they compare correctly as text in both databases. */
export function utcText(instant: string): string {
  if (instant !== lastInstant) {
    lastUtcText = new Date(instant).toISOString();
    lastInstant = instant;
  }
  return lastUtcText;
}

export const sourceRow = (source: Source): SourcesTable => ({
  id: source.id,
  name_key: nameKey(source.name),
  json: canonicalJson(source),
});

export const sourceAliasRows = (source: Source): SourceAliasesTable[] =>
  [...new Set(source.aliases.map(nameKey))].map((alias_key) => ({
    alias_key,
    source_id: source.id,
  }));

export const documentRow = (document: Document): DocumentsTable => ({
  id: document.id,
  content_hash: document.contentHash,
  recorded_at: utcText(document.recordedAt),
  json: canonicalJson(document),
});

export const claimRow = (claim: Claim, json: string = canonicalJson(claim)): ClaimsTable => ({
  id: claim.id,
  document: claim.document,
  type: claim.content.type,
  status: claim.status,
  known_at: utcText(claim.knownAt),
  json,
  reading: readingTextOf(claim, json),
});

export const claimPartyRows = (claim: Claim): ClaimPartiesTable[] =>
  partiesNamedBy(claim.content).map((party) => ({ claim: claim.id, party }));

export const assignmentRow = (assignment: ClaimAssignment): ClaimAgreementsTable => ({
  claim: assignment.claim,
  agreement: assignment.agreement,
});

export const agreementRow = (agreement: AgreementRecord): AgreementsTable => ({
  id: agreement.id,
  version: agreement.version,
  json: canonicalJson(agreement),
});

/** The table rows that store projected objects, grouped by table. */
export function tableRowsOf(written: Iterable<ProjectedRow>, known?: KnownJson): TableRows {
  const rows: TableRows = {
    sources: [],
    source_aliases: [],
    documents: [],
    claims: [],
    claim_parties: [],
    claim_agreements: [],
    agreements: [],
    unassigned: [],
  };
  for (const projected of written) {
    switch (projected.table) {
      case 'sources':
        rows.sources.push(sourceRow(projected.row));
        rows.source_aliases.push(...sourceAliasRows(projected.row));
        break;
      case 'documents':
        rows.documents.push(documentRow(projected.row));
        break;
      case 'claims':
        rows.claims.push(claimRow(projected.row, known?.get(projected.row)));
        rows.claim_parties.push(...claimPartyRows(projected.row));
        break;
      case 'claim_agreements':
        (projected.removed ? rows.unassigned : rows.claim_agreements).push(
          assignmentRow(projected.row),
        );
        break;
      case 'agreements':
        rows.agreements.push(agreementRow(projected.row));
        break;
    }
  }
  return rows;
}

/** Every row an in-memory replay holds. */
export function* projectedRowsOf(state: LedgerState): Generator<ProjectedRow> {
  for (const row of state.sources.values()) yield { table: 'sources', row };
  for (const row of state.documents.values()) yield { table: 'documents', row };
  for (const row of state.claims.values()) yield { table: 'claims', row };
  for (const row of state.agreements.values()) yield { table: 'agreements', row };
  for (const row of state.assignments.values()) {
    yield { table: 'claim_agreements', row, removed: false };
  }
}

/** Reads the object a projection row stores; trusted as `entryOfLedgerRow` is. */
export const objectOfRow = <T>(row: { json: string } | undefined): T | undefined =>
  row === undefined ? undefined : (JSON.parse(row.json) as T);
