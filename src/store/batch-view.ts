import { ClaimConflict, claimChangeRefusal } from '../core/evidence/claim-change-rule.js';
import type { Kysely } from 'kysely';
import type { Claim } from '../core/evidence/claim.js';
import { conflict, notFound } from '../core/errors.js';
import type { LedgerChange } from '../core/ledger/ledger-entry.js';
import type { ClaimLookup, ProjectedRow } from '../core/ledger/projection.js';
import { rowsByKey } from './rows-by-key.js';
import type { StoreSchema } from './store-schema.js';

/** Names under which a recorded thing is taken; the value is the id that holds it. */
const taken = {
  source: (id: string) => `source:${id}`,
  document: (id: string) => `document:${id}`,
  content: (hash: string) => `content:${hash}`,
  claim: (id: string) => `claim:${id}`,
  agreement: (id: string, version: number) => `agreement:${id}@${version}`,
  assignment: (claim: string, agreement: string) => `assignment:${claim}@${agreement}`,
};

/**
 * What a batch of changes sees while it is appended: the stored rows it touches, with its own
 * writes on top. It refuses, inside the write lock, a change that would overwrite a recorded
 * row or names a missing one, so two processes cannot both record the same thing.
 */
export class BatchView {
  readonly #taken: Map<string, string>;
  readonly #claims: Map<string, Claim>;
  /** The ids of the claims read from the tables (the batch's own are added to `#claims`). */
  readonly #storedClaims: ReadonlySet<string>;
  /** The rows the batch writes, the last write of each row only. */
  readonly #written = new Map<string, ProjectedRow>();

  private constructor(takenNames: Map<string, string>, claims: Map<string, Claim>) {
    this.#taken = takenNames;
    this.#claims = claims;
    this.#storedClaims = new Set(claims.keys());
  }

  /** Loads the stored rows the changes add to or refer to, by primary key or unique index. */
  static async load(db: Kysely<StoreSchema>, changes: readonly LedgerChange[]): Promise<BatchView> {
    const sources: string[] = [];
    const documents: string[] = [];
    const hashes: string[] = [];
    const claimIds: string[] = [];
    const agreements: string[] = [];
    for (const change of changes) {
      switch (change.type) {
        case 'source.added':
          sources.push(change.source.id);
          break;
        case 'document.added':
          documents.push(change.document.id);
          hashes.push(change.document.contentHash);
          break;
        case 'claim.added':
          claimIds.push(change.claim.id);
          documents.push(change.claim.document);
          break;
        case 'claim.reviewed':
        case 'claim.edited':
        case 'claim.retracted':
        case 'claim.assigned':
        case 'claim.unassigned':
          claimIds.push(change.claim);
          break;
        case 'agreement.recorded':
          agreements.push(change.agreement.id);
          break;
      }
    }
    const names = new Map<string, string>();
    const claims = new Map<string, Claim>();
    for (const { id } of await rowsByKey(db, 'sources', ['id'], 'id', new Set(sources))) {
      names.set(taken.source(id), id);
    }
    for (const { id } of await rowsByKey(db, 'documents', ['id'], 'id', new Set(documents))) {
      names.set(taken.document(id), id);
    }
    const sameContent = rowsByKey(
      db,
      'documents',
      ['id', 'content_hash'],
      'content_hash',
      new Set(hashes),
    );
    for (const { id, content_hash } of await sameContent) {
      names.set(taken.content(content_hash), id);
    }
    for (const row of await rowsByKey(db, 'claims', ['id', 'json'], 'id', new Set(claimIds))) {
      names.set(taken.claim(row.id), row.id);
      claims.set(row.id, JSON.parse(row.json) as Claim);
    }
    const versions = rowsByKey(db, 'agreements', ['id', 'version'], 'id', new Set(agreements));
    for (const { id, version } of await versions) names.set(taken.agreement(id, version), id);
    return new BatchView(names, claims);
  }

  /**
   * Throws when the change cannot be recorded on top of what is stored and pending.
   * `seenRevision` is the claim's revision its writer saw, when the writer named one.
   */
  admit(change: LedgerChange, seenRevision?: number): void {
    switch (change.type) {
      case 'source.added':
        this.#refuseTaken(taken.source(change.source.id), `source ${change.source.id}`);
        return;
      case 'document.added': {
        const { id, contentHash } = change.document;
        this.#refuseTaken(taken.document(id), `document ${id}`);
        const same = this.#taken.get(taken.content(contentHash));
        if (same !== undefined) {
          throw conflict(`document ${id} has the same content as document ${same}`);
        }
        return;
      }
      case 'claim.added': {
        const { id, document } = change.claim;
        this.#refuseTaken(taken.claim(id), `claim ${id}`);
        if (!this.#taken.has(taken.document(document))) {
          throw notFound(`claim ${id} names document ${document}, which is not recorded`);
        }
        return;
      }
      case 'claim.reviewed':
      case 'claim.edited':
      case 'claim.retracted': {
        const claim = this.#claims.get(change.claim);
        if (claim === undefined) {
          throw notFound(`${change.type} names claim ${change.claim}, which is not recorded`);
        }
        const refusal = claimChangeRefusal(claim, change.type, seenRevision);
        if (refusal !== undefined) throw new ClaimConflict(refusal, claim, undefined);
        return;
      }
      case 'claim.assigned':
      case 'claim.unassigned':
        if (!this.#claims.has(change.claim)) {
          throw notFound(`${change.type} names claim ${change.claim}, which is not recorded`);
        }
        return;
      case 'agreement.recorded': {
        const { id, version } = change.agreement;
        this.#refuseTaken(taken.agreement(id, version), `agreement ${id} version ${version}`);
        return;
      }
    }
  }

  /** The claim as stored or as this batch left it: the lookup `rowsWrittenBy` needs. */
  readonly claim: ClaimLookup = (id) => this.#claims.get(id);

  /** Whether the claim has rows in the tables from before this batch. */
  readonly claimWasStored = (id: string): boolean => this.#storedClaims.has(id);

  /** Takes note of rows the batch writes. */
  record(rows: readonly ProjectedRow[]): void {
    for (const written of rows) {
      if (written.table === 'claim_agreements') {
        // Not a name taken: an assignment may be made, taken back and made again.
        const { claim, agreement } = written.row;
        this.#written.set(taken.assignment(claim, agreement), written);
        continue;
      }
      const { table, row } = written;
      let name: string;
      switch (table) {
        case 'sources':
          name = taken.source(row.id);
          break;
        case 'documents':
          name = taken.document(row.id);
          this.#taken.set(taken.content(row.contentHash), row.id);
          break;
        case 'claims':
          name = taken.claim(row.id);
          this.#claims.set(row.id, row);
          break;
        case 'agreements':
          name = taken.agreement(row.id, row.version);
          break;
      }
      this.#taken.set(name, row.id);
      this.#written.set(name, written);
    }
  }

  written(): Iterable<ProjectedRow> {
    return this.#written.values();
  }

  #refuseTaken(name: string, what: string): void {
    if (this.#taken.has(name)) throw conflict(`${what} is already recorded`);
  }
}
