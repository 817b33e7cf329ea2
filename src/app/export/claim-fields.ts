import { agentParty, originOf } from '../../core/evidence/claim.js';
import type { ClaimContent } from '../../core/evidence/claim.js';
import { formatEdtf } from '../../core/time/edtf.js';

/** The time fields every format carries: the interval and its EDTF value. */
export const timeFields = (content: ClaimContent, zone: string) => ({
  earliest: content.when.earliest,
  latest: content.when.latest,
  edtf: formatEdtf(content.when, zone),
});

/** The parties named as actors, agent first. */
export function partiesOf(content: ClaimContent): string[] {
  const agent = agentParty(content);
  const all = content.actors.flatMap((a) => (a.party === null ? [] : [a.party as string]));
  return [...new Set(agent === null ? all : [agent, ...all])];
}

export const originName = (content: ClaimContent): string => originOf(content).name;
