import type { Agreement } from '../agreement/agreement.js';
import type { Claim } from '../evidence/claim.js';
import type { PartyId } from '../ids.js';
import { foldName } from '../text/fold-name.js';

/**
 * A party answers for the armed groups it named as bound through it: a claim naming such a
 * group as an actor (by its id as the actor's party, or by one of its names) is read as naming
 * the party. Claims naming no group are returned as they are.
 */
export function boundThroughParties(
  agreement: Agreement,
  claims: readonly Claim[],
): readonly Claim[] {
  const byId = new Map<string, PartyId>();
  const byName = new Map<string, PartyId>();
  for (const p of agreement.parties) {
    for (const g of p.answersFor ?? []) {
      byId.set(g.id, p.id);
      for (const name of [g.id, g.name, ...g.aliases]) byName.set(foldName(name), p.id);
    }
  }
  if (byId.size === 0) return claims;
  const answering = (a: Claim['content']['actors'][number]): PartyId | undefined =>
    a.party === null ? byName.get(foldName(a.name)) : byId.get(a.party);
  return claims.map((c) => {
    if (!c.content.actors.some((a) => answering(a) !== undefined)) return c;
    const actors = c.content.actors.map((a) => {
      const party = answering(a);
      return party === undefined ? a : { ...a, party };
    });
    return { ...c, content: { ...c.content, actors } };
  });
}
