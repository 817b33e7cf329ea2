import type { ClaimReadingFields } from '../core/evidence/claim.js';
import type { AgreementScope } from '../core/evidence/claim-assignment.js';
import { OriginAffiliations, readClaim } from '../core/evaluation/origin-affiliation.js';
import type { AgreementId } from '../core/ids.js';
import type { Store } from '../store/store.js';
import { scopeOf } from './assignments.js';
import { ParsedAgreements } from './parsed-agreements.js';
import { RecentlyUsed } from './recently-used.js';

/** Agreements whose readers are kept: as many as a server keeps parsed. */
const READERS_KEPT = 64;

/**
 * Reading texts whose readings are kept per reader: a store's claims share a few thousand
 * combinations of actors and origins at most, each some 160 bytes and its reading about as much.
 */
const READINGS_KEPT = 10_000;

/** How an agreement reads claims: the claims it reads, and whose side each origin is on. */
export class AgreementReader {
  private readonly readings = new Map<string, string>();

  constructor(
    readonly scope: AgreementScope,
    readonly affiliations: OriginAffiliations,
  ) {}

  /**
   * The reading of a claim's stored reading fields (`readingFieldsOf`' canonical JSON) as
   * `JSON.stringify` writes it. Claims share these texts (outlets, agencies and actors recur),
   * so each is read once while the reader stands.
   */
  readingText(fields: string): string {
    let reading = this.readings.get(fields);
    if (reading === undefined) {
      const content = JSON.parse(fields) as ClaimReadingFields;
      reading = JSON.stringify(readClaim({ content }, this.affiliations));
      if (this.readings.size >= READINGS_KEPT) this.readings.clear();
      this.readings.set(fields, reading);
    }
    return reading;
  }
}

/**
 * Each agreement's reader, kept while the ledger's head stands. A reader depends on the
 * agreement's records and the sources, and both change only by an append, which moves the
 * head: a request reads the head alone where it read both (decision 0095). The head is read
 * before what the reader is made from, so a reader is never older than the head it is kept by.
 */
export class AgreementReaders {
  private readonly kept = new RecentlyUsed<AgreementId, { head: string; reader: AgreementReader }>(
    READERS_KEPT,
  );

  constructor(
    readonly store: Store,
    readonly parsed = new ParsedAgreements(store),
  ) {}

  /** The agreement's latest version's reader, made afresh when the ledger has moved. */
  async get(id: AgreementId): Promise<AgreementReader> {
    const { hash: head } = await this.store.head();
    const kept = this.kept.get(id);
    if (kept?.head === head) return kept.reader;
    const [{ agreement, origins }, sources] = await Promise.all([
      this.parsed.get(id),
      this.store.listSources(),
    ]);
    const reader = new AgreementReader(
      scopeOf(agreement),
      new OriginAffiliations(origins, sources),
    );
    this.kept.set(id, { head, reader });
    return reader;
  }
}
