import type { AppendOptions } from './append-options.js';
import type { ApiToken, User } from '../core/accounts/user.js';
import type { AgreementRecord } from '../core/agreement/agreement-record.js';
import type { Claim, ReviewStatus } from '../core/evidence/claim.js';
import type { AgreementScope } from '../core/evidence/claim-assignment.js';
import type { Document } from '../core/evidence/document.js';
import type { Source } from '../core/evidence/source.js';
import type { AgreementId, ClaimId, DocumentId, SourceId } from '../core/ids.js';
import type { LedgerChange, LedgerEntry } from '../core/ledger/ledger-entry.js';
import type { LedgerHead } from '../core/ledger/signed-head.js';
import type { ProjectionTable } from '../core/ledger/projection.js';
import type { EventType } from '../core/vocabulary/event-types.js';

export interface ClaimFilter {
  readonly document?: DocumentId;
  readonly type?: EventType;
  readonly status?: ReviewStatus;
  /** Only claims known at or before this instant (their `knownAt`): the record as of then. */
  readonly knownBy?: string;
  /**
   * Only what an agreement reads: the claims assigned to it, and the unassigned claims whose
   * actors name one of its parties.
   */
  readonly scope?: AgreementScope;
  /**
   * Only claims whose record holds every one of these words, in any case (at least for ASCII
   * letters): a coarse narrowing for search, which decides matches itself (core's text-search).
   */
  readonly containing?: readonly string[];
  /** Cursor: only claims whose id sorts after this one (claims are listed by id). */
  readonly after?: ClaimId;
  readonly limit?: number;
}

/** How a replay of the ledger (verify, rebuild) steps through it. */
/**
 * A claim as its row stores it: the id, the claim's canonical JSON, and the canonical JSON of
 * the fields an agreement's reading of it needs (`ClaimReadingFields`).
 */
export interface StoredClaimText {
  readonly id: ClaimId;
  readonly json: string;
  readonly reading: string;
}

export interface ReplayOptions {
  /**
   * Entries read, checked and written per step (250 unless given): what bounds the memory
   * of a replay, whatever the length of the ledger. Small values are for tests.
   */
  readonly entriesPerChunk?: number;
}

export interface VerifyOptions extends ReplayOptions {
  /** SQLite's quick_check instead of the full integrity_check: O(pages), not O(pages × indexes). */
  readonly fast?: boolean;
}

/** What `rebuild` did: the entries it replayed. */
export interface RebuildReport {
  readonly entries: number;
}

/** What `verify` found: an intact record, or the first thing that does not match. */
export type VerifyReport =
  | { readonly ok: true; readonly entries: number; readonly rows: number }
  | {
      readonly ok: false;
      readonly entries: number;
      readonly problem:
        /** The database file itself is damaged, below the ledger (SQLite's integrity check). */
        | { readonly kind: 'file'; readonly detail: string }
        | { readonly kind: 'chain'; readonly seq: number; readonly detail: string }
        | {
            readonly kind: 'projection';
            readonly table: ProjectionTable;
            readonly id: string;
            readonly detail: string;
          };
    };

/** A user as stored, with what signing in checks. */
export interface StoredUser extends User {
  readonly passwordHash: string | null;
}

/** Which ledger entries `findEntries` reads. */
export interface EntryQuery {
  readonly afterSeq: number;
  readonly limit: number;
  readonly author?: string;
  /** Recorded at or after this instant (UTC ISO text). */
  readonly from?: string;
  /** Recorded at or before this instant (UTC ISO text). */
  readonly to?: string;
  readonly mentioning?: readonly string[];
}

/** One line of the account log. */
export interface AccountLogLine {
  readonly at: string;
  readonly actor: string;
  readonly action:
    'user.added' | 'user.disabled' | 'user.password' | 'token.added' | 'token.revoked';
  readonly subject: string;
}

/**
 * Users, tokens, sessions and sign-in links: kept beside the ledger, not in it (decision
 * 0021). Every change to a user or token also writes a line of the account log, in the same
 * transaction. Secrets arrive here already hashed.
 */
export interface Accounts {
  /** Adds a user; Conflict when the name is taken. */
  addUser(user: Omit<StoredUser, 'hasPassword' | 'disabledAt'>, actor: string): Promise<User>;
  getUser(name: string): Promise<StoredUser | undefined>;
  listUsers(): Promise<readonly User[]>;
  /** Users not disabled. */
  countActiveUsers(): Promise<number>;
  /** NotFound for an unknown name; disabling twice keeps the first time. */
  disableUser(name: string, actor: string): Promise<User>;
  setPassword(name: string, passwordHash: string, actor: string): Promise<void>;

  addToken(token: ApiToken, secretHash: string, actor: string): Promise<void>;
  listTokens(): Promise<readonly ApiToken[]>;
  /** The token with this secret, with its user, whether or not revoked or disabled. */
  tokenBySecret(secretHash: string): Promise<ApiToken | undefined>;
  /** NotFound for an unknown id; revoking twice keeps the first time. */
  revokeToken(id: string, actor: string): Promise<ApiToken>;

  addSignInLink(secretHash: string, user: string, expiresAt: string): Promise<void>;
  /** Marks the link used and returns its user, once: undefined if unknown, used or expired. */
  useSignInLink(secretHash: string, now: string): Promise<string | undefined>;

  getSession(idHash: string, now: string): Promise<string | undefined>;
  setSession(idHash: string, data: string, expiresAt: string): Promise<void>;
  destroySession(idHash: string): Promise<void>;

  accountLog(): Promise<readonly AccountLogLine[]>;
}

/** What `appendAll` wrote: how many entries, ending at which head. */
export interface AppendReport {
  readonly entries: number;
  readonly head: LedgerHead;
}

/**
 * What the ledger's entries after one of them changed, as `claimsChangedAfter` reads it in one
 * snapshot: enough to bring what was read at that entry up to the head.
 */
export interface ClaimsChanged {
  /** The hash of the entry asked after as the ledger holds it now; undefined if it holds none. */
  readonly at: string | undefined;
  /** The last entry read: the head the rest of this answer describes. */
  readonly head: LedgerHead;
  /** Every claim an entry after it added, reviewed, edited, retracted, assigned or unassigned. */
  readonly touched: readonly ClaimId[];
  /** Those of the touched claims the filter keeps, as their rows hold them now, by id. */
  readonly claims: readonly Claim[];
  /** The agreements whose versions an entry after it recorded, each once. */
  readonly agreements: readonly AgreementId[];
  /** How many sources entries after it added. */
  readonly sources: number;
}

/** What a batch of `appendAll` may read while the transaction is open. */
export type StoreReads = Pick<Store, 'getDocument' | 'getClaim' | 'getSource' | 'findSource'>;

/**
 * The one storage contract, served by SQLite and by PostgreSQL alike.
 * Writes go only through `append`: the ledger entry and its projection rows are written in
 * one transaction, so a crash leaves all of a batch or none of it.
 */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Users, tokens and sessions, beside the ledger. */
  readonly accounts: Accounts;
  /** Appends the changes as consecutive entries, atomically; returns them as recorded. */
  append(
    changes: readonly LedgerChange[],
    author: string,
    options?: AppendOptions,
  ): Promise<readonly LedgerEntry[]>;
  /**
   * Appends every batch `batches` yields, in one transaction: a throw from it (a bad line of
   * a file) or from any change stores nothing. The batches are made while the transaction is
   * open, from what `reads` sees in it; their changes are typed by the caller's own parse at
   * the edge, so they are not validated again. Holds one batch at a time, so a file of any
   * size can stream through it.
   */
  appendAll(
    batches: (reads: StoreReads) => AsyncIterable<readonly LedgerChange[]>,
    author: string,
  ): Promise<AppendReport>;
  /** Ledger entries in order, from `fromSeq` (inclusive). */
  entries(fromSeq?: number): AsyncIterable<LedgerEntry>;
  /**
   * A page of ledger entries in order, narrowed by the database: for listings (the audit)
   * that must not parse the whole ledger. `mentioning` keeps entries whose text contains any
   * of the strings, a superset the caller narrows further.
   */
  findEntries(query: EntryQuery): Promise<readonly LedgerEntry[]>;
  entryCount(): Promise<number>;
  /** The last entry's seq and hash, as the ledger table holds them; seq 0 when empty. */
  head(): Promise<LedgerHead>;
  /**
   * What the entries after `afterSeq` changed, read in one snapshot: the claims they touched
   * (those the filter keeps, as they are now), the agreements and sources they recorded. For
   * bringing what was read at an earlier head up to this one without reading it all again.
   */
  claimsChangedAfter(afterSeq: number, filter?: Pick<ClaimFilter, 'scope'>): Promise<ClaimsChanged>;

  getSource(id: SourceId): Promise<Source | undefined>;
  /** Finds a source by its name or one of its aliases, ignoring case. */
  findSource(nameOrAlias: string): Promise<Source | undefined>;
  listSources(): Promise<readonly Source[]>;

  getDocument(id: DocumentId): Promise<Document | undefined>;
  findDocumentByHash(contentHash: string): Promise<Document | undefined>;
  /** Every document, or with a scope only those holding a claim in it. */
  listDocuments(
    scope?: AgreementScope,
    containing?: readonly string[],
  ): Promise<readonly Document[]>;

  getClaim(id: ClaimId): Promise<Claim | undefined>;
  listClaims(filter?: ClaimFilter): Promise<readonly Claim[]>;
  /**
   * The claims `listClaims` gives, each as the canonical JSON its row stores, unparsed: for
   * answers that send claims on as they are.
   */
  listClaimTexts(filter?: ClaimFilter): Promise<readonly StoredClaimText[]>;
  countClaims(filter?: Omit<ClaimFilter, 'after' | 'limit'>): Promise<number>;
  /** The agreements a claim is assigned to, by id. */
  agreementsOf(claim: ClaimId): Promise<readonly AgreementId[]>;

  /** The latest version, or the given one. */
  getAgreement(id: AgreementId, version?: number): Promise<AgreementRecord | undefined>;
  /** Every version of every agreement, by id then version. */
  listAgreements(): Promise<readonly AgreementRecord[]>;

  /**
   * Checks the database file (SQLite's integrity_check, or quick_check when `fast`), then
   * recomputes the hash chain and compares every projection row with a replay of the ledger.
   */
  verify(options?: VerifyOptions): Promise<VerifyReport>;
  /**
   * Regenerates the projection tables from the ledger, checking its hash chain as it goes;
   * refuses (and changes nothing) when the chain is broken.
   */
  rebuild(options?: ReplayOptions): Promise<RebuildReport>;
  close(): Promise<void>;
}
