import { clusterEvents } from '../core/evidence/cluster-events.js';
import type { Event } from '../core/evidence/event.js';
import type { Store } from '../store/store.js';
import { allClaims } from './all-claims.js';

/**
 * Occurrences as the record stands at `asOf` (default: now): accepted claims known by then,
 * clustered, with their corroboration grade. A source recorded as a party's speaks for it.
 */
export async function listEvents(
  store: Store,
  options: { readonly asOf?: string } = {},
): Promise<Event[]> {
  const [claims, sources] = await Promise.all([
    allClaims(store, { knownBy: options.asOf }),
    store.listSources(),
  ]);
  const affiliation = new Map(sources.map((s) => [s.id, s.affiliation]));
  return clusterEvents(claims, {
    partyOf: (link) => {
      const a = link.source === null ? undefined : affiliation.get(link.source);
      return a?.kind === 'party' ? a.party : null;
    },
  });
}
