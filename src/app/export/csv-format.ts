import type { Claim } from '../../core/evidence/claim.js';
import type { Document } from '../../core/evidence/document.js';
import { documentCredit } from '../../core/evidence/document-credit.js';
import { EVENT_TYPE_INFO } from '../../core/vocabulary/event-types.js';
import { originName, timeFields } from './claim-fields.js';
import { csvLine } from './csv-line.js';
import type { CsvValue } from './csv-line.js';
import type { ExportFormat } from './export-format.js';

const COLUMNS = [
  'claim_id',
  'status',
  'type',
  'plover_type',
  'plover_mode',
  'acled_event_type',
  'acled_sub_event_type',
  'when_earliest',
  'when_latest',
  'when_edtf',
  'when_label',
  'when_precision',
  'place',
  'lat',
  'lon',
  'place_precision',
  'actors',
  'quantities',
  'categories',
  'modality',
  'attribution',
  'origin',
  'text',
  'document_id',
  'document_title',
  'publisher',
  'summarised_from',
  'published',
  'url',
  'derived_from',
  'provenance',
  'recorded_at',
  'known_at',
] as const;

function row(c: Claim, d: Document | undefined, zone: string): CsvValue[] {
  const { content } = c;
  const credit = d === undefined ? null : documentCredit(d);
  const info = EVENT_TYPE_INFO[content.type];
  const time = timeFields(content, zone);
  const values: Record<(typeof COLUMNS)[number], CsvValue> = {
    claim_id: c.id,
    status: c.status,
    type: content.type,
    plover_type: info.plover.type,
    plover_mode: info.plover.mode,
    acled_event_type: info.acled?.eventType ?? null,
    acled_sub_event_type: info.acled?.subEventType ?? null,
    when_earliest: time.earliest,
    when_latest: time.latest,
    when_edtf: time.edtf,
    when_label: content.when.label,
    when_precision: content.when.precision,
    place: content.where?.name ?? null,
    lat: content.where?.lat ?? null,
    lon: content.where?.lon ?? null,
    place_precision: content.where?.precision ?? null,
    actors: content.actors
      .map((a) => `${a.name} (${a.role}${a.party ? `, ${a.party}` : ''})`)
      .join('; '),
    quantities: content.quantities
      .map((q) => `${q.min}${q.max === q.min ? '' : `–${q.max ?? ''}`} ${q.unit} (${q.qualifier})`)
      .join('; '),
    categories: content.categories.join('; '),
    modality: content.modality,
    attribution: content.attribution.map((a) => a.name).join(' > '),
    origin: originName(content),
    text: content.text,
    document_id: c.document,
    document_title: d?.title ?? null,
    // Whose words: for a summary, not the outlet's; the outlet is the report it summarises.
    publisher: credit?.by ?? null,
    summarised_from: credit?.from ?? null,
    published: d?.published?.earliest ?? null,
    url: d?.url ?? null,
    derived_from: d?.derivedFrom ?? null,
    provenance:
      c.provenance.kind === 'rule'
        ? `rule:${c.provenance.rule}`
        : `analyst:${c.provenance.analyst}`,
    recorded_at: c.recordedAt,
    known_at: c.knownAt,
  };
  return COLUMNS.map((col) => values[col]);
}

/** Truce's own table: one row per claim, every field of it, RFC 4180. */
export const csvFormat: ExportFormat = {
  name: 'csv',
  description: 'one row per claim with every field (RFC 4180)',
  mediaType: 'text/csv',
  fileName: 'truce-claims.csv',
  filters: true,
  csv: true,
  defaultRows: 'claim',
  async *write(context) {
    yield csvLine(COLUMNS);
    for await (const claim of context.claims()) {
      yield csvLine(row(claim, await context.document(claim.document), context.zone));
    }
  },
};
