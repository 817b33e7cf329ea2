// An agreement's names folded once and kept (AgreementOrigins) read every origin as the
// agreement read afresh does, however often a name is met.
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAgreement } from '../../../src/core/agreement/parse-agreement.js';
import type { AttributionLink } from '../../../src/core/evidence/claim.js';
import {
  AgreementOrigins,
  OriginAffiliations,
} from '../../../src/core/evaluation/origin-affiliation.js';

const text = await readFile(
  new URL('../../../examples/agreements/gaza-pause-2023-11.yaml', import.meta.url),
  'utf8',
);
const agreement = parseAgreement(text, 'test');
const names = agreement.parties.flatMap((p) => [p.id, p.name, ...p.aliases]);

describe('origins read through names kept with the parse', () => {
  it('read each link as affiliations made afresh from the agreement do', () => {
    const kept = new AgreementOrigins(agreement);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.oneof(
              fc.constantFrom(...names),
              fc.constantFrom(...names).map((n) => n.toUpperCase()),
              fc.string(),
            ),
            kind: fc.constantFrom('outlet', 'official_body', 'mediator', 'news_agency'),
          }),
        ),
        (links) => {
          const fresh = new OriginAffiliations(agreement, []);
          const reused = new OriginAffiliations(kept, []);
          for (const l of links) {
            const link = { ...l, source: null } as AttributionLink;
            expect(reused.of(link)).toEqual(fresh.of(link));
          }
        },
      ),
    );
  });

  it('read a party named in capitals as that party', () => {
    const party = agreement.parties[0];
    if (party === undefined) throw new Error('the example names no party');
    const affiliations = new OriginAffiliations(new AgreementOrigins(agreement), []);
    const link = {
      name: party.name.toUpperCase(),
      kind: 'outlet',
      source: null,
    } as AttributionLink;
    expect(affiliations.of(link)).toMatchObject({ kind: 'party', party: party.id });
  });
});
