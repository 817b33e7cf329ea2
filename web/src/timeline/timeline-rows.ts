import type { AttributionLink, Claim, EventCluster } from '../api/api-types';
import { agentParty } from '../shared/claim-account';
import { divergenceWords } from '../format/divergence-words';

/**
 * The key under which the API counts an origin as one: its source id, else `name:` and the
 * folded name (docs/api.md, events). Two outlets repeating Reuters share Reuters' key.
 */
const originKeyOf = (link: AttributionLink): string =>
  link.source ?? `name:${link.name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim()}`;

const originOf = (claim: Claim) => claim.content.attribution.at(-1);

/** The origins' names as the claims write them, by origin key. */
export function originNamesOf(claims: readonly Claim[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const claim of claims) {
    const origin = originOf(claim);
    if (origin !== undefined) names.set(originKeyOf(origin), origin.name);
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
  /** The parties the accounts name as having acted. */
  readonly parties: ReadonlySet<string>;
  readonly divergence: string | null;
}

/** Which party an origin speaks for, if any. */
export type SideOf = (link: AttributionLink) => string | null;

function speaksFor(claim: Claim, accordingTo: AccordingTo, sideOf: SideOf): boolean {
  const origin = originOf(claim);
  if (origin === undefined || accordingTo.kind === 'everyone') return true;
  if (accordingTo.kind === 'source') return originKeyOf(origin) === accordingTo.origin;
  return sideOf(origin) === accordingTo.party;
}

/**
 * The events the filter keeps, as rows in time order, each with the accounts it keeps. The
 * server has already narrowed them to the agreement's claims.
 */
export function timelineRows(
  events: readonly EventCluster[],
  claims: ReadonlyMap<string, Claim>,
  sideOf: SideOf,
  filter: TimelineFilter,
): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const event of events) {
    if (filter.type && event.type !== filter.type) continue;
    if (filter.origin && !event.origins.includes(filter.origin)) continue;
    const loaded = event.claims.flatMap((id) => claims.get(id) ?? []);
    const accounts = loaded.filter((c) => speaksFor(c, filter.accordingTo, sideOf));
    if (filter.accordingTo.kind !== 'everyone' && accounts.length === 0) continue;
    const parties = new Set(accounts.flatMap((c) => agentParty(c.content) ?? []));
    if (filter.party && !parties.has(filter.party)) continue;
    const divergence =
      divergenceWords(event.divergence) ??
      (event.grade === 'contested' ? 'another origin denies it' : null);
    rows.push({ event, accounts, parties, divergence });
  }
  const start = (r: TimelineRow) => Date.parse(r.event.when.earliest ?? '9999-12-31T00:00:00Z');
  return rows.sort((a, b) => start(a) - start(b));
}
