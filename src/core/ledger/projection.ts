import type { AgreementRecord } from '../agreement/agreement-record.js';
import type { Claim } from '../evidence/claim.js';
import type { ClaimAssignment } from '../evidence/claim-assignment.js';
import type { Document } from '../evidence/document.js';
import type { Source } from '../evidence/source.js';
import { corrupt } from '../errors.js';
import type { LedgerEntry } from './ledger-entry.js';

/** A row of a projection table, as the ledger makes it. */
export type ProjectedRow =
  | { readonly table: 'sources'; readonly row: Source }
  | { readonly table: 'documents'; readonly row: Document }
  | { readonly table: 'claims'; readonly row: Claim }
  | { readonly table: 'agreements'; readonly row: AgreementRecord }
  /** An assignment made (`removed: false`) or taken back (`removed: true`). */
  | {
      readonly table: 'claim_agreements';
      readonly row: ClaimAssignment;
      readonly removed: boolean;
    };

export type ProjectionTable = ProjectedRow['table'];

/** Reads the current projection of a claim while an entry is applied. */
export type ClaimLookup = (id: Claim['id']) => Claim | undefined;

/**
 * The rows an entry writes (inserted or replaced whole). The one definition of what each
 * change means: the store's tables and every in-memory replay both go through it.
 */
export function rowsWrittenBy(entry: LedgerEntry, claimNow: ClaimLookup): ProjectedRow[] {
  const { change, recordedAt } = entry;
  switch (change.type) {
    case 'source.added':
      return [{ table: 'sources', row: change.source }];
    case 'document.added':
      return [{ table: 'documents', row: change.document }];
    case 'claim.added': {
      const rows: ProjectedRow[] = [{ table: 'claims', row: change.claim }];
      // Most claims are for no agreement: no set to make for them.
      if (change.agreements === undefined) return rows;
      for (const agreement of new Set(change.agreements)) {
        rows.push({
          table: 'claim_agreements',
          row: { claim: change.claim.id, agreement },
          removed: false,
        });
      }
      return rows;
    }
    case 'claim.assigned':
    case 'claim.unassigned':
      if (claimNow(change.claim) === undefined) {
        throw corrupt(
          `entry ${entry.seq} (${change.type}) names claim ${change.claim}, which no earlier entry added`,
        );
      }
      return [
        {
          table: 'claim_agreements',
          row: { claim: change.claim, agreement: change.agreement },
          removed: change.type === 'claim.unassigned',
        },
      ];
    case 'agreement.recorded':
      return [{ table: 'agreements', row: change.agreement }];
    case 'claim.reviewed':
    case 'claim.edited':
    case 'claim.retracted': {
      const before = claimNow(change.claim);
      if (before === undefined) {
        throw corrupt(
          `entry ${entry.seq} (${change.type}) names claim ${change.claim}, which no earlier entry added`,
        );
      }
      // Every change advances the revision, so a writer who names the one it saw is refused
      // when anything changed since (claimChangeRefusal).
      const common = {
        updatedAt: recordedAt,
        reviewNote: change.note,
        revision: before.revision + 1,
      };
      const after: Claim =
        change.type === 'claim.reviewed'
          ? { ...before, ...common, status: change.status }
          : change.type === 'claim.edited'
            ? { ...before, ...common, content: change.content }
            : { ...before, ...common, status: 'retracted' };
      return [{ table: 'claims', row: after }];
    }
  }
}

/** How an assignment is keyed wherever assignments are held by key. */
export const assignmentKey = ({ claim, agreement }: ClaimAssignment): string =>
  `${claim}\u0000${agreement}`;

/** Projections held in memory: what the record looked like after a run of entries. */
export class LedgerState {
  readonly sources = new Map<string, Source>();
  readonly documents = new Map<string, Document>();
  readonly claims = new Map<string, Claim>();
  /** Every version of every agreement, keyed by `${id}@${version}`. */
  readonly agreements = new Map<string, AgreementRecord>();
  /** Every claim's assignments, keyed by `assignmentKey`. */
  readonly assignments = new Map<string, ClaimAssignment>();

  apply(entry: LedgerEntry): void {
    for (const written of rowsWrittenBy(entry, (id) => this.claims.get(id))) {
      switch (written.table) {
        case 'sources':
          this.sources.set(written.row.id, written.row);
          break;
        case 'documents':
          this.documents.set(written.row.id, written.row);
          break;
        case 'claims':
          this.claims.set(written.row.id, written.row);
          break;
        case 'agreements':
          this.agreements.set(`${written.row.id}@${written.row.version}`, written.row);
          break;
        case 'claim_agreements': {
          const key = assignmentKey(written.row);
          if (written.removed) this.assignments.delete(key);
          else this.assignments.set(key, written.row);
          break;
        }
      }
    }
  }

  /** Replays entries in order; with `asOf`, only those recorded at or before it. */
  static replay(entries: Iterable<LedgerEntry>, asOf?: string): LedgerState {
    const state = new LedgerState();
    const limit = asOf === undefined ? Infinity : Date.parse(asOf);
    for (const entry of entries) {
      if (Date.parse(entry.recordedAt) > limit) break;
      state.apply(entry);
    }
    return state;
  }
}
