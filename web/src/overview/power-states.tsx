import type { PowerResult } from '../api/api-types';
import { formatInterval } from '../format/format-time';
import { words } from '../format/labels';
import { ClaimsDisclosure } from '../shared/claims-disclosure';
import { useAgreement } from '../state/agreement-context';

/** The agreement's powers (terminate, suspend, resume): available, exercised or lapsed. */
export function PowerStates(props: { readonly powers: readonly PowerResult[] }) {
  const { timeZone, partyName } = useAgreement();
  if (props.powers.length === 0) return null;
  return (
    <section aria-labelledby="powers-heading">
      <h2 id="powers-heading">Powers</h2>
      <ul className="plain-list">
        {props.powers.map((p) => (
          <li key={p.power}>
            <strong>{words(p.power)}</strong> ({p.effect}): {words(p.state)}
            {p.holders.length > 0 &&
              ` — may be exercised by ${p.holders.map(partyName).join(' or ')}`}
            {p.exercised && (
              <>
                {'; exercised'}
                {p.exercised.by && ` by ${partyName(p.exercised.by)}`},{' '}
                {formatInterval(p.exercised.when, timeZone)}
                {p.exercised.claims.length > 0 && (
                  <ClaimsDisclosure
                    ids={p.exercised.claims}
                    summary={`The reports (${p.exercised.claims.length})`}
                  />
                )}
              </>
            )}
            <span className="ref"> — {p.ref}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
