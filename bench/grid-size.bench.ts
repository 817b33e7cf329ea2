// Bytes of the evaluation the HTTP route sends: the grid (verdicts, summaries, breaches
// grouped) against the whole evaluation with every explanation, on the engine bench's
// agreement and claims at 10k and 100k claims. The grid should grow with cells, not claims.
import { parseAgreement } from '../src/core/agreement/parse-agreement.js';
import { evaluate } from '../src/core/evaluation/evaluate.js';
import { verdictGrid } from '../src/core/evaluation/verdict-grid.js';
import type { Bench } from './bench-report.js';
import { AGREEMENT, AS_OF, syntheticClaims } from './engine.bench.js';

const SIZES = [10_000, 100_000];

const bench: Bench = async () => {
  const agreement = parseAgreement(AGREEMENT, 'bench');
  const figures = [];
  let ratio = 0;
  for (const n of SIZES) {
    const evaluation = evaluate(agreement, syntheticClaims(n), AS_OF);
    const full = Buffer.byteLength(JSON.stringify(evaluation));
    const grid = Buffer.byteLength(JSON.stringify(verdictGrid(evaluation)));
    figures.push(
      { label: `${n} claims: whole evaluation`, value: full / 1e6, unit: 'MB' },
      { label: `${n} claims: grid`, value: grid / 1e6, unit: 'MB' },
    );
    ratio = grid / full;
  }
  return {
    name: 'evaluation response size',
    figures,
    ratio: { value: ratio, baseline: 'the whole evaluation, at the largest size', aim: null },
  };
};

export default bench;
