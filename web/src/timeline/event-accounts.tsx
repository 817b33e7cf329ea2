import { formatInterval } from '../format/format-time';
import { GRADE_LABELS, sentence, words } from '../format/labels';
import { ClaimAccount, ClaimAccountOf } from '../shared/claim-account';
import { useAgreement } from '../state/agreement-context';
import type { Readings, TimelineRow } from './timeline-rows';

/** One occurrence: its grade, its origins, whether the accounts diverge, and the accounts. */
export function EventAccounts(props: {
  readonly row: TimelineRow;
  readonly nameOf: (origin: string) => string;
  readonly restricted: boolean;
  readonly readings: Readings;
}) {
  const { event, accounts, divergence } = props.row;
  const { timeZone } = useAgreement();
  const grade = GRADE_LABELS[event.grade];
  // Until the timeline has loaded an account it is fetched on its own.
  const ids = props.restricted ? accounts.map((c) => c.id) : event.claims;
  const loaded = new Map(accounts.map((c) => [c.id, c]));
  return (
    <article aria-labelledby="event-heading" className="event-accounts">
      <h2 id="event-heading">{sentence(event.type)}</h2>
      <p>
        <span className={`grade grade-${event.grade}`}>{grade.text}</span> — {grade.meaning}
      </p>
      <dl className="facts">
        <dt>When</dt>
        <dd>{formatInterval(event.when, timeZone)}</dd>
        <dt>Where</dt>
        <dd>
          {event.where ? `${event.where.name} (${words(event.where.precision)})` : 'not said'}
        </dd>
        <dt>Origins</dt>
        <dd>{event.origins.map(props.nameOf).join('; ')}</dd>
      </dl>
      {divergence && (
        <p className="divergence" role="note">
          <strong>Accounts diverge:</strong> {divergence}
        </p>
      )}
      <h3>
        Accounts ({ids.length}
        {props.restricted ? ` of ${event.claims.length}, by the “according to” switch` : ''})
      </h3>
      <ul className="plain-list">
        {ids.map((id) => {
          const claim = loaded.get(id);
          return (
            <li key={id}>
              {claim ? (
                <ClaimAccount claim={claim} reading={props.readings.get(id)} />
              ) : (
                <ClaimAccountOf id={id} />
              )}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
