// Claims read from a store share no attribution arrays or strings, claims made in memory often
// do: the index finds each claim's origin the same either way, by the origin's key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttributionLink, Claim } from '../../../src/core/evidence/claim.js';
import { originKey, originOf } from '../../../src/core/evidence/claim.js';
import { ClaimIndex } from '../../../src/core/evaluation/claim-index.js';
import { evaluateVerdicts } from '../../../src/core/evaluation/evaluate.js';
import { gridOfVerdicts } from '../../../src/core/evaluation/verdict-grid.js';
import type { SourceId } from '../../../src/core/ids.js';
import { DAILY_NORMS, T0, claimFromLine, claimLines } from './claim-lines.js';
import { agreementWith } from './evaluation-fixtures.js';

const agreement = agreementWith(DAILY_NORMS);
const asOf = new Date(T0 + 4 * 86_400_000).toISOString();

/** Names that fold to one key and names that do not, some of them the agreement's parties. */
const NAMES = ['Wire', 'wire', 'Wíre ', 'Agency', 'north', 'North', 'Broker Office'];
const SOURCES = [null, null, 'src_aaaaaaaa', 'src_bbbbbbbb'] as (SourceId | null)[];
const KINDS = ['news_agency', 'outlet', 'party', 'official_body'] as const;

/** The last link of a chain: the origin, named, of some kind, resolved to a source or not. */
const linkArb = fc.record({
  name: fc.constantFrom(...NAMES),
  kind: fc.constantFrom(...KINDS),
  source: fc.constantFrom(...SOURCES),
});

const claimArb = fc.record({
  line: claimLines({
    types: ['release', 'rocket_fire', 'list_delivered'],
    origins: ['Wire'],
    categories: ['women', 'children', null],
    statuses: ['accepted', 'accepted', 'suggested'],
    grounds: false,
  }),
  /** Which of the chains the claim is told through. */
  chain: fc.nat({ max: 5 }),
});

/** Claims told through `chains`, each sharing its chain's array, as claims in memory may. */
function sharedClaims(
  values: readonly { line: Parameters<typeof claimFromLine>[1]; chain: number }[],
  chains: readonly AttributionLink[][],
): Claim[] {
  return values.map((v, i) => {
    const claim = claimFromLine(i + 1, v.line);
    const attribution = chains[v.chain % chains.length] as AttributionLink[];
    return { ...claim, content: { ...claim.content, attribution } };
  });
}

describe("the claim index's origins", () => {
  it('are found by key, in the order first met, whether claims share their chains or not', () => {
    fc.assert(
      fc.property(
        fc.array(claimArb, { maxLength: 40 }),
        fc.array(fc.array(linkArb, { minLength: 1, maxLength: 2 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (values, links) => {
          const chains = links.map((chain) => chain.map((l) => ({ ...l }) as AttributionLink));
          const shared = sharedClaims(values, chains);
          // As a store hands them: every claim its own arrays and strings.
          const own = shared.map((c) => JSON.parse(JSON.stringify(c)) as Claim);
          const asOfMs = Date.parse(asOf);
          for (const claims of [shared, own]) {
            const index = new ClaimIndex(agreement, claims, asOfMs, []);
            const firstOfKey = new Map<string, AttributionLink>();
            for (const claim of claims) {
              const link = originOf(claim.content);
              if (!firstOfKey.has(originKey(link))) firstOfKey.set(originKey(link), link);
            }
            expect(index.origins.map((o) => [o.key, o.name, o.kind])).toEqual(
              [...firstOfKey].map(([key, link]) => [key, link.name, link.kind]),
            );
            claims.forEach((claim, i) => {
              const origin = index.origins[index.origin[i] as number];
              expect(origin?.key).toBe(originKey(originOf(claim.content)));
            });
          }
          expect(gridOfVerdicts(evaluateVerdicts(agreement, own, asOf))).toEqual(
            gridOfVerdicts(evaluateVerdicts(agreement, shared, asOf)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
