import type { PartyId } from '../ids.js';
import { foldName } from '../text/fold-name.js';
import { EventId } from '../ids.js';
import { hull, latestMs, earliestMs, overlaps } from '../time/time-interval.js';
import type { TimeInterval } from '../time/time-interval.js';
import type { AttributionLink, Claim } from './claim.js';
import { originKey, originOf } from './claim.js';
import { divergenceOf } from './event-divergence.js';
import type { Event, Grade } from './event.js';
import type { Place, PlacePrecision } from './place.js';

export interface ClusterOptions {
  /**
   * The agreement party a source speaks for, when known (a party's own ministry, army…), so a
   * party acknowledging its own act confirms it. Without it, names are compared.
   */
  readonly partyOf?: (link: AttributionLink) => PartyId | null;
}

/** How far apart two accounts' places may be and still be one place, by the coarser precision. */
const SAME_PLACE_KM: Readonly<Record<PlacePrecision, number>> = {
  point: 15,
  city: 15,
  region: 60,
  country: 500,
  unknown: Infinity,
};
const PRECISION_ORDER: readonly PlacePrecision[] = [
  'point',
  'city',
  'region',
  'country',
  'unknown',
];

/**
 * Groups accepted (and retracted) claims that describe one occurrence into events: same type,
 * overlapping time, compatible place and agent. Plans are not occurrences and are left out.
 * Corroboration counts independent origins, so outlets repeating one agency count once.
 * Pure: the same claims give the same events, ids included.
 */
export function clusterEvents(claims: readonly Claim[], options: ClusterOptions = {}): Event[] {
  const usable = claims
    .filter(
      (c) =>
        (c.status === 'accepted' || c.status === 'retracted') && c.content.modality !== 'planned',
    )
    .sort(
      (a, b) => earliestMs(a.content.when) - earliestMs(b.content.when) || a.id.localeCompare(b.id),
    );
  const clusters: Claim[][] = [];
  for (const claim of usable) {
    const home = clusters.find((members) => members.every((m) => sameOccurrence(m, claim)));
    if (home === undefined) clusters.push([claim]);
    else home.push(claim);
  }
  return clusters.map((members) => eventOf(members, options));
}

/** Could these two claims be accounts of one occurrence? */
export function sameOccurrence(a: Claim, b: Claim): boolean {
  const x = a.content;
  const y = b.content;
  return (
    x.type === y.type &&
    overlaps(x.when, y.when) &&
    samePlace(x.where, y.where) &&
    sameAgent(x.actors, y.actors)
  );
}

function samePlace(a: Place | null, b: Place | null): boolean {
  if (a === null || b === null) return true;
  if (foldName(a.name) === foldName(b.name)) return true;
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return false;
  const coarser =
    PRECISION_ORDER[
      Math.max(PRECISION_ORDER.indexOf(a.precision), PRECISION_ORDER.indexOf(b.precision))
    ] ?? 'unknown';
  return kmBetween(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM[coarser];
}

function sameAgent(a: Claim['content']['actors'], b: Claim['content']['actors']): boolean {
  const agentA = a.find((x) => x.role === 'agent');
  const agentB = b.find((x) => x.role === 'agent');
  if (agentA === undefined || agentB === undefined) return true;
  if (agentA.party !== null && agentB.party !== null) return agentA.party === agentB.party;
  return foldName(agentA.name) === foldName(agentB.name);
}

function eventOf(members: readonly Claim[], options: ClusterOptions): Event {
  const live = members.filter((c) => c.status !== 'retracted');
  const support = live.filter((c) => c.content.modality !== 'denied');
  const denials = live.filter((c) => c.content.modality === 'denied');
  const origins = [...new Set(support.map((c) => originKey(originOf(c.content))))].sort();
  const supportOrigins = new Set(origins);
  const ids = members.map((c) => c.id).sort();
  const basis = support.length > 0 ? support : live.length > 0 ? live : members;
  const first = basis[0] ?? members[0];
  if (first === undefined) throw new Error('an event needs a claim'); // clusters are never empty
  let grade: Grade;
  if (live.length === 0) grade = 'retracted';
  else if (support.some((c) => acknowledged(c, options))) grade = 'confirmed';
  else if (
    denials.some((d) => !supportOrigins.has(originKey(originOf(d.content)))) ||
    support.length === 0
  ) {
    grade = 'contested';
  } else grade = origins.length >= 2 ? 'corroborated' : 'single_source';
  return {
    id: EventId.parse(`evt_${(ids[0] ?? first.id).replace(/^clm_/, '')}`),
    type: first.content.type,
    claims: ids,
    when: commonTime(basis.map((c) => c.content.when)),
    where: mostPrecisePlace(basis.map((c) => c.content.where)),
    origins,
    grade,
    divergence: divergenceOf(live),
  };
}

/** Verified by a monitor, or told by the very party accused of the act. */
function acknowledged(claim: Claim, options: ClusterOptions): boolean {
  const origin = originOf(claim.content);
  if (origin.kind === 'monitor') return true;
  const agent = claim.content.actors.find((a) => a.role === 'agent');
  if (agent === undefined || claim.content.modality !== 'asserted') return false;
  const party = options.partyOf?.(origin) ?? null;
  if (party !== null && agent.party !== null) return party === agent.party;
  return foldName(origin.name) === foldName(agent.name);
}

/** What every account allows, when they agree; else the span of all of them. */
function commonTime(times: readonly TimeInterval[]): TimeInterval {
  const [head, ...rest] = times;
  if (head === undefined) throw new Error('an event needs a time'); // clusters are never empty
  const lo = Math.max(...times.map(earliestMs));
  const hi = Math.min(...times.map(latestMs));
  if (lo <= hi && times.length > 1) {
    const narrowest =
      [...times].sort((a, b) => latestMs(a) - earliestMs(a) - (latestMs(b) - earliestMs(b)))[0] ??
      head;
    return {
      earliest: Number.isFinite(lo) ? new Date(lo).toISOString() : null,
      latest: Number.isFinite(hi) ? new Date(hi).toISOString() : null,
      label: narrowest.label,
      precision: narrowest.precision,
    };
  }
  return rest.reduce(hull, head);
}

function mostPrecisePlace(places: readonly (Place | null)[]): Place | null {
  const known = places.filter((p): p is Place => p !== null);
  known.sort((a, b) => PRECISION_ORDER.indexOf(a.precision) - PRECISION_ORDER.indexOf(b.precision));
  return known[0] ?? null;
}

function kmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}
