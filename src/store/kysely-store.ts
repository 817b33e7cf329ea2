import type { CompiledQuery, Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { AgreementScope } from '../core/evidence/claim-assignment.js';
import type { AgreementRecord } from '../core/agreement/agreement-record.js';
import type { Claim } from '../core/evidence/claim.js';
import type { Document } from '../core/evidence/document.js';
import type { Source } from '../core/evidence/source.js';
import { badInput, corrupt } from '../core/errors.js';
import type { AgreementId, ClaimId, DocumentId, SourceId } from '../core/ids.js';
import { GENESIS_HASH, LedgerChange, LedgerEntry } from '../core/ledger/ledger-entry.js';
import type { LedgerHead } from '../core/ledger/signed-head.js';
import { appendBatches, appendEntries } from './append-entries.js';
import type { AppendOptions } from './append-options.js';
import { KyselyAccounts } from './kysely-accounts.js';
import {
  compareProjections,
  createScratchTables,
  dropScratchTables,
  SCRATCH_TABLES,
} from './compare-projections.js';
import { issueText } from './issue-text.js';
import { expressionBuilder, sql } from './kysely.js';
import { inChunks } from './in-chunks.js';
import { entryOfLedgerRow } from './ledger-rows.js';
import { migrateSchema, type OpenMode } from './migrate-schema.js';
import { pagedRows } from './paged-rows.js';
import { nameKey, objectOfRow, utcText } from './projection-rows.js';
import { replayLedgerInto } from './replay-ledger.js';
import type { StoreDialect } from './store-dialect.js';
import { PROJECTION_TABLES, STORED_TABLES, type StoreSchema } from './store-schema.js';
import type {
  Accounts,
  AppendReport,
  ClaimFilter,
  ClaimsChanged,
  EntryQuery,
  RebuildReport,
  ReplayOptions,
  Store,
  StoreReads,
  StoredClaimText,
  VerifyOptions,
  VerifyReport,
} from './store.js';

/**
 * Migrates the database behind `db` and opens the store on it; closes `db` if that fails.
 * `where` names the store in error messages.
 */
export async function openKyselyStore(
  db: Kysely<StoreSchema>,
  dialect: StoreDialect,
  mode: OpenMode,
  where: string,
): Promise<Store> {
  try {
    await migrateSchema(db, dialect, mode, where);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new KyselyStore(db, dialect);
}

/** The store, written once in Kysely for both databases. */
export class KyselyStore implements Store {
  readonly dialect: Store['dialect'];
  readonly accounts: Accounts;
  readonly #db: Kysely<StoreSchema>;
  readonly #storeDialect: StoreDialect;
  /** The ledger head's query, compiled once: every request that checks the head runs it. */
  #headQuery: CompiledQuery<LedgerHead> | undefined;
  /**
   * Each agreement scope's condition, built once: a page built it with Kysely on every request
   * (decision 0093). Keyed by the scope's values, so a new version naming other parties is
   * another entry.
   */
  readonly #scopeConditions = new LRUCache<string, Expression<SqlBool>>({ max: SCOPES_KEPT });

  constructor(db: Kysely<StoreSchema>, dialect: StoreDialect) {
    this.#db = db;
    this.#storeDialect = dialect;
    this.dialect = dialect.name;
    this.accounts = new KyselyAccounts(db);
  }

  async append(
    changes: readonly LedgerChange[],
    author: string,
    options: AppendOptions = {},
  ): Promise<readonly LedgerEntry[]> {
    checkAuthor(author);
    const valid = changes.map((change, i) => {
      const parsed = LedgerChange.safeParse(change);
      if (!parsed.success) {
        throw badInput(
          `change ${i + 1} of ${changes.length} is invalid: ${issueText(parsed.error)}`,
        );
      }
      return parsed.data;
    });
    if (valid.length === 0) return [];
    return this.#db
      .transaction()
      .execute((trx) => appendEntries(trx, valid, author, new Date(), options));
  }

  async appendAll(
    batches: (reads: StoreReads) => AsyncIterable<readonly LedgerChange[]>,
    author: string,
  ): Promise<AppendReport> {
    checkAuthor(author);
    const now = new Date();
    return this.#db.transaction().execute(async (trx) => {
      let entries = 0;
      const reads = new KyselyStore(trx, this.#storeDialect);
      const tail = await appendBatches(trx, batches(reads), author, now, {}, (written) => {
        entries += written.length;
      });
      return {
        entries,
        head: tail === undefined ? await reads.head() : { seq: tail.seq, hash: tail.hash },
      };
    });
  }

  async *entries(fromSeq = 1): AsyncIterable<LedgerEntry> {
    for await (const row of pagedRows(this.#db, 'ledger', ['seq'], [fromSeq - 1])) {
      yield entryOfLedgerRow(row);
    }
  }

  async findEntries(query: EntryQuery): Promise<readonly LedgerEntry[]> {
    let select = this.#db
      .selectFrom('ledger')
      .selectAll()
      .where('seq', '>', query.afterSeq)
      .orderBy('seq')
      .limit(query.limit);
    if (query.author !== undefined) select = select.where('author', '=', query.author);
    // recorded_at rises with seq (append-entries.ts), and is UTC ISO text: text order is time order.
    if (query.from !== undefined) select = select.where('recorded_at', '>=', query.from);
    if (query.to !== undefined) select = select.where('recorded_at', '<=', query.to);
    const mentioning = query.mentioning ?? [];
    if (mentioning.length > 0) {
      // Ids hold no % and a _ only matches itself among other characters: a superset, narrowed by
      // the caller.
      select = select.where((eb) =>
        eb.or(mentioning.map((text) => eb('change', 'like', `%${text}%`))),
      );
    }
    return (await select.execute()).map(entryOfLedgerRow);
  }

  async entryCount(): Promise<number> {
    const { count } = await this.#db
      .selectFrom('ledger')
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow();
    return Number(count);
  }

  async head(): Promise<LedgerHead> {
    this.#headQuery ??= this.#db
      .selectFrom('ledger')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .compile();
    const { rows } = await this.#db.executeQuery(this.#headQuery);
    return rows[0] ?? { seq: 0, hash: GENESIS_HASH };
  }

  async claimsChangedAfter(
    afterSeq: number,
    filter: Pick<ClaimFilter, 'scope'> = {},
  ): Promise<ClaimsChanged> {
    // One snapshot, so the claims' rows are those of the entries read and no later append's.
    return this.#db
      .transaction()
      .setAccessMode('read only')
      .setIsolationLevel('repeatable read')
      .execute(async (trx): Promise<ClaimsChanged> => {
        const at =
          afterSeq === 0
            ? { hash: GENESIS_HASH }
            : await trx
                .selectFrom('ledger')
                .select('hash')
                .where('seq', '=', afterSeq)
                .executeTakeFirst();
        const rows = await trx
          .selectFrom('ledger')
          .select(['seq', 'hash', 'change'])
          .where('seq', '>', afterSeq)
          .orderBy('seq')
          .execute();
        const touched = new Set<ClaimId>();
        const agreements = new Set<AgreementId>();
        let sources = 0;
        for (const row of rows) {
          // Trusted as `entries` trusts it: only `append` writes the ledger.
          const change = JSON.parse(row.change) as LedgerChange;
          if (change.type === 'claim.added') touched.add(change.claim.id);
          else if (change.type === 'agreement.recorded') agreements.add(change.agreement.id);
          else if (change.type === 'source.added') sources += 1;
          else if (change.type !== 'document.added') touched.add(change.claim);
        }
        const claims: Claim[] = [];
        for (const ids of inChunks(touched)) {
          const found = await trx
            .selectFrom('claims')
            .select(['id', 'json'])
            .where('id', 'in', ids)
            .where((eb) =>
              filter.scope === undefined ? eb.lit(true) : this.#inScope(filter.scope, 'rowByRow'),
            )
            .execute();
          for (const row of found) claims.push(objectOfRow<Claim>(row) as Claim);
        }
        claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        const last = rows[rows.length - 1];
        return {
          at: at?.hash,
          head:
            last === undefined
              ? { seq: afterSeq, hash: at?.hash ?? '' }
              : { seq: last.seq, hash: last.hash },
          touched: [...touched],
          claims,
          agreements: [...agreements],
          sources,
        };
      });
  }

  async getSource(id: SourceId): Promise<Source | undefined> {
    return objectOfRow(
      await this.#db.selectFrom('sources').select('json').where('id', '=', id).executeTakeFirst(),
    );
  }

  async findSource(nameOrAlias: string): Promise<Source | undefined> {
    const key = nameKey(nameOrAlias.trim());
    const byName = await this.#db
      .selectFrom('sources')
      .select('json')
      .where('name_key', '=', key)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    return objectOfRow(
      byName ??
        (await this.#db
          .selectFrom('source_aliases')
          .innerJoin('sources', 'sources.id', 'source_aliases.source_id')
          .select('sources.json')
          .where('source_aliases.alias_key', '=', key)
          .orderBy('sources.id')
          .limit(1)
          .executeTakeFirst()),
    );
  }

  async listSources(): Promise<readonly Source[]> {
    const rows = await this.#db
      .selectFrom('sources')
      .select('json')
      .orderBy('name_key')
      .orderBy('id')
      .execute();
    return rows.map((row) => objectOfRow<Source>(row) as Source);
  }

  async getDocument(id: DocumentId): Promise<Document | undefined> {
    return objectOfRow(
      await this.#db.selectFrom('documents').select('json').where('id', '=', id).executeTakeFirst(),
    );
  }

  async findDocumentByHash(contentHash: string): Promise<Document | undefined> {
    return objectOfRow(
      await this.#db
        .selectFrom('documents')
        .select('json')
        .where('content_hash', '=', contentHash)
        .executeTakeFirst(),
    );
  }

  async listDocuments(
    scope?: AgreementScope,
    containing?: readonly string[],
  ): Promise<readonly Document[]> {
    let query = this.#db.selectFrom('documents').select('json');
    for (const word of containing ?? []) query = query.where(this.#holds(word));
    if (scope !== undefined) {
      query = query.where('id', 'in', (eb) =>
        eb.selectFrom('claims').select('claims.document').where(this.#inScope(scope, 'set')),
      );
    }
    const rows = await query.orderBy('recorded_at').orderBy('id').execute();
    return rows.map((row) => objectOfRow<Document>(row) as Document);
  }

  async getClaim(id: ClaimId): Promise<Claim | undefined> {
    return objectOfRow(
      await this.#db.selectFrom('claims').select('json').where('id', '=', id).executeTakeFirst(),
    );
  }

  async listClaims(filter: ClaimFilter = {}): Promise<readonly Claim[]> {
    // Not the reading's text: a claim's JSON holds it, and it is a fifth as much again to read.
    const rows = await this.#claimRows(filter).select(['id', 'json']).execute();
    return rows.map((row) => objectOfRow<Claim>(row) as Claim);
  }

  async listClaimTexts(filter: ClaimFilter = {}): Promise<readonly StoredClaimText[]> {
    return (await this.#claimRows(filter)
      .select(['id', 'json', 'reading'])
      .execute()) as StoredClaimText[];
  }

  async countClaims(filter: Omit<ClaimFilter, 'after' | 'limit'> = {}): Promise<number> {
    const { count } = await this.#filteredClaims(filter)
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow();
    return Number(count);
  }

  async agreementsOf(claim: ClaimId): Promise<readonly AgreementId[]> {
    const rows = await this.#db
      .selectFrom('claim_agreements')
      .select('agreement')
      .where('claim', '=', claim)
      .orderBy('agreement')
      .execute();
    return rows.map((row) => row.agreement as AgreementId);
  }

  async getAgreement(id: AgreementId, version?: number): Promise<AgreementRecord | undefined> {
    let query = this.#db.selectFrom('agreements').select('json').where('id', '=', id);
    query =
      version === undefined
        ? query.orderBy('version', 'desc').limit(1)
        : query.where('version', '=', version);
    return objectOfRow(await query.executeTakeFirst());
  }

  async listAgreements(): Promise<readonly AgreementRecord[]> {
    const rows = await this.#db
      .selectFrom('agreements')
      .select('json')
      .orderBy('id')
      .orderBy('version')
      .execute();
    return rows.map((row) => objectOfRow<AgreementRecord>(row) as AgreementRecord);
  }

  async verify(options: VerifyOptions = {}): Promise<VerifyReport> {
    // Below the ledger first: a damaged page can hide rows from the replay, or crash it.
    const file = await this.#storeDialect.fileProblem(this.#db, options.fast ?? false);
    if (file !== undefined)
      return { ok: false, entries: 0, problem: { kind: 'file', detail: file } };
    // One snapshot for ledger and projections, so a concurrent append cannot look like damage.
    return this.#db
      .transaction()
      .setAccessMode(this.#storeDialect.verifyAccess)
      .setIsolationLevel('repeatable read')
      .execute(async (trx): Promise<VerifyReport> => {
        // The replay is written to scratch tables, compared with the stored ones in the database.
        await createScratchTables(trx, SCRATCH_TABLES);
        const report = await compareReplay(trx, options);
        // Not in a `finally`: after a failed statement PostgreSQL refuses any other in the
        // transaction, and that refusal would hide the error (a damaged page's, say). The
        // rollback removes the scratch tables then, and the next verify drops any left over.
        await dropScratchTables(trx, SCRATCH_TABLES);
        return report;
      });
  }

  async rebuild(options: ReplayOptions = {}): Promise<RebuildReport> {
    return this.#db.transaction().execute(async (trx) => {
      for (const table of [...PROJECTION_TABLES].reverse()) {
        await trx.deleteFrom(table).execute();
      }
      // Indexes are made once at the end rather than kept up to date row by row; the
      // transaction takes their removal back if the replay fails.
      const indexes = await this.#storeDialect.secondaryIndexes(trx, PROJECTION_TABLES);
      for (const index of indexes) await sql`drop index ${sql.ref(index.name)}`.execute(trx);
      const replay = await replayLedgerInto(trx, STORED_TABLES, options);
      for (const index of indexes) await sql.raw(index.create).execute(trx);
      if (replay.problem !== undefined) {
        // Thrown inside the transaction, so the projections as they were are kept.
        throw corrupt(
          `the ledger itself is damaged, so a rebuild would copy the damage: ${replay.problem.detail}`,
          `entry ${replay.problem.seq}`,
        );
      }
      return { entries: replay.entries };
    });
  }

  async close(): Promise<void> {
    await this.#db.destroy();
  }

  /** The claims a filter keeps, in id order, from `after` and up to `limit`. */
  #claimRows(filter: ClaimFilter) {
    // A page stops at its limit, so it tests the scope claim by claim; a whole read builds it.
    const scope = filter.limit === undefined ? 'set' : 'rowByRow';
    let query = this.#filteredClaims(filter, scope).orderBy('id');
    if (filter.after !== undefined) query = query.where('id', '>', filter.after);
    if (filter.limit !== undefined) query = query.limit(filter.limit);
    return query;
  }

  #filteredClaims(filter: Omit<ClaimFilter, 'after' | 'limit'>, scope: 'set' | 'rowByRow' = 'set') {
    let query = this.#db.selectFrom('claims');
    if (filter.document !== undefined) query = query.where('document', '=', filter.document);
    if (filter.type !== undefined) query = query.where('type', '=', filter.type);
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    if (filter.knownBy !== undefined)
      query = query.where('known_at', '<=', utcText(filter.knownBy));
    if (filter.scope !== undefined) query = query.where(this.#inScope(filter.scope, scope));
    for (const word of filter.containing ?? []) query = query.where(this.#holds(word));
    return query;
  }

  /** The agreement scope's condition on `claims` (see `inScope`), kept once built. */
  #inScope(scope: AgreementScope, how: 'set' | 'rowByRow'): Expression<SqlBool> {
    const key = JSON.stringify([how, scope.agreement, scope.parties]);
    let condition = this.#scopeConditions.get(key);
    if (condition === undefined) {
      condition = inScope(scope, how, this.dialect)(expressionBuilder<StoreSchema, 'claims'>());
      this.#scopeConditions.set(key, condition);
    }
    return condition;
  }

  /**
   * A row whose stored JSON holds a word, in any case: ILIKE on PostgreSQL, LIKE on SQLite
   * (case-blind for ASCII). A scan, not an index: see docs/decisions/0035.
   */
  #holds(word: string) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const like = sql.raw(this.dialect === 'postgres' ? 'ilike' : 'like');
    return sql<boolean>`json ${like} ${pattern} escape '\\'`;
  }
}

/** Scope conditions kept: two ways each for more agreements and versions than a server holds. */
const SCOPES_KEPT = 64;

function checkAuthor(author: string): void {
  const authorCheck = LedgerEntry.unwrap().shape.author.safeParse(author);
  if (!authorCheck.success) throw badInput(`invalid author: ${issueText(authorCheck.error)}`);
}

/**
 * The claims an agreement reads, as a condition on `claims`: assigned to it, or assigned to
 * none and naming one of its parties (`isInScope` states the same rule in memory). Two ways
 * of asking the same thing:
 *
 * - `set`: one set of ids, each side read from its own index, so the database builds the set
 *   once per query rather than testing both sides against every claim. For reading all of an
 *   agreement's claims, or its documents.
 * - `rowByRow`: each claim tested as the query walks them in id order, three index lookups a
 *   claim, so a page stops at its limit. Built as a set, every page read and sorted the whole
 *   scope first: 0.35–0.55 s a page at 100k claims on SQLite, 1.7–2.5 s on PostgreSQL
 *   (decision 0057). `offset 0` keeps PostgreSQL from turning each test into a hashed set of
 *   the whole table, as it otherwise does for an `exists` under `or`.
 */
const inScope =
  ({ agreement, parties }: AgreementScope, how: 'set' | 'rowByRow', dialect: Store['dialect']) =>
  (eb: ExpressionBuilder<StoreSchema, 'claims'>) => {
    if (how === 'rowByRow') {
      // PostgreSQL does not hash a subquery that has an offset; SQLite takes none without a limit.
      const fence = <Q extends { offset(n: number): Q }>(q: Q) =>
        dialect === 'postgres' ? q.offset(0) : q;
      const assignedHere = eb.exists(
        fence(
          eb
            .selectFrom('claim_agreements as here')
            .select('here.claim')
            .whereRef('here.claim', '=', 'claims.id')
            .where('here.agreement', '=', agreement),
        ),
      );
      if (parties.length === 0) return assignedHere;
      return eb.or([
        assignedHere,
        eb.and([
          eb.not(
            eb.exists(
              fence(
                eb
                  .selectFrom('claim_agreements as any_agreement')
                  .select('any_agreement.claim')
                  .whereRef('any_agreement.claim', '=', 'claims.id'),
              ),
            ),
          ),
          eb.exists(
            fence(
              eb
                .selectFrom('claim_parties')
                .select('claim_parties.claim')
                .whereRef('claim_parties.claim', '=', 'claims.id')
                .where('claim_parties.party', 'in', [...parties]),
            ),
          ),
        ]),
      ]);
    }
    return eb('claims.id', 'in', (sub) => {
      const assigned = sub
        .selectFrom('claim_agreements')
        .select('claim_agreements.claim')
        .where('claim_agreements.agreement', '=', agreement);
      if (parties.length === 0) return assigned;
      return assigned.union(
        sub
          .selectFrom('claim_parties')
          .select('claim_parties.claim')
          .where('claim_parties.party', 'in', [...parties])
          .where((inner) =>
            inner.not(
              inner.exists(
                inner
                  .selectFrom('claim_agreements as any_agreement')
                  .select('any_agreement.claim')
                  .whereRef('any_agreement.claim', '=', 'claim_parties.claim'),
              ),
            ),
          ),
      );
    });
  };

/** Replays the ledger into the scratch tables and compares them with the stored ones. */
async function compareReplay(
  trx: Kysely<StoreSchema>,
  options: VerifyOptions,
): Promise<VerifyReport> {
  const replay = await replayLedgerInto(trx, SCRATCH_TABLES, options);
  if (replay.problem !== undefined) {
    return { ok: false, entries: replay.entries, problem: replay.problem };
  }
  const { rows, problem } = await compareProjections(trx, SCRATCH_TABLES);
  return problem === undefined
    ? { ok: true, entries: replay.entries, rows }
    : { ok: false, entries: replay.entries, problem };
}
