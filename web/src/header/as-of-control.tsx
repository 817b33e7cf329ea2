import type { Iso } from '../api/api-types';
import { formatInstant } from '../format/format-time';
import { fromWallTime, toWallTime } from '../format/wall-time';
import { useAgreement } from '../state/agreement-context';
import { useViewLocation } from '../state/view-location';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Chooses the moment every view replays the record at: what was known then, judged by
 * today's review. Empty is "as known now".
 */
export function AsOfControl() {
  const [location, go] = useViewLocation();
  const { timeZone } = useAgreement();
  const { asOf } = location;
  const setAsOf = (moment: Iso | null) => go({ asOf: moment });
  const shift = (days: number) =>
    setAsOf(new Date((asOf ? Date.parse(asOf) : Date.now()) + days * DAY_MS).toISOString());

  return (
    <div className="as-of" role="group" aria-labelledby="as-of-label">
      <label id="as-of-label" htmlFor="as-of-input">
        As of <span className="zone">({timeZone})</span>
      </label>
      <input
        id="as-of-input"
        type="datetime-local"
        value={asOf ? toWallTime(asOf, timeZone) : ''}
        onChange={(e) => {
          if (e.currentTarget.value !== '') setAsOf(fromWallTime(e.currentTarget.value, timeZone));
        }}
      />
      <button type="button" onClick={() => shift(-1)} aria-label="One day earlier">
        −1 day
      </button>
      <button type="button" onClick={() => shift(1)} aria-label="One day later">
        +1 day
      </button>
      <button type="button" onClick={() => setAsOf(null)} disabled={asOf === null}>
        Now
      </button>
      <p className="as-of-status" role="status">
        {asOf
          ? `Replaying what was known on ${formatInstant(asOf, timeZone)}`
          : 'Showing the record as known now'}
      </p>
    </div>
  );
}
