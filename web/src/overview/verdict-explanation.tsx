import { useEffect, useRef } from 'react';
import { api } from '../api/api-client';
import type { Account, CellBreach, Explanation } from '../api/api-types';
import { formatRange } from '../format/format-count';
import { formatInstant, formatInterval } from '../format/format-time';
import { VERDICT_LABELS, words } from '../format/labels';
import { ClaimAccountOf } from '../shared/claim-account';
import { ResourceStatus } from '../shared/resource-status';
import { ShowMoreList } from '../shared/show-more-list';
import { useAgreement } from '../state/agreement-context';
import { useResource } from '../state/use-resource';
import { BREACH_BASIS } from './breach-accounts';
import { cellKey } from './compliance-grid';
import type { GridCell } from './compliance-grid';

/** A list of claims named by id, each shown with its quoted words and attribution. */
function ClaimList(props: { readonly title: string; readonly ids: readonly string[] }) {
  if (props.ids.length === 0) return null;
  return (
    <>
      <h4>
        {props.title} ({props.ids.length})
      </h4>
      <ShowMoreList
        items={props.ids}
        keyOf={(id) => id}
        render={(id) => <ClaimAccountOf id={id} />}
      />
    </>
  );
}

/** How each independent origin's account reads, side by side. */
function AccountsTable(props: { readonly accounts: readonly Account[] }) {
  const { partyName } = useAgreement();
  const side = (affiliation: string) => {
    const [kind, id] = affiliation.split(':');
    return kind === 'party' && id ? partyName(id) : affiliation.replace(':', ': ');
  };
  return (
    <table className="accounts-table">
      <caption>Accounts by independent origin</caption>
      <thead>
        <tr>
          <th scope="col">Origin</th>
          <th scope="col">Side</th>
          <th scope="col">Says</th>
          <th scope="col">Count</th>
          <th scope="col">Used</th>
        </tr>
      </thead>
      <tbody>
        {props.accounts.map((a) => (
          <tr key={a.originKey}>
            <th scope="row">
              {a.origin}
              {a.selfReport && <span className="self-report"> (self-report)</span>}
            </th>
            <td>{side(a.affiliation)}</td>
            <td>{a.stance === 'supports' ? 'it happened' : 'the contrary'}</td>
            <td>{formatRange(a.count)}</td>
            <td>{a.used ? 'yes' : 'set aside by the evidence policy'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Why a cell has its verdict: the clause it applies, what was required and counted, each
 * origin's account, the claims counted and those ignored (with the reason), each with its
 * quoted words and attribution, and what was still owed.
 */
export function VerdictExplanation(props: {
  readonly cell: GridCell;
  readonly onClose: () => void;
}) {
  const { column, result } = props.cell;
  const { explanation } = result;
  const { id, timeZone, partyName, clauseName } = useAgreement();
  // The grid holds each cell's verdict and summary; its lists load when it is opened.
  const period = column.key === 'once' ? 'once' : Number(column.key.replace('day-', ''));
  const cell = useResource(
    (at) => (id === null ? Promise.resolve(undefined) : api.cell(id, result.norm, period, at)),
    [id, result.norm, period],
  );
  const full = cell.data?.results.find((r) => r.bearer === result.bearer)?.explanation;
  const heading = useRef<HTMLHeadingElement>(null);
  const label = VERDICT_LABELS[result.verdict];
  const key = cellKey(column, result);

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [key]);

  return (
    <section
      className="verdict-explanation"
      aria-labelledby="explanation-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <header>
        <h3 id="explanation-heading" ref={heading} tabIndex={-1}>
          <span title={`clause ${result.norm}`}>{clauseName(result.norm)}</span> ·{' '}
          {partyName(result.bearer)} · {column.title}
        </h3>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </header>
      <p className={`verdict verdict-${result.verdict} verdict-line`}>
        <span aria-hidden="true">{label.symbol}</span> {label.text}
        <span className="lifecycle">
          {' '}
          ({words(result.kind)}, {words(result.lifecycle)})
        </span>
      </p>
      <p className="summary">{explanation.summary}</p>
      <dl className="facts">
        <dt>Clause</dt>
        <dd>{explanation.ref}</dd>
        <dt>Window</dt>
        <dd>
          {formatInterval({ earliest: result.window.start, latest: result.window.end }, timeZone)}
          {/* A maintenance or prohibition has no one moment it falls due. */}
          {result.due !== null && `, due ${formatInstant(result.due, timeZone)}`}
        </dd>
        {explanation.required && (
          <>
            <dt>Required</dt>
            <dd>
              {formatRange(explanation.required)}
              {explanation.requiredExpression && ` (${explanation.requiredExpression})`}
            </dd>
          </>
        )}
        {explanation.count && (
          <>
            <dt>{result.kind === 'prohibition' ? 'Breaches found' : 'Counted'}</dt>
            <dd>{formatRange(explanation.count)}</dd>
          </>
        )}
        <dt>Still owed</dt>
        <dd>{explanation.owed ?? 'nothing'}</dd>
      </dl>
      {full === undefined ? (
        <ResourceStatus resource={cell} what="the explanation" />
      ) : (
        <>
          <AllegedBy breaches={(cell.data?.breaches ?? []).filter((b) => b.by === result.bearer)} />
          <ExplanationClaims explanation={full} />
        </>
      )}
    </section>
  );
}

/** Who alleges a breach in this cell, one line per origin and claim: the grid counts them. */
function AllegedBy(props: { readonly breaches: readonly CellBreach[] }) {
  if (props.breaches.length === 0) return null;
  return (
    <>
      <h4>Breach alleged by ({props.breaches.length})</h4>
      <ul className="plain-list alleged-by">
        {props.breaches.map((b, i) => (
          <li key={`${b.claim ?? 'silence'}-${i}`}>
            {b.according_to ?? 'the silence rule (no source reported the act)'}
            {b.selfReport && ' (the party itself)'}: {BREACH_BASIS[b.basis]}
            {b.certainty !== 'definitely' && ` (${b.certainty})`}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Each origin's account and every claim behind the verdict, counted or set aside. */
function ExplanationClaims(props: { readonly explanation: Explanation }) {
  const { explanation } = props;
  return (
    <>
      {explanation.accounts.length > 0 && <AccountsTable accounts={explanation.accounts} />}
      <div className="explanation-claims">
        <div>
          <ClaimList title="Claims counted" ids={explanation.counted} />
          {explanation.counted.length === 0 && <h4>No claim was counted.</h4>}
          <ClaimList title="Claims only possibly inside the window" ids={explanation.possible} />
          <ClaimList title="Claims saying the contrary" ids={explanation.contrary} />
          {(explanation.exceptions ?? []).map((x) => (
            <div key={`${x.exception}-${x.claim}`} className="excepted-act">
              <h4>
                {x.ground === null
                  ? `Required by another clause (${x.exception}: ${x.ref})`
                  : `Claimed by its author as ${words(x.ground)} (${x.exception}: ${x.ref})`}
                {x.contestedBy.length > 0 ? ', denied by others' : ''}
              </h4>
              <ClaimAccountOf id={x.claim} />
              <ClaimList title="Denying the ground" ids={x.contestedBy} />
            </div>
          ))}
        </div>
        <div>
          <h4>Claims ignored ({explanation.ignored.length})</h4>
          <ShowMoreList
            items={explanation.ignored}
            keyOf={(i) => i.claim}
            render={(i) => (
              <>
                <p className="why">Ignored: {i.why}</p>
                <ClaimAccountOf id={i.claim} />
              </>
            )}
            empty="No claim was ignored."
          />
        </div>
      </div>
    </>
  );
}
