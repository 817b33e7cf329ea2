import { z } from 'zod';
import type { Agreement, PartyRole } from '../agreement/agreement.js';
import { agentParty, originKey } from '../evidence/claim.js';
import type { AttributionLink, ClaimReadingFields } from '../evidence/claim.js';
import type { Source } from '../evidence/source.js';
import { PartyId } from '../ids.js';
import { foldName } from '../text/fold-name.js';

/** Whose side an origin is on, for this agreement. */
export type OriginAffiliation =
  | { readonly kind: 'party'; readonly party: PartyId; readonly role: PartyRole }
  | { readonly kind: 'mediator'; readonly mediator: string | null }
  | { readonly kind: 'monitor'; readonly monitor: string }
  | { readonly kind: 'independent' };

export const affiliationLabel = (a: OriginAffiliation): string =>
  a.kind === 'party'
    ? `party:${a.party}`
    : a.kind === 'mediator'
      ? a.mediator === null
        ? 'mediator'
        : `mediator:${a.mediator}`
      : a.kind === 'monitor'
        ? `monitor:${a.monitor}`
        : 'independent';

/** Names folded and remembered per `AgreementOrigins`: origins' names repeat claim after claim. */
const FOLDS_KEPT = 10_000;

/**
 * What an agreement makes of origins' names: its parties', mediators' and monitors' names and
 * aliases, folded once. It depends on the agreement alone, so a server keeps it with the
 * parsed agreement and pairs it with the sources on record at each request.
 */
export class AgreementOrigins {
  readonly byName = new Map<string, OriginAffiliation>();
  readonly roles: ReadonlyMap<string, PartyRole>;
  private readonly folds = new Map<string, string>();

  constructor(agreement: Agreement) {
    this.roles = new Map(agreement.parties.map((p) => [p.id as string, p.role ?? 'party']));
    for (const m of agreement.monitors) {
      for (const name of [m.id, m.name, ...m.aliases]) {
        this.byName.set(foldName(name), { kind: 'monitor', monitor: m.id });
      }
    }
    for (const m of agreement.mediators) {
      for (const name of [m.id, m.name, ...m.aliases]) {
        this.byName.set(foldName(name), { kind: 'mediator', mediator: m.id });
      }
    }
    // Parties last: a name that is both (rare) is read as the party's, the stricter reading.
    for (const p of agreement.parties) {
      for (const name of [p.id, p.name, ...p.aliases]) {
        this.byName.set(foldName(name), { kind: 'party', party: p.id, role: p.role ?? 'party' });
      }
    }
  }

  /** The agreement's reading of a name, if it names one of its parties, mediators or monitors. */
  named(name: string): OriginAffiliation | undefined {
    let folded = this.folds.get(name);
    if (folded === undefined) {
      folded = foldName(name);
      if (this.folds.size >= FOLDS_KEPT) this.folds.clear();
      this.folds.set(name, folded);
    }
    return this.byName.get(folded);
  }
}

/**
 * Resolves origins to the agreement's parties and mediators: a recorded source's affiliation
 * when the link names one, else the origin's name against the parties' and mediators' names
 * and aliases. Self-reports are marked by this, so the same rule applies to every party.
 */
export class OriginAffiliations {
  private readonly sources: ReadonlyMap<string, Source>;
  private readonly origins: AgreementOrigins;

  /** Of an agreement, or of its names already folded (`AgreementOrigins`, kept by a server). */
  constructor(agreement: Agreement | AgreementOrigins, sources: readonly Source[]) {
    this.origins =
      agreement instanceof AgreementOrigins ? agreement : new AgreementOrigins(agreement);
    this.sources = new Map(sources.map((s) => [s.id, s]));
  }

  of(link: AttributionLink): OriginAffiliation {
    const source = link.source === null ? undefined : this.sources.get(link.source);
    // A recorded party affiliation is the analyst's word and wins over names.
    if (source?.affiliation.kind === 'party') {
      const party = source.affiliation.party;
      return { kind: 'party', party, role: this.origins.roles.get(party) ?? 'party' };
    }
    const names = source === undefined ? [link.name] : [source.name, ...source.aliases, link.name];
    for (const name of names) {
      const known = this.origins.named(name);
      if (known !== undefined) return known;
    }
    if (source?.affiliation.kind === 'mediator' || link.kind === 'mediator') {
      return { kind: 'mediator', mediator: null };
    }
    return { kind: 'independent' };
  }
}

/** How one attribution link reads for an agreement: its origin key and whose side it is on. */
/** How an attribution link reads for an agreement (`readClaim`), as the API sends it. */
export const LinkReading = z
  .object({
    key: z.string().describe('the origin key: the source id, else name: and the folded name'),
    affiliation: z.string().describe('party:ID, mediator[:ID], monitor:ID or independent'),
    /** The party the link speaks for, or null (a mediator, monitor or independent). */
    side: PartyId.nullable().describe('the party the link speaks for'),
  })
  .readonly()
  .meta({ id: 'LinkReading' });
export type LinkReading = z.infer<typeof LinkReading>;

/** How a claim's attribution reads for an agreement: each link, and whether it is a self-report. */
export const ClaimReading = z
  .object({
    links: z.array(LinkReading).readonly().describe('one per attribution link, in chain order'),
    /** The one rule for who acted: the first agent the claim names with a party. */
    agent: PartyId.nullable().describe(
      'the party the claim names as the one who acted: its first agent with a party',
    ),
    /** The origin (the chain's last link) speaks for the party the claim names as agent. */
    selfReport: z.boolean().describe('the origin speaks for the party the claim names as agent'),
  })
  .readonly()
  .meta({ id: 'ClaimReading' });
export type ClaimReading = z.infer<typeof ClaimReading>;

/** Reads a claim's attribution chain with the agreement's affiliations: one rule, sent to the web. */
export function readClaim(
  claim: { readonly content: ClaimReadingFields },
  affiliations: OriginAffiliations,
): ClaimReading {
  const links = claim.content.attribution.map((link): LinkReading => {
    const affiliation = affiliations.of(link);
    return {
      key: originKey(link),
      affiliation: affiliationLabel(affiliation),
      side: affiliation.kind === 'party' ? affiliation.party : null,
    };
  });
  const origin = links.at(-1);
  const agent = agentParty(claim.content);
  return { links, agent, selfReport: agent !== null && origin?.side === agent };
}
