import type { Claim } from '../../core/evidence/claim.js';
import { clusterEvents } from '../../core/evidence/cluster-events.js';
import type { Event } from '../../core/evidence/event.js';
import type { ExportContext } from './export-context.js';

export interface EventWithClaims {
  readonly event: Event;
  readonly claims: readonly Claim[];
}

/**
 * The events among the exported claims. Grouping compares every claim with the others, so
 * this one step holds the filtered claims in memory; rows per claim stream.
 */
export async function eventsOf(context: ExportContext): Promise<EventWithClaims[]> {
  const claims: Claim[] = [];
  for await (const claim of context.claims()) claims.push(claim);
  const byId = new Map(claims.map((c) => [c.id as string, c]));
  const events = clusterEvents(claims, {
    partyOf: (link) => {
      const source = link.source === null ? undefined : context.sources.get(link.source);
      return source?.affiliation.kind === 'party' ? source.affiliation.party : null;
    },
  });
  return events.map((event) => ({
    event,
    claims: event.claims.flatMap((id) => byId.get(id) ?? []),
  }));
}
