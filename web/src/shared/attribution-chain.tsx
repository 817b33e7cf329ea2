import type { AttributionLink } from '../api/api-types';
import { words } from '../format/labels';

/**
 * Who says so, from the publisher to the origin: HotAir → Reuters → "a source briefed on the
 * visit". The origin, whose word the claim finally rests on, is marked.
 */
export function AttributionChain(props: {
  readonly links: readonly AttributionLink[];
  /** The party the origin speaks for when it reports on that party's own acts. */
  readonly selfReportBy: string | null;
}) {
  const { links, selfReportBy } = props;
  return (
    <div className="attribution">
      <span className="attribution-label">According to </span>
      <ol className="attribution-chain" aria-label="Attribution chain, publisher first">
        {links.map((link, i) => (
          <li key={i} className={i === links.length - 1 ? 'origin' : undefined}>
            {link.name} <span className="source-kind">({words(link.kind)})</span>
          </li>
        ))}
      </ol>
      {selfReportBy !== null && (
        <span className="self-report"> · self-report by {selfReportBy}</span>
      )}
    </div>
  );
}
