import { Temporal } from 'temporal-polyfill';
import type { Claim } from '../../core/evidence/claim.js';
import type { Place } from '../../core/evidence/place.js';
import { DAY_MS } from '../../core/time/time-interval.js';
import type { TimeInterval } from '../../core/time/time-interval.js';
import {
  ACLED_COLUMNS,
  ACLED_SOURCE_SCALES,
  acledDisorderType,
  acledInteraction,
} from '../../core/vocabulary/acled.js';
import type { AcledColumn, AcledInter } from '../../core/vocabulary/acled.js';
import {
  ACLED_PARTY_INTER,
  ACLED_SCALE_OF_KIND,
  CIVILIAN_CATEGORIES,
  acledCountryAt,
} from '../../core/vocabulary/acled-places.js';
import { EVENT_TYPE_INFO } from '../../core/vocabulary/event-types.js';
import type { EventType } from '../../core/vocabulary/event-types.js';
import { adminAreasOf } from '../../ingest/gazetteer.js';
import { csvLine } from './csv-line.js';
import type { CsvValue } from './csv-line.js';
import { eventsOf } from './events-of.js';
import type { ExportFormat } from './export-format.js';

/** What one ACLED row is made from: an event and its claims, or one claim. */
interface RowSubject {
  readonly id: string;
  readonly type: EventType;
  readonly when: TimeInterval;
  readonly where: Place | null;
  readonly claims: readonly Claim[];
  readonly grade: string | null;
}

/** 1 when the local day is known, 2 within a week, 3 beyond. */
function timePrecision(when: TimeInterval): 1 | 2 | 3 {
  const span = Date.parse(when.latest!) - Date.parse(when.earliest!);
  return span < DAY_MS ? 1 : span < 7 * DAY_MS ? 2 : 3;
}

const GEO_PRECISION = { point: 1, city: 1, region: 2, country: 3, unknown: 3 } as const;

function interOf(name: string, party: string | null, categories: readonly string[]): AcledInter {
  if (party !== null) return ACLED_PARTY_INTER[party] ?? 8;
  const folded = name.toLowerCase();
  return CIVILIAN_CATEGORIES.some((c) => folded.includes(c) || categories.includes(c)) ? 7 : 8;
}

const isAcled = (link: { name: string; kind: string }) =>
  link.name === 'ACLED' && link.kind === 'monitor';

const unique = (values: readonly string[]) => [...new Set(values.filter((v) => v !== ''))];

function acledRow(subject: RowSubject, zone: string): CsvValue[] | null {
  const acled = EVENT_TYPE_INFO[subject.type].acled;
  const { when, where, claims } = subject;
  if (acled === null || when.earliest === null || when.latest === null || claims.length === 0)
    return null;
  const actors = claims.flatMap((c) => c.content.actors);
  const categories = unique(claims.flatMap((c) => c.content.categories));
  const agents = unique(actors.filter((a) => a.role === 'agent').map((a) => a.name));
  const others = unique(actors.filter((a) => a.role !== 'agent').map((a) => a.name));
  const partyOf = (name: string) => actors.find((a) => a.name === name)?.party ?? null;
  const inter1: AcledInter = agents[0] ? interOf(agents[0], partyOf(agents[0]), []) : 0;
  const inter2: AcledInter = others[0] ? interOf(others[0], partyOf(others[0]), categories) : 0;
  const country =
    where?.lat != null && where.lon != null ? acledCountryAt(where.lat, where.lon) : null;
  const localZone = country?.zone ?? zone;
  const admin = where ? adminAreasOf(where.name) : [];
  const precision = timePrecision(when);
  // Within a week, ACLED's date is the week's middle (as `truce import acled` reads it back).
  const dated =
    precision === 2
      ? (Date.parse(when.earliest!) + Date.parse(when.latest!)) / 2
      : Date.parse(when.earliest!);
  const date = Temporal.Instant.fromEpochMilliseconds(dated)
    .toZonedDateTimeISO(localZone)
    .toPlainDate();
  const links = claims.flatMap((c) => c.content.attribution);
  const scales = new Set(links.map((l) => ACLED_SCALE_OF_KIND[l.kind]));
  const killed = claims.flatMap((c) =>
    c.content.quantities.filter((q) => q.unit === 'killed').map((q) => q.min),
  );
  const updated = Math.max(...claims.map((c) => Date.parse(c.updatedAt)));
  const disorder = acledDisorderType(acled.eventType, acled.subEventType);
  const values: Record<AcledColumn, CsvValue> = {
    event_id_cnty: `${country?.alpha3 ?? 'XXX'}-${subject.id}`,
    event_date: date.toString(),
    year: date.year,
    time_precision: precision,
    disorder_type: disorder,
    event_type: acled.eventType,
    sub_event_type: acled.subEventType,
    actor1: agents[0] ?? '',
    assoc_actor_1: agents.slice(1).join('; '),
    inter1,
    actor2: others[0] ?? '',
    assoc_actor_2: others.slice(1).join('; '),
    inter2,
    interaction: acledInteraction(inter1, inter2),
    civilian_targeting:
      inter2 === 7 && disorder === 'Political violence' ? 'Civilian targeting' : '',
    iso: country?.iso ?? null,
    region: country?.region ?? '',
    country: country?.country ?? '',
    admin1: admin[0] ?? (where?.precision === 'region' ? where.name : ''),
    admin2: admin[1] ?? '',
    admin3: admin[2] ?? '',
    location: where?.name ?? '',
    latitude: where?.lat ?? null,
    longitude: where?.lon ?? null,
    geo_precision: GEO_PRECISION[where?.precision ?? 'unknown'],
    // ACLED's sources, never ACLED itself: an imported row's claim names ACLED first.
    source: unique(links.filter((l) => !isAcled(l)).map((l) => l.name)).join('; '),
    source_scale: ACLED_SOURCE_SCALES.filter((s) => scales.has(s)).join('-'),
    notes: unique(claims.map((c) => c.content.text)).join(' / '),
    // ACLED's rule: the most conservative figure reported.
    fatalities: killed.length === 0 ? 0 : Math.min(...killed),
    tags:
      subject.grade === null
        ? `truce: ${subject.type}`
        : `truce: ${subject.type}; grade: ${subject.grade}`,
    timestamp: Math.floor(updated / 1000),
  };
  return ACLED_COLUMNS.map((c) => values[c]);
}

/** ACLED's columns in the codebook's order: one row per event, or per claim. */
export const acledFormat: ExportFormat = {
  name: 'acled',
  description: "ACLED's codebook columns, one row per event (or per claim)",
  mediaType: 'text/csv',
  fileName: 'truce-acled.csv',
  filters: true,
  csv: true,
  defaultRows: 'event',
  async *write(context) {
    yield csvLine(ACLED_COLUMNS);
    if (context.rows === 'claim') {
      for await (const claim of context.claims()) {
        const { content } = claim;
        const subject = {
          id: claim.id,
          type: content.type,
          when: content.when,
          where: content.where,
          claims: [claim],
          grade: null,
        };
        const row = acledRow(subject, context.zone);
        if (row !== null) yield csvLine(row);
      }
      return;
    }
    for (const { event, claims } of await eventsOf(context)) {
      const row = acledRow({ ...event, claims, grade: event.grade }, context.zone);
      if (row !== null) yield csvLine(row);
    }
  },
};
