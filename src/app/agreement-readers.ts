import type { ClaimReadingFields } from '../core/evidence/claim.js';
import type { AgreementScope } from '../core/evidence/claim-assignment.js';
import { OriginAffiliations, readClaim } from '../core/evaluation/origin-affiliation.js';
import type { AgreementOrigins } from '../core/evaluation/origin-affiliation.js';
import type { AgreementId } from '../core/ids.js';
import type { Store } from '../store/store.js';
import { scopeOf } from './assignments.js';
import { ParsedAgreements } from './parsed-agreements.js';
import { RecentlyUsed } from './recently-used.js';

/** Agreements whose readers are kept: a server reads a handful. */
const READERS_KEPT = 16;

/**
 * Reading texts whose readings a reader keeps: a count, not bytes (a text is typically some
 * 160 characters, its reading about as much, more for a claim of many actors); an agreement's
 * claims share far fewer combinations of actors and origins than that.
 */
const READINGS_KEPT = 4_096;

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

/** A reader, the head it stands at, and what it was made from. */
interface Kept {
  readonly head: string;
  /** The parse's folded names: the same object while the agreement's records are the same. */
  readonly origins: AgreementOrigins;
  /** The sources on record, as read. */
  readonly sources: string;
  readonly reader: AgreementReader;
}

/**
 * Each agreement's reader, kept while the ledger's head stands. A reader depends on the
 * agreement's records and the sources, and both change only by an append, which moves the
 * head: a request reads the head alone where it read both (decision 0095). The head is read
 * before what the reader is made from, so a reader is never older than the head it is kept by.
 * When the head has moved but the agreement's parse and the sources are what they were (claims
 * appended, the usual write), the reader and the readings it made stay.
 */
export class AgreementReaders {
  private readonly kept = new RecentlyUsed<AgreementId, Kept>(READERS_KEPT);

  constructor(
    readonly store: Store,
    readonly parsed = new ParsedAgreements(store),
  ) {}

  /** The agreement's latest version's reader, made afresh when what it reads has changed. */
  async get(id: AgreementId): Promise<AgreementReader> {
    const { hash: head } = await this.store.head();
    const kept = this.kept.get(id);
    if (kept?.head === head) return kept.reader;
    const [{ agreement, origins }, sourcesRead] = await Promise.all([
      this.parsed.get(id),
      this.store.listSources(),
    ]);
    const sources = JSON.stringify(sourcesRead);
    const reader =
      kept?.origins === origins && kept.sources === sources
        ? kept.reader
        : new AgreementReader(scopeOf(agreement), new OriginAffiliations(origins, sourcesRead));
    this.kept.set(id, { head, origins, sources, reader });
    return reader;
  }
}
