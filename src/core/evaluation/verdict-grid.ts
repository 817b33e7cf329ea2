import type {
  Breach,
  BreachGroup,
  Evaluation,
  EvaluationGrid,
  GridNormResult,
  NormResult,
} from './evaluation.js';

/**
 * What the grid needs of an evaluation: every cell's verdict, its count as a range, one
 * sentence, and the claims that decide it (the first of each account the verdict rests on),
 * with the term, tallies and powers as they are, and alleged breaches grouped by clause,
 * period, party, origin and basis. Its size grows with cells and origins, not with claims;
 * `explainCell` gives the whole explanation of one cell.
 */
export function verdictGrid(evaluation: Evaluation): EvaluationGrid {
  const { periods, once, breaches, tallies, ...rest } = evaluation;
  return {
    ...rest,
    tallies: tallies.map(({ from: _from, ...row }) => row),
    periods: periods.map(({ norms, ...period }) => ({ ...period, norms: norms.map(gridCell) })),
    once: once.map(gridCell),
    breaches: breachGroups(breaches),
  };
}

function gridCell(result: NormResult): GridNormResult {
  const { explanation: x, ...verdict } = result;
  const decidedBy = [...new Set(x.accounts.filter((a) => a.used).map((a) => a.first))];
  return {
    ...verdict,
    explanation: {
      ref: x.ref,
      summary: x.summary,
      required: x.required,
      requiredExpression: x.requiredExpression,
      count: x.count,
      owed: x.owed,
      decidedBy,
      claims: {
        counted: x.counted.length,
        possible: x.possible.length,
        contrary: x.contrary.length,
        ignored: x.ignored.length,
      },
    },
  };
}

/** Breaches alleged alike by one origin, as one row: how many, and the first claim. */
function breachGroups(breaches: readonly Breach[]): BreachGroup[] {
  const groups = new Map<string, { group: BreachGroup; claims: number }>();
  for (const b of breaches) {
    const key = [b.norm, b.period, b.by, b.originKey, b.selfReport, b.basis, b.certainty].join(
      '\u0000',
    );
    const found = groups.get(key);
    if (found !== undefined) {
      found.claims++;
      continue;
    }
    const { claim, according_to, originKey, selfReport, basis, certainty, norm, period, by } = b;
    groups.set(key, {
      group: {
        norm,
        period,
        by,
        according_to,
        originKey,
        selfReport,
        basis,
        certainty,
        claim,
        claims: 0,
      },
      claims: 1,
    });
  }
  return [...groups.values()].map(({ group, claims }) => ({ ...group, claims }));
}
