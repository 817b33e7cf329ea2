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
  /** The texts of every version up to this one, oldest first: what the parse read. */
  readonly texts: readonly string[];
  readonly agreement: Agreement;
  readonly origins: AgreementOrigins;
}

/**
 * An agreement's versions parsed once per change of their record, for one store. Parsing
 * (YAML, the schema, compiling) costs milliseconds, and claim pages, evaluations, event
 * listings and ingest each ask for it; the records are read every time, and a parse is
 * reused only while the texts it read (the version's own and those it may amend) are the
 * texts on record, so an amendment, a replaced version or a deleted one is never served
 * stale. Agreements handed out are frozen: they are shared by every caller.
 */
export class ParsedAgreements {
  /** By `id|version`. */
  private readonly parsed: RecentlyUsed<string, Parsed>;

  constructor(
    readonly store: Store,
    kept = VERSIONS_KEPT,
  ) {
    this.parsed = new RecentlyUsed(kept);
  }

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
    const { agreement, origins } = this.parse(records, record);
    return { record, agreement, origins };
  }

  /** Every recorded version of an agreement, read and compiled, oldest first. */
  async versions(id: AgreementId): Promise<readonly Agreement[]> {
    const records = await this.recordsOf(id);
    if (records.length === 0) throw notFound(`no agreement ${id}`);
    return records.map((record) => this.parse(records, record).agreement);
  }

  /** The agreement's versions on record, oldest first; a deleted agreement's parses go. */
  private async recordsOf(id: AgreementId): Promise<readonly AgreementRecord[]> {
    const records = (await this.store.listAgreements())
      .filter((r) => r.id === id)
      .sort((a, b) => a.version - b.version);
    if (records.length === 0) {
      this.parsed.deleteWhere((key) => key.startsWith(`${id}|`));
    }
    return records;
  }

  private parse(records: readonly AgreementRecord[], record: AgreementRecord): Parsed {
    const key = `${record.id}|${record.version}`;
    // An amendment reads only earlier versions of its own agreement.
    const texts = records.filter((r) => r.version <= record.version).map((r) => r.text);
    const kept = this.parsed.get(key);
    if (kept !== undefined && sameTexts(kept.texts, texts)) return kept;
    const agreement = deepFreeze(
      parseAgreement(record.text, `${record.id} v${record.version}`, earlierVersionsOf(records)),
    );
    const parsed = { texts, agreement, origins: new AgreementOrigins(agreement) };
    this.parsed.set(key, parsed);
    return parsed;
  }
}

/** Recorded versions' texts, by id and version: what an amendment is read against. */
export function earlierVersionsOf(
  records: readonly { id: string; version: number; text: string }[],
): EarlierVersions {
  const texts = new Map(records.map((r) => [`${r.id}|${r.version}`, r.text]));
  return (id, version) => texts.get(`${id}|${version}`);
}

const sameTexts = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((text, i) => text === b[i]);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
