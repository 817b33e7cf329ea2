import { Temporal } from 'temporal-polyfill';
import type { Claim, Modality } from '../../core/evidence/claim.js';
import { documentCredit } from '../../core/evidence/document-credit.js';
import { EVENT_TYPE_INFO } from '../../core/vocabulary/event-types.js';
import { PLOVER_QUAD } from '../../core/vocabulary/plover.js';
import { timeFields } from './claim-fields.js';
import type { ExportContext } from './export-context.js';
import type { ExportFormat } from './export-format.js';

/** PLOVER's special contexts for what a claim only says might be (the manual's section 2.3). */
const SPECIAL_CONTEXT: Readonly<Record<Modality, string | null>> = {
  asserted: null,
  alleged: null,
  denied: 'negation',
  planned: 'future',
};

const local = (iso: string, zone: string) => Temporal.Instant.from(iso).toZonedDateTimeISO(zone);

/** One PLOVER event record (the manual's JSON fields), or null when the time is unknown. */
async function ploverRecord(claim: Claim, context: ExportContext) {
  const { content } = claim;
  const anchor = content.when.earliest ?? content.when.latest;
  if (anchor === null) return null;
  const info = EVENT_TYPE_INFO[content.type];
  const start = local(anchor, context.zone);
  const end = content.when.latest === null ? null : local(content.when.latest, context.zone);
  const exact = content.when.earliest !== null && content.when.earliest === content.when.latest;
  const actor = (role: string) =>
    content.actors
      .filter((a) => a.role === role)
      .map((a) => ({ actor_text: a.name, ...(a.party ? { identifier_text: a.party } : {}) }));
  const special = SPECIAL_CONTEXT[content.modality];
  const document = await context.document(claim.document);
  const where = content.where;
  return {
    id: claim.id,
    date: start.toPlainDate().toString(),
    ...(exact ? { time: start.toPlainTime().toString() + start.offset } : {}),
    ...(end && !exact ? { enddate: end.toPlainDate().toString() } : {}),
    source: actor('agent'),
    recipient: [...actor('target'), ...actor('recipient')],
    event: [info.plover.type],
    mode: info.plover.mode === null ? [] : [info.plover.mode],
    context: special === null ? [...info.plover.context] : [...info.plover.context, special],
    quad_code: PLOVER_QUAD[info.plover.type],
    ...(where
      ? {
          event_loc: {
            name: where.name,
            ...(where.lat !== null ? { latitude: where.lat, longitude: where.lon } : {}),
          },
        }
      : {}),
    event_text: content.text === '' ? [] : [content.text],
    cite_info: {
      url: document?.url ?? null,
      title: document?.title ?? null,
      // A summary is ours, not the outlet's: credited as such.
      publication: document === undefined ? null : documentCredit(document).by,
      citation: claim.document,
    },
    coder: claim.provenance.kind === 'rule' ? `truce:${claim.provenance.rule}` : 'analyst',
    coded_date: claim.recordedAt.slice(0, 10),
    // Fields of our own, as the manual invites: the interval, its EDTF, the review state.
    ...timeFields(content, context.zone),
    truce_type: content.type,
    status: claim.status,
    attribution: content.attribution.map((a) => a.name),
  };
}

/** PLOVER event records, one JSON object a line, one per claim whose time is known. */
export const ploverFormat: ExportFormat = {
  name: 'plover',
  description: 'PLOVER event records as JSON Lines, one per claim',
  mediaType: 'application/x-ndjson',
  fileName: 'truce-plover.jsonl',
  filters: true,
  csv: false,
  defaultRows: 'claim',
  async *write(context) {
    for await (const claim of context.claims()) {
      const record = await ploverRecord(claim, context);
      if (record !== null) yield `${JSON.stringify(record)}\n`;
    }
  },
};
