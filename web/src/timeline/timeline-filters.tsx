import type { EventCluster } from '../api/api-types';
import { words } from '../format/labels';
import { useAgreement } from '../state/agreement-context';
import { decodeAccordingTo, encodeAccordingTo } from './timeline-rows';
import type { TimelineFilter } from './timeline-rows';

/** Narrows the timeline by type, party and origin, and switches whose record it shows. */
export function TimelineFilters(props: {
  readonly events: readonly EventCluster[];
  /** An origin key as a name. */
  readonly nameOf: (origin: string) => string;
  readonly filter: TimelineFilter;
  readonly onChange: (filter: TimelineFilter) => void;
}) {
  const { events, nameOf, filter, onChange } = props;
  const { partyName, detail } = useAgreement();
  const types = [...new Set(events.map((e) => e.type))].sort();
  const origins = [...new Set(events.flatMap((e) => e.origins))].sort((a, b) =>
    nameOf(a).localeCompare(nameOf(b)),
  );
  const parties = (detail?.parties ?? []).map((p) => p.id);
  const set = (change: Partial<TimelineFilter>) => onChange({ ...filter, ...change });

  return (
    <form className="timeline-filters field-row" aria-label="Filter the timeline">
      <label>
        Type
        <select value={filter.type} onChange={(e) => set({ type: e.currentTarget.value })}>
          <option value="">all types</option>
          {types.map((t) => (
            <option key={t} value={t}>
              {words(t)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Party acting
        <select value={filter.party} onChange={(e) => set({ party: e.currentTarget.value })}>
          <option value="">any party</option>
          {parties.map((p) => (
            <option key={p} value={p}>
              {partyName(p)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Origin
        <select value={filter.origin} onChange={(e) => set({ origin: e.currentTarget.value })}>
          <option value="">any origin</option>
          {origins.map((o) => (
            <option key={o} value={o}>
              {nameOf(o)}
            </option>
          ))}
        </select>
      </label>
      <label>
        According to
        <select
          value={encodeAccordingTo(filter.accordingTo)}
          onChange={(e) => set({ accordingTo: decodeAccordingTo(e.currentTarget.value) })}
        >
          <option value="">every source</option>
          <optgroup label="One side's sources">
            {parties.map((p) => (
              <option key={p} value={`side:${p}`}>
                {partyName(p)}’s sources
              </option>
            ))}
          </optgroup>
          <optgroup label="One source">
            {origins.map((o) => (
              <option key={o} value={`source:${o}`}>
                {nameOf(o)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
    </form>
  );
}
