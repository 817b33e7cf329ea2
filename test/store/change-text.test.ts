import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgreementId } from '../../src/core/ids.js';
import { canonicalJson } from '../../src/core/ledger/canonical-json.js';
import { LedgerChange } from '../../src/core/ledger/ledger-entry.js';
import { changeText, storedClaimText, type KnownJson } from '../../src/store/change-text.js';
import {
  agentOf,
  claimAdded,
  claimAddedFor,
  claimReviewed,
  makeClaim,
  makeDocument,
} from '../support/builders.js';

const document = makeDocument();

describe('the text of a change', () => {
  it('is the canonical JSON its hash covers, and a new claim keeps its own text for its row', () => {
    fc.assert(
      fc.property(
        fc.option(
          fc.array(fc.constantFrom('gaza-pause', 'lebanon-truce', 'x-1'), { maxLength: 3 }),
        ),
        fc.string(),
        fc.constantFrom('hamas', 'israel', 'a_party-2'),
        (agreements, label, party) => {
          const claim = makeClaim(document.id, {
            content: { actors: [agentOf(party)], text: label },
            reviewNote: label,
          });
          const change =
            agreements === null
              ? claimAdded(claim)
              : claimAddedFor(claim, agreements as AgreementId[]);
          const known: KnownJson = new WeakMap();
          expect(changeText(change, known)).toBe(canonicalJson(change));
          expect(known.get(claim)).toBe(canonicalJson(claim));
        },
      ),
    );
  });

  it('falls back to the whole canonical JSON for a change with members it does not splice', () => {
    const claim = makeClaim(document.id);
    const odd = { ...claimAdded(claim), extra: 1 } as unknown as LedgerChange;
    const reviewed = claimReviewed(claim.id, 'accepted', 'seen');
    const known: KnownJson = new WeakMap();
    expect(changeText(odd, known)).toBe(canonicalJson(odd));
    expect(changeText(reviewed, known)).toBe(canonicalJson(reviewed));
  });

  it('cuts a claim from its stored text when the parse gives back what was stored, and only then', () => {
    fc.assert(
      fc.property(
        fc.option(fc.array(fc.constantFrom('gaza-pause', 'x-1'), { maxLength: 2 })),
        fc.string(),
        fc.constantFrom('as written now', 'no party member', 'name padded'),
        (agreements, label, stored) => {
          const claim = makeClaim(document.id, { content: { text: label }, reviewNote: label });
          const change =
            agreements === null
              ? claimAdded(claim)
              : claimAddedFor(claim, agreements as AgreementId[]);
          const json = JSON.parse(canonicalJson(change)) as { claim: { content: object } };
          // As an older writer may have stored it: without a member that now has a default, or
          // with a name the schema now trims.
          if (stored === 'no party member') {
            json.claim.content = {
              ...json.claim.content,
              actors: [{ name: 'Hamas', role: 'agent' }],
            };
          } else if (stored === 'name padded') {
            json.claim.content = {
              ...json.claim.content,
              actors: [{ name: ' Hamas ', role: 'agent', party: null }],
            };
          }
          const parsed = LedgerChange.parse(json);
          if (parsed.type !== 'claim.added') throw new Error('not a claim.added');
          const known: KnownJson = new WeakMap();
          storedClaimText(canonicalJson(json), json, parsed, known);
          expect(known.get(parsed.claim)).toBe(
            stored === 'as written now' ? canonicalJson(parsed.claim) : undefined,
          );
        },
      ),
    );
  });
});
