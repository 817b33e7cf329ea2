import type { Claim, ClaimReading, EventCluster } from '../api/api-types';
import { divergenceWords } from '../format/divergence-words';

/** How the agreement reads each claim's attribution, by claim id, as the API sends it. */
export type Readings = ReadonlyMap<string, ClaimReading>;

/** The claim's origin (its chain's last link) and how the agreement reads it. */
function originOf(claim: Claim, readings: Readings) {
  const link = claim.content.attribution.at(-1);
  const reading = readings.get(claim.id)?.links.at(-1);
  return link === undefined || reading === undefined ? undefined : { link, reading };
}

/** The origins' names as the claims write them, by the origin key the API sends. */
export function originNamesOf(claims: readonly Claim[], readings: Readings): Map<string, string> {
  const names = new Map<string, string>();
  for (const claim of claims) {
    const origin = originOf(claim, readings);
    if (origin !== undefined) names.set(origin.reading.key, origin.link.name);
  }
  return names;
}

/** Whose record the timeline shows: everyone's, one origin's, or one side's sources'. */
export type AccordingTo =
  | { readonly kind: 'everyone' }
  | { readonly kind: 'source'; readonly origin: string }
  | { readonly kind: 'side'; readonly party: string };

export interface TimelineFilter {
  readonly type: string;
  readonly party: string;
  readonly origin: string;
  readonly accordingTo: AccordingTo;
}

/** `source:KEY`, `side:PARTY`, or empty for everyone: the form the select and the address use. */
export const encodeAccordingTo = (a: AccordingTo): string =>
  a.kind === 'everyone' ? '' : a.kind === 'source' ? `source:${a.origin}` : `side:${a.party}`;

export function decodeAccordingTo(value: string): AccordingTo {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  if (kind === 'source') return { kind: 'source', origin: id };
  if (kind === 'side') return { kind: 'side', party: id };
  return { kind: 'everyone' };
}

/** The filter the address's parameters name (an absent one is "no filter"). */
export function filterOf(params: {
  readonly type?: string | undefined;
  readonly party?: string | undefined;
  readonly origin?: string | undefined;
  readonly according?: string | undefined;
}): TimelineFilter {
  return {
    type: params.type ?? '',
    party: params.party ?? '',
    origin: params.origin ?? '',
    accordingTo: decodeAccordingTo(params.according ?? ''),
  };
}

/** The address's parameters for a filter: the inverse of `filterOf`. */
export function filterParams(filter: TimelineFilter): Record<string, string> {
  return {
    type: filter.type,
    party: filter.party,
    origin: filter.origin,
    according: encodeAccordingTo(filter.accordingTo),
  };
}

export interface TimelineRow {
  readonly event: EventCluster;
  /** The accounts loaded so far that the "according to" switch keeps. */
  readonly accounts: readonly Claim[];
  /** The parties the accounts name as having acted, as the API reads each claim. */
  readonly parties: ReadonlySet<string>;
  readonly divergence: string | null;
}

/** Whether the claim's origin, as the API reads it, is the one or on the side chosen. */
function speaksFor(claim: Claim, accordingTo: AccordingTo, readings: Readings): boolean {
  if (accordingTo.kind === 'everyone') return true;
  const origin = originOf(claim, readings)?.reading;
  if (origin === undefined) return false;
  if (accordingTo.kind === 'source') return origin.key === accordingTo.origin;
  return origin.side === accordingTo.party;
}

/**
 * The events the filter keeps, as rows in time order, each with the accounts it keeps. The
 * server has already narrowed them to the agreement's claims.
 */
export function timelineRows(
  events: readonly EventCluster[],
  claims: ReadonlyMap<string, Claim>,
  readings: Readings,
  filter: TimelineFilter,
): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const event of events) {
    if (filter.type && event.type !== filter.type) continue;
    if (filter.origin && !event.origins.includes(filter.origin)) continue;
    const loaded = event.claims.flatMap((id) => claims.get(id) ?? []);
    const accounts = loaded.filter((c) => speaksFor(c, filter.accordingTo, readings));
    if (filter.accordingTo.kind !== 'everyone' && accounts.length === 0) continue;
    const parties = new Set(accounts.flatMap((c) => readings.get(c.id)?.agent ?? []));
    if (filter.party && !parties.has(filter.party)) continue;
    const divergence =
      divergenceWords(event.divergence) ??
      (event.grade === 'contested' ? 'another origin denies it' : null);
    rows.push({ event, accounts, parties, divergence });
  }
  const start = (r: TimelineRow) => Date.parse(r.event.when.earliest ?? '9999-12-31T00:00:00Z');
  return rows.sort((a, b) => start(a) - start(b));
}
