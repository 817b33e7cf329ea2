/** One name of the report that points to a country, and how it stands in the report. */
export interface CountryEvidence {
  readonly country: string;
  /**
   * How the name stands: after a word of place (where an act may be), named anywhere else, or
   * the town of the dateline (where the report was filed).
   */
  readonly as: 'placed' | 'named' | 'dateline';
  /** In the headline or the lead paragraph, which say what the report is about. */
  readonly lead: boolean;
  /**
   * A GeoNames town that is neither a capital nor one of our own places: told where no word of
   * place stands before it, it may be a person's ("Durant"), a body's word ("Republic") or a
   * namesake abroad.
   */
  readonly namesake: boolean;
}

/** What each kind of telling weighs: a place where acts stand says more than a passing name. */
const WEIGHT = { placed: 2, named: 1, dateline: 2 } as const;
/** What the headline or the lead adds to a name told there. */
const LEAD_WEIGHT = 1;

/**
 * The country the report is about: the one its names point to most, a name weighed by how it
 * stands (placed above named, the headline and lead above the body, the dateline as a placed
 * name). A country told by no name but GeoNames towns no word of place places counts only where
 * no other is told: "of the Republic" is not the United States, nor "Monitoring Mission" Texas,
 * in a report on Colombia or Sri Lanka; "fighting in Kolwezi" is Zaire all the same.
 */
export function mainCountryOf(evidence: readonly CountryEvidence[]): string | undefined {
  const weights = new Map<string, number>();
  const sure = new Set<string>();
  for (const e of evidence) {
    const weight = WEIGHT[e.as] + (e.lead ? LEAD_WEIGHT : 0);
    weights.set(e.country, (weights.get(e.country) ?? 0) + weight);
    if (!e.namesake || e.as !== 'named') sure.add(e.country);
  }
  let best: string | undefined;
  for (const [country, weight] of weights) {
    const sureOver = sure.has(country) && (best === undefined || !sure.has(best));
    const sameFooting = best === undefined || sure.has(country) === sure.has(best);
    if (sureOver || (sameFooting && weight > (weights.get(best ?? '') ?? 0))) best = country;
  }
  return best;
}
