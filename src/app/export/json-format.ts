import type { Document } from '../../core/evidence/document.js';
import { documentCredit } from '../../core/evidence/document-credit.js';
import { formatEdtf } from '../../core/time/edtf.js';
import type { ExportFormat } from './export-format.js';

/** The document fields a claim carries in the JSON export (the API's DocumentSummary). */
export const documentSummary = (d: Document | undefined) =>
  d === undefined
    ? null
    : {
        id: d.id,
        kind: d.kind,
        format: d.format,
        title: d.title,
        publisher: d.publisher,
        published: d.published,
        url: d.url,
        ...(d.derivedFrom === undefined ? {} : { derivedFrom: d.derivedFrom }),
        contentHash: d.contentHash,
        recordedAt: d.recordedAt,
        credit: documentCredit(d),
      };

/** Every claim with its document summary and EDTF time, and the sources on record. */
export const jsonFormat: ExportFormat = {
  name: 'json',
  description: 'claims with their document and EDTF time, and the sources (the API schema)',
  mediaType: 'application/json',
  fileName: 'truce-claims.json',
  filters: true,
  csv: false,
  defaultRows: 'claim',
  async *write(context) {
    yield '{"claims":[';
    let first = true;
    for await (const claim of context.claims()) {
      const row = {
        ...claim,
        document: documentSummary(await context.document(claim.document)),
        edtf: formatEdtf(claim.content.when, context.zone),
      };
      yield `${first ? '\n' : ',\n'}${JSON.stringify(row)}`;
      first = false;
    }
    yield `\n],"sources":${JSON.stringify([...context.sources.values()])}}\n`;
  },
};
