import { Fragment } from 'react';
import type {
  ExtensionResult,
  ExtensionRuleResult,
  Membership,
  TermResult,
} from '../api/api-types';
import { formatRange } from '../format/format-count';
import { formatDuration, formatInstant, formatInterval } from '../format/format-time';
import { sentence, words } from '../format/labels';
import { ClaimsDisclosure } from '../shared/claims-disclosure';
import { useAgreement } from '../state/agreement-context';

/** The term's state in words: "In effect (extended)", "Possibly ended", "Ended". */
const stateOf = (term: TermResult): string =>
  term.state === 'in_effect' && term.extensions.length > 0
    ? 'In effect (extended)'
    : sentence(term.state);

/** Whether the agreement's extension rule allowed a reported extension, as the engine judged. */
const RULE_ALLOWED: Readonly<Record<Membership, string>> = {
  definitely: 'the extension rule allowed it',
  possibly: 'the extension rule possibly allowed it',
  not: 'the extension rule did not allow it',
};

function lengthOf(e: ExtensionResult): string {
  if (e.adds === null) return 'a length not reported';
  if (e.addsUpTo === null || e.addsUpTo === e.adds) return formatDuration(e.adds);
  return `${formatDuration(e.adds)} to ${formatDuration(e.addsUpTo)}`;
}

const reports = (n: number) => `${n} report${n === 1 ? '' : 's'}`;

/**
 * One extension in one line: what was reported, by whom and in how many reports, and whether
 * the rule allowed it; or, for a rule that extends by itself, the rule that added it.
 */
function ExtensionLine(props: { readonly extension: ExtensionResult }) {
  const { extension: e } = props;
  const { timeZone } = useAgreement();
  const story =
    e.source === 'rule'
      ? `added by the rule ${e.rule ?? ''}${e.certainty === 'definitely' ? '' : ` (${e.certainty})`}`
      : `reported by ${e.reportedBy.join(', ')} (${reports(e.claims.length)})${
          e.supportedByRule === null ? '' : `; ${RULE_ALLOWED[e.supportedByRule]}`
        }`;
  return (
    <>
      +{lengthOf(e)}, {story}; new end {formatInterval(e.until, timeZone)}
      {e.claims.length > 0 && <ClaimsDisclosure ids={e.claims} summary="The reports" />}
    </>
  );
}

function RuleLine(props: { readonly rule: ExtensionRuleResult }) {
  const { rule } = props;
  return (
    <>
      <dt>Rule {rule.rule}</dt>
      <dd>
        {formatRange(rule.count)} counted ({words(rule.counts)}), which allows{' '}
        {formatRange(rule.steps)} × {formatDuration(rule.adds)} — {rule.ref}
      </dd>
    </>
  );
}

/**
 * The life of the term: when it started, whether it is in effect, extended or ended (and why),
 * its end as a range where the record leaves it uncertain, its extensions and suspensions.
 */
export function TermSummary(props: { readonly term: TermResult }) {
  const { term } = props;
  const { timeZone } = useAgreement();
  return (
    <section aria-labelledby="term-heading" className="term-summary">
      <h2 id="term-heading">The term</h2>
      <p className={`term-state term-${term.state}`}>
        <strong>{stateOf(term)}</strong>
        {term.endReason && <> — {term.endReason}</>}
      </p>
      <dl className="facts">
        <dt>Started</dt>
        <dd>{formatInstant(term.start, timeZone)}</dd>
        <dt>Base term ends</dt>
        <dd>{formatInterval(term.baseEnd, timeZone)}</dd>
        <dt>{term.state === 'ended' ? 'Ended' : 'Ends'}</dt>
        <dd>{formatInterval(term.end, timeZone)}</dd>
        <dt>Extensions</dt>
        <dd>
          {term.extensions.length === 0 ? (
            'none'
          ) : (
            <ul className="plain-list">
              {term.extensions.map((e, i) => (
                <li key={i} className="extension-line">
                  <ExtensionLine extension={e} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        {term.rules.map((rule) => (
          <RuleLine key={rule.rule} rule={rule} />
        ))}
        {term.suspensions.map((s) => (
          <Fragment key={`${s.power}|${s.from}`}>
            <dt>Suspended</dt>
            <dd>
              by {s.power} from {formatInstant(s.from, timeZone)}
              {s.until ? ` until ${formatInstant(s.until, timeZone)}` : ', not resumed'}
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
