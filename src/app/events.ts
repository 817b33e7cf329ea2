import { clusterEvents } from '../core/evidence/cluster-events.js';
import type { Event } from '../core/evidence/event.js';
import type { AgreementId } from '../core/ids.js';
import type { Store } from '../store/store.js';
import { allClaims } from './all-claims.js';
import { agreementScope } from './assignments.js';
import type { ParsedAgreements } from './parsed-agreements.js';

/**
 * Occurrences as the record stands at `asOf` (default: now): accepted claims known by then,
 * clustered, with their corroboration grade. A source recorded as a party's speaks for it.
 * With an agreement, only the claims in its scope.
 */
export async function listEvents(
  store: Store,
  options: { readonly asOf?: string; readonly agreement?: AgreementId } = {},
  parsed?: ParsedAgreements,
): Promise<Event[]> {
  const scope =
    options.agreement === undefined
      ? undefined
      : await agreementScope(store, options.agreement, parsed);
  const [claims, sources] = await Promise.all([
    allClaims(store, { knownBy: options.asOf, scope }),
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
