/**
 * The tables, as Kysely sees them. The ledger is the source of truth; every other table
 * but `meta` is a projection of it that `rebuild` regenerates and `verify` checks.
 * Projection rows keep the whole object as canonical JSON (`json`) plus the columns that
 * queries filter and sort on, all derived from it by `projection-rows.ts`.
 */
export interface StoreSchema {
  ledger: LedgerTable;
  sources: SourcesTable;
  source_aliases: SourceAliasesTable;
  documents: DocumentsTable;
  claims: ClaimsTable;
  agreements: AgreementsTable;
  claim_parties: ClaimPartiesTable;
  claim_agreements: ClaimAgreementsTable;
  meta: MetaTable;
  users: UsersTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  sign_in_links: SignInLinksTable;
  account_log: AccountLogTable;
}

// Row shapes are type aliases, not interfaces, so they fit `Record<string, unknown>` where
// rows are handled generically (paging, upserts, comparison).
export type LedgerTable = {
  seq: number;
  recorded_at: string;
  author: string;
  /** The change as canonical JSON: exactly the text its hash covers. */
  change: string;
  prev_hash: string;
  hash: string;
};

export type SourcesTable = {
  id: string;
  name_key: string;
  json: string;
};

/** One row per folded alias of a source, so a lookup by alias uses an index. */
export type SourceAliasesTable = {
  alias_key: string;
  source_id: string;
};

export type DocumentsTable = {
  id: string;
  content_hash: string;
  recorded_at: string;
  json: string;
};

export type ClaimsTable = {
  id: string;
  document: string;
  type: string;
  status: string;
  known_at: string;
  json: string;
  /**
   * The claim's actors and attribution (`readingFieldsOf`) as canonical JSON: all an agreement's
   * reading of the claim needs, so a page's readings parse a sixth of each claim.
   */
  reading: string;
};

/** One row per party id a claim's actors name (`partiesNamedBy`), derived from the claim row. */
export type ClaimPartiesTable = {
  claim: string;
  party: string;
};

/** One row per agreement a claim is assigned to, as `claim.added` and `claim.assigned` say. */
export type ClaimAgreementsTable = {
  claim: string;
  agreement: string;
};

export type AgreementsTable = {
  id: string;
  version: number;
  json: string;
};

export type MetaTable = {
  key: string;
  value: string;
};

/** Accounts: outside the ledger, neither projected nor replayed (decision 0021). */
export type UsersTable = {
  name: string;
  role: string;
  /** `scrypt$…` (app/passwords.ts); null for a user who signs in only through one-time links. */
  password_hash: string | null;
  created_at: string;
  disabled_at: string | null;
};

export type ApiTokensTable = {
  id: string;
  user_name: string;
  role: string;
  label: string;
  /** SHA-256 of the secret: the secret itself is shown once and never stored. */
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
};

export type SessionsTable = {
  /** SHA-256 of the session id, so a copy of the table signs no one in. */
  id_hash: string;
  data: string;
  expires_at: string;
};

export type SignInLinksTable = {
  secret_hash: string;
  user_name: string;
  expires_at: string;
  used_at: string | null;
};

/** Who changed which account, when: users added and disabled, tokens made and revoked. */
export type AccountLogTable = {
  id: string;
  at: string;
  actor: string;
  action: string;
  subject: string;
};

/** The projection tables, in an order that satisfies their foreign keys when filled. */
export const PROJECTION_TABLES = [
  'sources',
  'source_aliases',
  'documents',
  'claims',
  'claim_parties',
  'claim_agreements',
  'agreements',
] as const;
export type ProjectionTableName = (typeof PROJECTION_TABLES)[number];

/** Each projection table's primary key: what an upsert replaces on and pages are ordered by. */
export const PROJECTION_KEYS = {
  sources: ['id'],
  source_aliases: ['alias_key', 'source_id'],
  documents: ['id'],
  claims: ['id'],
  claim_parties: ['claim', 'party'],
  claim_agreements: ['claim', 'agreement'],
  agreements: ['id', 'version'],
} as const satisfies Record<ProjectionTableName, readonly string[]>;

/** Each projection table's columns, in the order its rows are built: what verify compares. */
export const PROJECTION_COLUMNS = {
  sources: ['id', 'name_key', 'json'],
  source_aliases: ['alias_key', 'source_id'],
  documents: ['id', 'content_hash', 'recorded_at', 'json'],
  claims: ['id', 'document', 'type', 'status', 'known_at', 'json', 'reading'],
  claim_parties: ['claim', 'party'],
  claim_agreements: ['claim', 'agreement'],
  agreements: ['id', 'version', 'json'],
} as const satisfies { [T in ProjectionTableName]: readonly (keyof StoreSchema[T])[] };

/**
 * Where a replay writes each projection table: the stored tables themselves (`rebuild`), or
 * scratch tables of the same shape that `verify` compares with them.
 */
export type ProjectionTables = Readonly<Record<ProjectionTableName, string>>;

export const STORED_TABLES: ProjectionTables = Object.fromEntries(
  PROJECTION_TABLES.map((table) => [table, table]),
) as Record<ProjectionTableName, string>;
