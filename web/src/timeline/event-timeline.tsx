import { useCallback, useEffect, useMemo } from 'react';
import { api } from '../api/api-client';
import { countOf } from '../format/format-count';
import { formatInterval } from '../format/format-time';
import { GRADE_LABELS, words } from '../format/labels';
import { claimSummary } from '../shared/claim-account';
import { ResourceStatus } from '../shared/resource-status';
import { VirtualList } from '../shared/virtual-list';
import { useAgreement } from '../state/agreement-context';
import { useSources } from '../state/sources-context';
import { useClaimPages } from '../state/use-claim-pages';
import { useResource } from '../state/use-resource';
import { useViewLocation } from '../state/view-location';
import { EventAccounts } from './event-accounts';
import { TimelineFilters } from './timeline-filters';
import { filterOf, filterParams, originNamesOf, timelineRows } from './timeline-rows';
import type { TimelineFilter } from './timeline-rows';

const ROW_HEIGHT = 76;

/**
 * The events, in time order with their grades; filters by type, party and origin; a switch to
 * read the record according to one source or one side; divergent accounts flagged.
 */
export function EventTimeline() {
  const { id: agreement, timeZone, partyName } = useAgreement();
  const events = useResource((at) => api.events(agreement, at), [agreement]);
  // The accepted claims behind the events, for parties and accounts, in the same scope.
  const claims = useClaimPages({
    status: 'accepted',
    ...(agreement === null ? {} : { agreement }),
  });
  const { loadMore, hasMore, loading, error } = claims;
  useEffect(() => {
    if (hasMore && !loading && error === undefined) loadMore();
  }, [hasMore, loading, error, loadMore]);

  const sources = useSources();
  // The filters and the chosen event live in the address (`#/timeline/evt_…?type=…`).
  const [location, go] = useViewLocation();
  const { type, party, origin, according } = location.filters;
  const filter = useMemo(
    () => filterOf({ type, party, origin, according }),
    [type, party, origin, according],
  );
  const setFilter = (next: TimelineFilter) => go({ filters: filterParams(next) });
  const selected = location.item;
  const setSelected = (event: string) => go({ item: event });

  const byId = useMemo(() => new Map(claims.items.map((c) => [c.id, c])), [claims.items]);
  const names = useMemo(
    () => originNamesOf(claims.items, claims.readings),
    [claims.items, claims.readings],
  );
  const nameOf = useCallback(
    (key: string) => names.get(key) ?? sources.get(key)?.name ?? key.replace(/^name:/, ''),
    [names, sources],
  );
  const all = events.data ?? [];
  const rows = useMemo(
    () => timelineRows(all, byId, claims.readings, filter),
    [all, byId, claims.readings, filter],
  );
  const index = rows.findIndex((r) => r.event.id === selected);
  const current = rows[index] ?? rows[0];

  if (events.data === undefined) return <ResourceStatus resource={events} what="the events" />;
  return (
    <div className="event-timeline">
      <section aria-labelledby="timeline-heading" className="timeline-list">
        <h2 id="timeline-heading">Timeline</h2>
        <TimelineFilters events={all} nameOf={nameOf} filter={filter} onChange={setFilter} />
        <p className="queue-count" role="status">
          {countOf(rows.length, 'event')}
          {agreement === null ? '' : ' of this agreement'} ({all.length} before filters)
          {hasMore ? ` · reading their accounts (${claims.items.length} so far)…` : ''}
        </p>
        <VirtualList
          items={rows}
          rowHeight={ROW_HEIGHT}
          label="Events in time order"
          keyOf={(r) => r.event.id}
          activeIndex={index}
          renderRow={(row) => {
            const first = row.accounts[0];
            return (
              <button
                type="button"
                className={`timeline-row${row.divergence ? ' diverging' : ''}`}
                aria-current={row === current ? 'true' : undefined}
                onClick={() => setSelected(row.event.id)}
              >
                <span className="timeline-when">{formatInterval(row.event.when, timeZone)}</span>
                <span className="timeline-what">
                  <span className={`grade grade-${row.event.grade}`}>
                    {GRADE_LABELS[row.event.grade].text}
                  </span>{' '}
                  {first ? claimSummary(first.content, partyName) : words(row.event.type)}
                </span>
                <span className="timeline-meta">
                  {row.event.where?.name ?? 'place not said'} ·{' '}
                  {row.event.origins.map(nameOf).join('; ')}
                  {row.divergence && <strong className="diverge-flag"> · accounts diverge</strong>}
                </span>
              </button>
            );
          }}
        />
      </section>
      <section aria-label="The event's accounts" className="timeline-detail">
        {current ? (
          <EventAccounts
            row={current}
            nameOf={nameOf}
            restricted={filter.accordingTo.kind !== 'everyone'}
            readings={claims.readings}
          />
        ) : (
          <p className="empty">No event matches.</p>
        )}
      </section>
    </div>
  );
}
