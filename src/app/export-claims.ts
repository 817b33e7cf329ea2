import { originOf } from '../core/evidence/claim.js';
import type { Claim } from '../core/evidence/claim.js';
import type { Document } from '../core/evidence/document.js';
import { documentCredit } from '../core/evidence/document-credit.js';
import type { Source } from '../core/evidence/source.js';
import { EVENT_TYPE_INFO } from '../core/vocabulary/event-types.js';
import type { Store } from '../store/store.js';
import { allClaims } from './all-claims.js';

export type ExportFormat = 'json' | 'csv';

/** Every claim with the document it came from, and the sources on record. */
export async function exportClaims(store: Store, format: ExportFormat): Promise<string> {
  const [claims, documents, sources] = await Promise.all([
    allClaims(store),
    store.listDocuments(),
    store.listSources(),
  ]);
  const byId = new Map(documents.map((d) => [d.id, d]));
  return format === 'json' ? exportJson(claims, byId, sources) : exportCsv(claims, byId);
}

const documentSummary = (d: Document | undefined) =>
  d === undefined
    ? null
    : {
        id: d.id,
        kind: d.kind,
        title: d.title,
        publisher: d.publisher,
        published: d.published,
        url: d.url,
        ...(d.derivedFrom === undefined ? {} : { derivedFrom: d.derivedFrom }),
        credit: documentCredit(d),
      };

function exportJson(
  claims: readonly Claim[],
  documents: ReadonlyMap<string, Document>,
  sources: readonly Source[],
): string {
  const rows = claims.map((c) => ({ ...c, document: documentSummary(documents.get(c.document)) }));
  return `${JSON.stringify({ claims: rows, sources }, null, 2)}\n`;
}

const CSV_COLUMNS = [
  'claim_id',
  'status',
  'type',
  'plover',
  'acled',
  'when_earliest',
  'when_latest',
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

function csvRow(
  c: Claim,
  d: Document | undefined,
): Record<(typeof CSV_COLUMNS)[number], string | number | null> {
  const { content } = c;
  const info = EVENT_TYPE_INFO[content.type];
  const credit = d === undefined ? null : documentCredit(d);
  return {
    claim_id: c.id,
    status: c.status,
    type: content.type,
    plover: info.plover.mode ? `${info.plover.type}/${info.plover.mode}` : info.plover.type,
    acled: info.acled ? `${info.acled.eventType}/${info.acled.subEventType}` : null,
    when_earliest: content.when.earliest,
    when_latest: content.when.latest,
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
    origin: originOf(content).name,
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
}

/** RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled, CRLF between records. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function exportCsv(claims: readonly Claim[], documents: ReadonlyMap<string, Document>): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const c of claims) {
    const row = csvRow(c, documents.get(c.document));
    lines.push(CSV_COLUMNS.map((col) => csvField(row[col])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
