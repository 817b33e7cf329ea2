import type { ReactNode } from 'react';
import { api } from '../api/api-client';
import type { Claim, ClaimContent, ClaimReading, DocumentCredit } from '../api/api-types';
import { formatQuantity } from '../format/format-count';
import { formatInterval } from '../format/format-time';
import { words } from '../format/labels';
import { useAgreement } from '../state/agreement-context';
import { useDocumentCredit } from '../state/document-credits-context';
import { useResource } from '../state/use-resource';
import { hrefOf, useViewLocation, viewAt } from '../state/view-location';
import { AttributionChain } from './attribution-chain';
import { ClaimHistory } from './claim-history';
import { ResourceStatus } from './resource-status';

/** What a claim says, in one line: "release: 13 people (women, children) by hamas, alleged". */
export function claimSummary(content: ClaimContent, partyName: (party: string) => string): string {
  const { type, quantities, categories, actors, modality } = content;
  const agents = actors
    .filter((a) => a.role === 'agent')
    .map((a) => (a.party === null ? a.name : partyName(a.party)));
  return [
    words(type),
    quantities.length > 0 ? `: ${quantities.map(formatQuantity).join(', ')}` : '',
    categories.length > 0 ? ` (${categories.join(', ')})` : '',
    agents.length > 0 ? ` by ${agents.join(' and ')}` : '',
    modality === 'asserted' ? '' : `, ${modality}`,
  ].join('');
}

/**
 * One account: the words quoted from the document, who said them (the attribution chain, with
 * self-reports marked) and what the claim reads them as.
 */
export function ClaimContentAccount(props: {
  readonly content: ClaimContent;
  readonly label: string;
  /** How the agreement reads the claim's attribution, as the API sends it (none: no mark). */
  readonly reading: ClaimReading | undefined;
  /** How the claim's document is credited, when known: a summary's words are not the outlet's. */
  readonly credit?: DocumentCredit | undefined;
  /** More facts for the last line: the review state, a link to the document. */
  readonly children?: ReactNode;
}) {
  const { content, label, reading, credit, children } = props;
  const { timeZone, partyName } = useAgreement();
  const agent = reading?.agent ?? null;
  const { when, where } = content;
  return (
    <article className="claim-account" aria-label={label}>
      {content.text === '' ? (
        <p className="no-quote">No quote: the claim rests on no words of its document.</p>
      ) : (
        <blockquote className="quote">{content.text}</blockquote>
      )}
      {content.text !== '' && credit?.summary && (
        <p className="quote-credit">
          Words of the {credit.by}
          {credit.from === null ? '' : `, from a report by ${credit.from}`}
        </p>
      )}
      <AttributionChain
        links={content.attribution}
        selfReportBy={reading?.selfReport && agent !== null ? partyName(agent) : null}
      />
      <p className="claim-facts">
        <span>{claimSummary(content, partyName)}</span>
        <span>
          {when.label ? `“${when.label}”: ` : ''}
          {formatInterval(when, timeZone)}
        </span>
        {where && <span>{where.name}</span>}
        {children}
      </p>
    </article>
  );
}

/** A recorded claim's account, with its review state and a link to its words in the document. */
export function ClaimAccount(props: {
  readonly claim: Claim;
  readonly reading: ClaimReading | undefined;
}) {
  const { claim, reading } = props;
  const [location] = useViewLocation();
  const credit = useDocumentCredit(claim.document);
  return (
    <ClaimContentAccount
      content={claim.content}
      label={`Claim ${claim.id}`}
      reading={reading}
      credit={credit}
    >
      <span className={`status status-${claim.status}`}>{claim.status}</span>
      <a href={hrefOf(viewAt(location, 'documents', claim.document, claim.id))}>
        Read in its document
      </a>
      <ClaimHistory claim={claim.id} revision={claim.revision} />
    </ClaimContentAccount>
  );
}

/** A claim named by id, loaded with the chosen agreement's reading and shown as an account. */
export function ClaimAccountOf(props: { readonly id: string }) {
  const { id: agreement } = useAgreement();
  const claim = useResource((at) => api.claim(props.id, agreement, at), [props.id, agreement]);
  if (claim.data === undefined)
    return <ResourceStatus resource={claim} what={`claim ${props.id}`} />;
  return <ClaimAccount claim={claim.data} reading={claim.data.reading} />;
}
