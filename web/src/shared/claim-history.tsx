import { useState } from 'react';
import { api } from '../api/api-client';
import { formatInstant } from '../format/format-time';
import { useAgreement } from '../state/agreement-context';
import { useResource } from '../state/use-resource';
import { ResourceStatus } from './resource-status';

/**
 * Who did what to a claim and when, from the audit: loaded when opened, so a list of many
 * claims asks for none of their histories until one is wanted.
 */
export function ClaimHistory(props: { readonly claim: string; readonly revision: number }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="claim-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>History</summary>
      {open && <HistoryLines {...props} />}
    </details>
  );
}

function HistoryLines(props: { readonly claim: string; readonly revision: number }) {
  const { claim, revision } = props;
  const { timeZone } = useAgreement();
  // Loaded again when the claim moves on to another revision.
  const history = useResource((at) => api.claimHistory(claim, at), [claim, revision]);
  if (history.data === undefined) return <ResourceStatus resource={history} what="its history" />;
  return (
    <>
      <ol className="history-lines" aria-label={`History of claim ${claim}`}>
        {history.data.items.map((line) => (
          <li key={`${line.seq ?? ''}:${line.at}`}>
            <time dateTime={line.at}>{formatInstant(line.at, timeZone)}</time>{' '}
            <strong>{line.user}</strong> {line.summary}
          </li>
        ))}
      </ol>
      {history.data.nextCursor !== null && (
        <p className="hint">
          Older changes than these are in <code>truce log --claim {claim}</code>.
        </p>
      )}
    </>
  );
}
