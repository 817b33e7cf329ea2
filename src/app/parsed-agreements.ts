import type { Agreement } from '../core/agreement/agreement.js';
import type { AgreementRecord } from '../core/agreement/agreement-record.js';
import { parseAgreement } from '../core/agreement/parse-agreement.js';
import type { EarlierVersions } from '../core/agreement/parse-agreement.js';
import { notFound } from '../core/errors.js';
import type { AgreementId } from '../core/ids.js';
import { AgreementOrigins } from '../core/evaluation/origin-affiliation.js';
import type { Store } from '../store/store.js';
import { RecentlyUsed } from './recently-used.js';

export interface LoadedAgreement {
  readonly record: AgreementRecord;
  readonly agreement: Agreement;
  /** Its parties', mediators' and monitors' names, folded once per parse. */
  readonly origins: AgreementOrigins;
}

/** Parsed versions kept: a server's agreements and a few of their earlier versions. */
const VERSIONS_KEPT = 64;

interface Parsed {
  readonly agreement: Agreement;
  readonly origins: AgreementOrigins;
}

/**
 * Agreements parsed by the texts they read (the version's own and those it may amend), shared
 * by every `ParsedAgreements` that takes them: a server, each evaluation made and each command
 * make their own, and each parsed the same texts again (YAML, the schema, compiling: about a
 * twelfth of a cold evaluation at 10k claims). A parse is a function of its texts alone, so one
 * kept by them is never stale: an amendment or a replaced text is other texts.
 */
export class AgreementParses {
  /** By the agreement's id, version and the texts the parse read. */
  private readonly parsed: RecentlyUsed<string, Parsed>;

  constructor(kept = VERSIONS_KEPT) {
    this.parsed = new RecentlyUsed(kept);
  }

  /** The version `record` of the agreement whose versions on record are `records`. */
  parse(records: readonly AgreementRecord[], record: AgreementRecord): Parsed {
    // An amendment reads only earlier versions of its own agreement.
    const texts = records.filter((r) => r.version <= record.version).map((r) => r.text);
    const key = JSON.stringify([record.id, record.version, texts]);
    const kept = this.parsed.get(key);
    if (kept !== undefined) return kept;
    const agreement = deepFreeze(
      parseAgreement(record.text, `${record.id} v${record.version}`, earlierVersionsOf(records)),
    );
    const parsed = { agreement, origins: new AgreementOrigins(agreement) };
    this.parsed.set(key, parsed);
    return parsed;
  }
}

/** The parses every `ParsedAgreements` shares unless given its own. */
const SHARED_PARSES = new AgreementParses();

/**
 * An agreement's versions as a store records them, parsed once per text. Parsing (YAML, the
 * schema, compiling) costs milliseconds, and claim pages, evaluations, event listings and
 * ingest each ask for it; the records are read every time, and a parse is reused only for the
 * texts on record (the version's own and those it may amend), so an amendment, a replaced
 * version or a deleted one is never served stale. Agreements handed out are frozen: they are
 * shared by every caller.
 */
export class ParsedAgreements {
  constructor(
    readonly store: Store,
    private readonly parses: AgreementParses = SHARED_PARSES,
  ) {}

  /** The latest version of an agreement, or the one asked for, read and compiled. */
  async get(id: AgreementId, version?: number): Promise<LoadedAgreement> {
    const records = await this.recordsOf(id);
    const record =
      version === undefined ? records.at(-1) : records.find((r) => r.version === version);
    if (record === undefined) {
      throw notFound(
        version === undefined ? `no agreement ${id}` : `no version ${version} of agreement ${id}`,
      );
    }
    const { agreement, origins } = this.parses.parse(records, record);
    return { record, agreement, origins };
  }

  /** Every recorded version of an agreement, read and compiled, oldest first. */
  async versions(id: AgreementId): Promise<readonly Agreement[]> {
    const records = await this.recordsOf(id);
    if (records.length === 0) throw notFound(`no agreement ${id}`);
    return records.map((record) => this.parses.parse(records, record).agreement);
  }

  /** The agreement's versions on record, oldest first. */
  private async recordsOf(id: AgreementId): Promise<readonly AgreementRecord[]> {
    return (await this.store.listAgreements())
      .filter((r) => r.id === id)
      .sort((a, b) => a.version - b.version);
  }
}

/** Recorded versions' texts, by id and version: what an amendment is read against. */
export function earlierVersionsOf(
  records: readonly { id: string; version: number; text: string }[],
): EarlierVersions {
  const texts = new Map(records.map((r) => [`${r.id}|${r.version}`, r.text]));
  return (id, version) => texts.get(`${id}|${version}`);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
