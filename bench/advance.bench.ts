// A server's evaluation advanced by one accepted release, against a whole pass over the same
// claims, in the same process: 100k claims of the engine bench's agreement, held in id order as
// a server holds them, then one new release claim at a time, each taken through what a server
// does after an append (`HeldClaims.advanced`, then `advancedCells`). CPU per step, median of many.
// The ratio is an advance over a whole pass (decisions 0112, 0120, 0126); beside it, an append
// of a type nothing reads, which moves only the held claims and the count (decision 0133).
// A second report takes the api bench's agreement and mix of claims, whose power is triggered
// by fire and exercised by a reported end: one claim of rocket fire at a time, and rounds of
// 100 claims of the mix, each advanced or, where the advance cannot, made by a whole pass, as
// the server does (decision 0152).
//
//   TRUCE_BENCH_ADVANCE_CLAIMS=10000 npm run bench -- advance
import { readFileSync } from 'node:fs';
import { HeldClaims } from '../src/app/held-claims.js';
import { parseAgreement } from '../src/core/agreement/parse-agreement.js';
import type { Claim } from '../src/core/evidence/claim.js';
import { advancedCells } from '../src/core/evaluation/advance-cells.js';
import { advancedVerdicts } from '../src/core/evaluation/advance-verdicts.js';
import { evaluateWithFrame } from '../src/core/evaluation/evaluate.js';
import type { ClaimId } from '../src/core/ids.js';
import { AGREEMENT_FILE, claimOf, documentOf } from './api.bench.js';
import type { Bench, BenchReport } from './bench-report.js';
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

/** Rounds of the api mix's cases: each may be a whole pass, so fewer than the advances above. */
const MIX_ROUNDS = 7;
/** The api bench's asOf, after the pause's last day. */
const MIX_AS_OF = '2023-12-02T00:00:00Z';

/**
 * The api bench's claims held as the server holds them, then appends of `count` claims of its
 * mix (or all of `type`), each taken through `advancedCells`, or a whole pass where it says
 * null: CPU median, and how many appends took the whole pass.
 */
function appendsOfTheMix(
  made: ReturnType<typeof evaluateWithFrame>,
  held: HeldClaims,
  count: number,
  seed: number,
  type?: 'rocket_fire',
): { ms: number; wholePasses: number } {
  const agreement = made.frame.agreement;
  const times: number[] = [];
  let wholePasses = 0;
  for (let round = 0; round < MIX_ROUNDS; round++) {
    const document = documentOf(seed + round);
    const added = Array.from({ length: count }, (_, i) => {
      const claim = claimOf(document, seed + round * (count + 1) + i);
      return type === undefined
        ? claim
        : { ...claim, content: { ...claim.content, type }, status: 'accepted' as const };
    });
    const step = timed(() => {
      const next = held.advanced(
        added.map((c) => c.id),
        added,
      );
      const changes = added.map((after) => ({ before: null, after }));
      const moved = advancedCells(made.verdicts, made.frame, changes);
      return { next, moved, made: moved ?? evaluateWithFrame(agreement, next.all(), MIX_AS_OF) };
    });
    if (step.value.moved === null) wholePasses += 1;
    times.push(step.ms);
    made = step.value.made;
    held = step.value.next;
  }
  return { ms: median(times), wholePasses };
}

/** The api bench's agreement and 100k claims of its mix, advanced as above. */
function mixReport(): BenchReport {
  const agreement = parseAgreement(readFileSync(AGREEMENT_FILE, 'utf8'));
  const claims = Array.from({ length: CLAIMS }, (_, i) =>
    claimOf(documentOf(Math.floor(i / 1000)), i),
  ).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pass = median(
    Array.from(
      { length: PASSES },
      () => timed(() => evaluateWithFrame(agreement, claims, MIX_AS_OF)).ms,
    ),
  );
  const made = () => evaluateWithFrame(agreement, claims, MIX_AS_OF);
  const held = HeldClaims.of(claims);
  const fire = appendsOfTheMix(made(), held, 1, 2 * CLAIMS, 'rocket_fire');
  const hundred = appendsOfTheMix(made(), held, 100, 3 * CLAIMS);
  return {
    name: `appends to the api bench's agreement and mix, ${CLAIMS.toLocaleString('en')} claims, in process`,
    figures: [
      { label: 'whole pass, CPU median', value: pass, unit: 'ms' },
      { label: 'one accepted claim of rocket fire, CPU median', value: fire.ms, unit: 'ms' },
      { label: 'of which took a whole pass', value: fire.wholePasses, unit: `of ${MIX_ROUNDS}` },
      { label: '100 claims of the mix, CPU median', value: hundred.ms, unit: 'ms' },
      { label: 'of which took a whole pass', value: hundred.wholePasses, unit: `of ${MIX_ROUNDS}` },
    ],
    ratio: {
      value: hundred.ms / pass,
      baseline: 'a whole pass over the same claims, CPU',
      aim: null,
    },
  };
}

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
  const releases: BenchReport = {
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
  return [releases, mixReport()];
};
export default bench;
