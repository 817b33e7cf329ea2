import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/evidence/claim.js';
import { partiesNamedBy } from '../../../src/core/evidence/claim-assignment.js';
import type { PartyId } from '../../../src/core/ids.js';

describe('the parties a claim names', () => {
  it('are each party its actors name, once, sorted, whatever the roles and repeats', () => {
    const party = fc.option(fc.constantFrom('israel', 'hamas', 'egypt', 'qatar', 'Z', 'a'), {
      nil: null,
    });
    const actor = fc.record({
      name: fc.constant('someone'),
      role: fc.constantFrom('agent', 'target', 'recipient', 'intermediary'),
      party,
    });
    fc.assert(
      fc.property(fc.array(actor, { maxLength: 8 }), (actors) => {
        const named = actors.flatMap((a) => (a.party === null ? [] : [a.party]));
        const expected = [...new Set(named)].sort();
        expect(partiesNamedBy({ actors: actors as unknown as Actor[] })).toEqual(expected);
      }),
    );
  });

  it('names none for a claim whose actors are no party', () => {
    const actors = [{ name: 'gunmen', role: 'agent', party: null as PartyId | null }];
    expect(partiesNamedBy({ actors: actors as Actor[] })).toEqual([]);
  });
});
