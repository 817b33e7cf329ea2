// A server's evaluation advanced by one accepted release, against a whole pass over the same
// claims, in the same process: 100k claims of the engine bench's agreement, held in id order as
// a server holds them, then one new release claim at a time, each taken through what a server
// does after an append (`HeldClaims.advanced`, then `advancedCells`). CPU per step, median of many.
// The ratio is an advance over a whole pass (decisions 0112, 0120, 0126); beside it, an append
// of a type nothing reads, which moves only the held claims and the count (decision 0133).
//
//   TRUCE_BENCH_ADVANCE_CLAIMS=10000 npm run bench -- advance
import { HeldClaims } from '../src/app/held-claims.js';
import { parseAgreement } from '../src/core/agreement/parse-agreement.js';
import type { Claim } from '../src/core/evidence/claim.js';
import { advancedCells } from '../src/core/evaluation/advance-cells.js';
import { advancedVerdicts } from '../src/core/evaluation/advance-verdicts.js';
import { evaluateWithFrame } from '../src/core/evaluation/evaluate.js';
import type { ClaimId } from '../src/core/ids.js';
import type { Bench } from './bench-report.js';
import { AGREEMENT, AS_OF, syntheticClaims } from './engine.bench.js';

const CLAIMS = Number(process.env.TRUCE_BENCH_ADVANCE_CLAIMS ?? 100_000);
const PASSES = 5;
const ADVANCES = 80;

/** What `work` gives, and the CPU it took in ms. */
function timed<T>(work: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}
const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

const bench: Bench = async () => {
  const agreement = parseAgreement(AGREEMENT);
  const claims = syntheticClaims(CLAIMS);
  const release = claims.find((c) => c.content.type === 'release');
  if (release === undefined) throw new Error('The synthetic claims hold no release to copy.');
  const passes = Array.from(
    { length: PASSES },
    () => timed(() => evaluateWithFrame(agreement, claims, AS_OF)).ms,
  );
  let held = HeldClaims.of(claims);
  let made = evaluateWithFrame(agreement, claims, AS_OF);
  const advances: number[] = [];
  const copies: number[] = [];
  for (let k = 0; k < ADVANCES; k++) {
    // After every synthetic id, so each append adds a claim at the end of the id order.
    const added: Claim = { ...release, id: `clm_~${k.toString().padStart(4, '0')}` as ClaimId };
    copies.push(timed(() => held.advanced([added.id], [added])).ms);
    const step = timed(() => ({
      next: held.advanced([added.id], [added]),
      moved: advancedCells(made.verdicts, made.frame, [{ before: null, after: added }]),
    }));
    if (step.value.moved === null) {
      throw new Error('A release took the whole pass: no advance to measure.');
    }
    advances.push(step.ms);
    made = step.value.moved;
    held = step.value.next;
  }
  // A claim of a type no clause reads (a proposal): only the held claims and the count move.
  const unread: number[] = [];
  for (let k = 0; k < ADVANCES; k++) {
    const id = `clm_~~${k.toString().padStart(4, '0')}` as ClaimId;
    const added: Claim = { ...release, id, content: { ...release.content, type: 'proposal' } };
    const step = timed(() => ({
      next: held.advanced([added.id], [added]),
      moved: advancedVerdicts(made.verdicts, [agreement], [{ before: null, after: added }]),
    }));
    if (step.value.moved === null)
      throw new Error('The agreement reads proposals: nothing to measure.');
    unread.push(step.ms);
    made = { ...made, verdicts: step.value.moved };
    held = step.value.next;
  }
  const pass = median(passes);
  const advance = median(advances);
  return {
    name: `an advance by one release, ${CLAIMS.toLocaleString('en')} claims, in process`,
    figures: [
      { label: 'whole pass, CPU median', value: pass, unit: 'ms' },
      { label: 'advance, CPU median', value: advance, unit: 'ms' },
      { label: 'of which the held claims joined, CPU median', value: median(copies), unit: 'ms' },
      {
        label: 'an append nothing reads (a proposal), CPU median',
        value: median(unread),
        unit: 'ms',
      },
    ],
    ratio: { value: advance / pass, baseline: 'a whole pass over the same claims, CPU', aim: null },
  };
};
export default bench;
