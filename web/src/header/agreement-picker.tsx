import { useAgreement } from '../state/agreement-context';
import { useViewLocation } from '../state/view-location';

/** Chooses which agreement the overview, tallies and map look at. */
export function AgreementPicker() {
  const { agreements, id } = useAgreement();
  const [, go] = useViewLocation();
  const list = agreements.data ?? [];
  return (
    <div className="agreement-picker">
      <label htmlFor="agreement-select">Agreement</label>
      <select
        id="agreement-select"
        value={id ?? ''}
        disabled={list.length === 0}
        onChange={(e) => go({ agreement: e.currentTarget.value })}
      >
        {list.length === 0 && <option value="">No agreement recorded</option>}
        {list.map((a) => (
          <option key={a.id} value={a.id}>
            {a.title || a.id} (v{a.version})
          </option>
        ))}
      </select>
    </div>
  );
}
