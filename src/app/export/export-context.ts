import type { Agreement } from '../../core/agreement/agreement.js';
import type { Claim } from '../../core/evidence/claim.js';
import type { Document } from '../../core/evidence/document.js';
import type { Source } from '../../core/evidence/source.js';
import type { DocumentId } from '../../core/ids.js';
import type { Store } from '../../store/store.js';
import { claimsMatching } from './export-filter.js';
import type { ExportFilter } from './export-filter.js';

/** One row per claim, or one per event (accepted claims of one occurrence grouped). */
export type ExportRows = 'claim' | 'event';

/** What a format writes from: the filtered claims, and the record around them. */
export interface ExportContext {
  readonly store: Store;
  readonly filter: ExportFilter;
  readonly agreement: Agreement | null;
  /** IANA zone of local dates (EDTF, ACLED's event_date): the agreement's, the given one, or UTC. */
  readonly zone: string;
  readonly rows: ExportRows | undefined;
  readonly sources: ReadonlyMap<string, Source>;
  claims(): AsyncIterable<Claim>;
  /** The document a claim came from; a few hundred are kept at a time, not all. */
  document(id: DocumentId): Promise<Document | undefined>;
}

const DOCUMENT_CACHE = 256;

export async function exportContext(
  store: Store,
  filter: ExportFilter,
  options: { agreement: Agreement | null; zone: string; rows: ExportRows | undefined },
): Promise<ExportContext> {
  const sources = new Map((await store.listSources()).map((s) => [s.id as string, s]));
  const cache = new Map<string, Document | undefined>();
  return {
    store,
    filter,
    agreement: options.agreement,
    zone: options.zone,
    rows: options.rows,
    sources,
    claims: () => claimsMatching(store, filter, options.agreement),
    async document(id) {
      if (cache.has(id)) return cache.get(id);
      const found = await store.getDocument(id);
      if (cache.size >= DOCUMENT_CACHE) cache.delete(cache.keys().next().value!);
      cache.set(id, found);
      return found;
    },
  };
}
