import type { Agreement } from '../agreement/agreement.js';
import type { Claim } from '../evidence/claim.js';
import { foldName } from '../text/fold-name.js';

/**
 * A handover of territory, by the agreement's own mapping: a claim that the receiving side
 * entered the area (its `entered` event types, the receiving party as agent, placed in the
 * area or in a larger place containing it) is also read as the handing side's withdrawal
 * from it. The claim is kept as it is, and a reading of it as that withdrawal (same id,
 * origin, time and place; the handing party as agent) is added beside it, so clauses on the
 * entry itself still see it. The area test of each clause then decides, three-valued,
 * whether the place is inside. Claims of agreements without handovers are returned as they are.
 */
export function handedOver(agreement: Agreement, claims: readonly Claim[]): readonly Claim[] {
  if (agreement.handovers.length === 0) return claims;
  const names = new Map(agreement.parties.map((p) => [p.id as string, p.name]));
  const rules = agreement.handovers.map((h) => ({
    h,
    places: new Set([...h.area.places, ...h.area.within].map(foldName)),
  }));
  return claims.flatMap((c) => {
    const where = c.content.where;
    if (where === null) return [c];
    const place = foldName(where.name);
    const readings: Claim[] = [c];
    for (const { h, places } of rules) {
      if (!h.entered.includes(c.content.type) || !places.has(place)) continue;
      if (!c.content.actors.some((a) => a.role === 'agent' && a.party === h.to)) continue;
      const actors = c.content.actors.map((a) =>
        a.role === 'agent' && a.party === h.to
          ? { ...a, name: names.get(h.from) ?? h.from, party: h.from }
          : a,
      );
      readings.push({ ...c, content: { ...c.content, type: 'withdrawal', actors } });
    }
    return readings;
  });
}
