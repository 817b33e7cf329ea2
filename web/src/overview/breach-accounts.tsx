import type { Breach } from '../api/api-types';
import { ClaimsDisclosure } from '../shared/claims-disclosure';
import { useAgreement } from '../state/agreement-context';

/** What a breach's basis says, as the end of a sentence. */
export const BREACH_BASIS: Readonly<Record<Breach['basis'], string>> = {
  act: 'reports a prohibited act',
  negation: 'reports that the act did not happen',
  denial: 'denies the act took place',
  shortfall: 'counts fewer than required',
  silence: 'no report of the act by its deadline',
  accusation: 'accuses',
};

/** Who alleges a breach: its first origin, and how many others (a cell's explanation names them). */
function sources(b: Breach): string {
  if (b.according_to === null) return 'the silence rule (no source reported the act)';
  const others = b.origins - 1;
  return others === 0
    ? b.according_to
    : `${b.according_to} and ${others} other source${others === 1 ? '' : 's'}`;
}

/** The sources that are the accused party's own: an admission. */
function selfReports(b: Breach): string {
  if (b.selfReports === 0) return '';
  if (b.origins === 1) return ' (the party itself)';
  return b.selfReports === 1
    ? ' (one of them the party itself)'
    : ` (${b.selfReports} of them the party itself)`;
}

/** Breaches as sources allege them: always "according to" someone, never as fact. */
export function BreachAccounts(props: { readonly breaches: readonly Breach[] }) {
  const { partyName, clauseName } = useAgreement();
  return (
    <section aria-labelledby="breaches-heading" className="breach-accounts">
      <h2 id="breaches-heading">Alleged breaches, by source</h2>
      {props.breaches.length === 0 ? (
        <p className="empty">No source alleges a breach.</p>
      ) : (
        <ul className="plain-list">
          {props.breaches.map((b, i) => (
            <li key={i}>
              {b.period !== null && <span className="period-tag">Day {b.period}</span>}
              According to <strong>{sources(b)}</strong>
              {selfReports(b)}, {b.by ? partyName(b.by) : 'a party'} breached{' '}
              <em>{b.norm ? clauseName(b.norm) : 'the agreement (no clause named)'}</em>:{' '}
              {BREACH_BASIS[b.basis]}
              {b.certainty !== 'definitely' && ` (${b.certainty})`}
              {b.claims > 1 && ` (${b.claims} reports)`}
              {b.claim && (
                <ClaimsDisclosure
                  ids={[b.claim]}
                  summary={b.claims > 1 ? 'The first claim' : 'The claim'}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
