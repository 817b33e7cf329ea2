import { readingFieldsOf, type Claim } from '../core/evidence/claim.js';
import { canonicalJson } from '../core/ledger/canonical-json.js';
import { depthReached } from '../core/text/json-depth.js';

/** How a claim's canonical JSON begins: its keys sorted, content first, and content's two first. */
const CONTENT_AT = '{"content":';
const ACTORS = '"actors":';
const ATTRIBUTION = ',"attribution":';

/**
 * The canonical JSON of a claim's reading fields (`readingFieldsOf`), cut from `claimText`, the
 * claim's own canonical JSON, rather than written a second time: sorted, a claim's content comes
 * first and begins with its actors and attribution, `{"content":{"actors":[…],"attribution":[…]`.
 * A text that does not begin so has them written whole.
 */
export function readingTextOf(claim: Claim, claimText: string): string {
  const actorsAt = CONTENT_AT.length + 1;
  if (claimText.startsWith(`${CONTENT_AT}{${ACTORS}`)) {
    const actorsEnd = endOfValue(claimText, actorsAt + ACTORS.length);
    if (actorsEnd !== -1 && claimText.startsWith(ATTRIBUTION, actorsEnd)) {
      const end = endOfValue(claimText, actorsEnd + ATTRIBUTION.length);
      const next = claimText[end];
      if (end !== -1 && (next === ',' || next === '}')) {
        return `{${claimText.slice(actorsAt, end)}}`;
      }
    }
  }
  return canonicalJson(readingFieldsOf(claim.content));
}

/**
 * One past the bracket that closes the array or object opening at `start` of JSON text, or -1
 * when none opens there: brackets inside strings do not count.
 */
function endOfValue(text: string, start: number): number {
  const open = text.charCodeAt(start);
  if (open !== 0x5b && open !== 0x7b) return -1;
  return depthReached(text, start, (depth) => depth === 0);
}
