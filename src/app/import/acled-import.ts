import { parse } from 'csv-parse/sync';
import { Temporal } from 'temporal-polyfill';
import type { Agreement } from '../../core/agreement/agreement.js';
import { badInput } from '../../core/errors.js';
import { Claim } from '../../core/evidence/claim.js';
import type { Actor, AttributionLink } from '../../core/evidence/claim.js';
import type { PlacePrecision } from '../../core/evidence/place.js';
import { newId } from '../../core/ids.js';
import { monthNumber } from '../../core/time/month-names.js';
import type { AcledImport } from '../../core/import/import-outcome.js';
import type { PartyId } from '../../core/ids.js';
import type { LedgerChange } from '../../core/ledger/ledger-entry.js';
import { foldName } from '../../core/text/fold-name.js';
import { ACLED_COLUMNS, ACLED_SUB_EVENT_TYPES } from '../../core/vocabulary/acled.js';
import { acledCountryNamed } from '../../core/vocabulary/acled-places.js';
import { EVENT_TYPES, EVENT_TYPE_INFO } from '../../core/vocabulary/event-types.js';
import type { EventType } from '../../core/vocabulary/event-types.js';
import type { Store } from '../../store/store.js';
import { contentHash } from '../content-hash.js';
import { parseInput } from '../parse-input.js';

/**
 * ACLED (event type, sub-event type) pairs read as Truce event types: the export map read
 * backwards, plus the pairs only ACLED has. A pair with no row here is skipped, not refused.
 */
export const ACLED_IMPORT_TYPES: ReadonlyMap<string, EventType> = new Map([
  ...EVENT_TYPES.flatMap((type): [string, EventType][] => {
    const acled = EVENT_TYPE_INFO[type].acled;
    return acled === null || acled.subEventType === 'Other' || acled.subEventType === 'Agreement'
      ? []
      : [[`${acled.eventType}|${acled.subEventType}`, type]];
  }),
  ['Battles|Armed clash', 'clash'],
  ['Battles|Government regains territory', 'ground_operation'],
  ['Battles|Non-state actor overtakes territory', 'ground_operation'],
  ['Explosions/Remote violence|Remote explosive/landmine/IED', 'armed_attack'],
  ['Explosions/Remote violence|Grenade', 'armed_attack'],
  ['Explosions/Remote violence|Suicide bomb', 'armed_attack'],
  ['Violence against civilians|Abduction/forced disappearance', 'armed_attack'],
  ['Strategic developments|Agreement', 'agreement_announced'],
]);

const REQUIRED = ['event_date', 'event_type', 'sub_event_type', 'actor1', 'source'] as const;
/** 3: ACLED placed the event at a larger area's centre, so where in it is not known. */
const GEO: Readonly<Record<string, PlacePrecision>> = {
  '1': 'city',
  '2': 'region',
  '3': 'unknown',
};

export interface AcledImportOptions {
  readonly fileName: string;
  readonly agreement: Agreement | null;
  /** Zone of the dates when the row's country is not in the table (default UTC). */
  readonly zone?: string | undefined;
  readonly skipBad?: boolean | undefined;
  readonly status?: 'accepted' | 'suggested';
}

/** "2023-11-24", "24 November 2023" or "24-November-2023", as a calendar date. */
function readDate(text: string): Temporal.PlainDate {
  const t = text.trim();
  const worded = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(t);
  const iso = worded
    ? `${worded[3]}-${String(monthNumber(worded[2]!)).padStart(2, '0')}-${worded[1]!.padStart(2, '0')}`
    : t;
  try {
    return Temporal.PlainDate.from(iso, { overflow: 'reject' });
  } catch {
    throw new Error(`event_date "${text}" is not a date like 2023-11-24 or 24 November 2023`);
  }
}

/** A cell as written: our own CSV exports neutralise formulas with a leading apostrophe. */
const cell = (row: Record<string, string>, column: string): string => {
  const value = (row[column] ?? '').trim();
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
};
const list = (text: string) =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function partyFor(name: string, agreement: Agreement | null): PartyId | null {
  if (agreement === null) return null;
  const folded = ` ${foldName(name)} `;
  const party = agreement.parties.find((p) =>
    [p.id, p.name, ...p.aliases].some((n) => folded.includes(` ${foldName(n)} `)),
  );
  return party?.id ?? null;
}

/**
 * Reads an ACLED export as claims attributed to ACLED and to each row's sources, on one
 * document holding the file. Any bad row stores nothing unless `skipBad`; the same file twice
 * is recognised by its hash.
 */
export async function importAcled(
  store: Store,
  text: string,
  options: AcledImportOptions,
  author: string,
): Promise<AcledImport> {
  const records = parse(text, {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    info: true,
    relax_column_count: false,
  }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  const header = Object.keys(records[0]?.record ?? {});
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (records.length === 0) throw badInput(`${options.fileName} holds no ACLED rows`);
  if (missing.length > 0)
    throw badInput(
      `${options.fileName} lacks ACLED's ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}`,
    );
  const known: readonly string[] = ACLED_COLUMNS;
  const unknownColumns = header.filter((c) => !known.includes(c));
  const hash = contentHash(text);
  if (await store.findDocumentByHash(hash))
    return {
      claims: 0,
      document: null,
      unknownColumns,
      bad: [],
      notInVocabulary: [],
      alreadyImported: true,
    };

  const now = new Date().toISOString();
  const documentId = newId('doc');
  const claims: Claim[] = [];
  const bad: { line: number; problem: string }[] = [];
  const notInVocabulary: { line: number; pair: string }[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    try {
      const eventType = cell(record, 'event_type');
      const subEventType = cell(record, 'sub_event_type');
      const subs: readonly string[] | undefined = (
        ACLED_SUB_EVENT_TYPES as Record<string, readonly string[]>
      )[eventType];
      if (subs === undefined || !subs.includes(subEventType))
        throw new Error(
          `"${eventType}" / "${subEventType}" is not an ACLED event and sub-event type`,
        );
      const type = ACLED_IMPORT_TYPES.get(`${eventType}|${subEventType}`);
      if (type === undefined) {
        notInVocabulary.push({ line, pair: `${eventType} / ${subEventType}` });
        continue;
      }
      const country = acledCountryNamed(cell(record, 'country'));
      const zone = country?.zone ?? options.zone ?? 'UTC';
      const date = readDate(cell(record, 'event_date'));
      const precision = cell(record, 'time_precision') || '1';
      if (!['1', '2', '3'].includes(precision))
        throw new Error(`time_precision "${precision}" is not 1, 2 or 3`);
      const [from, to] =
        precision === '1'
          ? [date, date.add({ days: 1 })]
          : precision === '2'
            ? [date.subtract({ days: 3 }), date.add({ days: 4 })]
            : [date.with({ day: 1 }), date.with({ day: 1 }).add({ months: 1 })];
      const at = (d: Temporal.PlainDate) => d.toZonedDateTime({ timeZone: zone }).epochMilliseconds;
      const lat = cell(record, 'latitude');
      const lon = cell(record, 'longitude');
      const location = cell(record, 'location');
      const actors: Actor[] = [
        ...list(cell(record, 'actor1'))
          .concat(list(cell(record, 'assoc_actor_1')))
          .map((name): Actor => ({
            name,
            role: 'agent',
            party: partyFor(name, options.agreement),
          })),
        ...list(cell(record, 'actor2'))
          .concat(list(cell(record, 'assoc_actor_2')))
          .map((name): Actor => ({
            name,
            role: 'target',
            party: partyFor(name, options.agreement),
          })),
      ];
      const attribution: AttributionLink[] = [
        { name: 'ACLED', kind: 'monitor', source: null },
        ...list(cell(record, 'source')).map((name): AttributionLink => ({
          name,
          kind: 'outlet',
          source: null,
        })),
      ];
      const fatalities = cell(record, 'fatalities');
      if (fatalities !== '' && !/^\d+$/.test(fatalities))
        throw new Error(`fatalities "${fatalities}" is not a whole number`);
      const stamp = cell(record, 'timestamp');
      if (stamp !== '' && !/^\d+$/.test(stamp))
        throw new Error(`timestamp "${stamp}" is not Unix seconds`);
      const knownAt = stamp === '' ? now : new Date(Number(stamp) * 1000).toISOString();
      claims.push(
        parseInput(
          Claim,
          {
            id: newId('clm'),
            document: documentId,
            content: {
              type,
              when: {
                earliest: new Date(at(from)).toISOString(),
                latest: new Date(at(to) - 1).toISOString(),
                label: `${cell(record, 'event_date')} (ACLED time precision ${precision})`,
                precision: precision === '1' ? 'day' : precision === '2' ? 'week' : 'month',
              },
              where:
                location === ''
                  ? null
                  : {
                      name: location,
                      lat: lat === '' ? null : Number(lat),
                      lon: lon === '' ? null : Number(lon),
                      precision: GEO[cell(record, 'geo_precision')] ?? 'unknown',
                    },
              actors,
              quantities:
                fatalities === '' || fatalities === '0'
                  ? []
                  : [
                      {
                        unit: 'killed',
                        min: Number(fatalities),
                        max: Number(fatalities),
                        qualifier: 'exact',
                      },
                    ],
              attribution,
              text: cell(record, 'notes'),
            },
            provenance: { kind: 'rule', rule: 'acled-import' },
            status: options.status ?? 'accepted',
            revision: 1,
            reviewNote:
              cell(record, 'event_id_cnty') === ''
                ? null
                : `ACLED ${cell(record, 'event_id_cnty')}`,
            recordedAt: now,
            knownAt,
            updatedAt: now,
          },
          'ACLED row',
        ),
      );
    } catch (error) {
      bad.push({ line, problem: error instanceof Error ? error.message : String(error) });
    }
  }
  if (bad.length > 0 && !options.skipBad) {
    const first = bad[0]!;
    throw badInput(
      `${first.problem}${bad.length > 1 ? ` (and ${bad.length - 1} more bad rows)` : ''}; nothing was stored (give --skip-bad to store the good rows)`,
      `${options.fileName} line ${first.line}`,
    );
  }
  if (claims.length === 0)
    throw badInput(`${options.fileName} holds no row Truce can read as a claim`);
  const changes: LedgerChange[] = [
    {
      type: 'document.added',
      document: {
        id: documentId,
        kind: 'list',
        format: 'text',
        title: `ACLED export ${options.fileName}`,
        publisher: 'ACLED',
        published: null,
        url: null,
        contentHash: hash,
        rawText: text,
        cleanText: null,
        removed: [],
        recordedAt: now,
      },
    },
    ...claims.map((claim): LedgerChange => ({ type: 'claim.added', claim })),
  ];
  await store.append(changes, author);
  return {
    claims: claims.length,
    document: documentId,
    unknownColumns,
    bad,
    notInVocabulary,
    alreadyImported: false,
  };
}
