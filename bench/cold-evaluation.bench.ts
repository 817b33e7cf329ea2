// A cold evaluation from a SQLite store: what a server's first `GET …/evaluation` (and
// `truce evaluate`) does before it has anything in memory, read every claim of the agreement
// and evaluate them into the grid's answer, in this process, over the api bench's claims and
// agreement. The floor, measured in the same rounds, alternating: reading the same rows bare,
// the store's text of each claim with no parse (`listClaimTexts`). It also reads each claim's
// reading text, which an evaluation no longer selects (0246), so it is a little above the least
// an evaluation from the store must do, and the ratio to it a little low. The reading alone (`evaluationInputs`) is reported beside it, so the
// figures say how the cold path splits between the store and the engine.
//
//   TRUCE_BENCH_COLD_CLAIMS=10000,100000 npm run bench -- cold-evaluation
//
// Filling 100k claims takes minutes on a loaded machine; rounds comparing two copies of the
// code may read one store filled once (by `bench/cold-evaluation-profile.ts`, the same claims):
//
//   TRUCE_BENCH_COLD_CLAIMS=100000 TRUCE_BENCH_COLD_DATA=/tmp/cold-100k/data \
//     npx tsx bench/run.ts cold-evaluation
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgreementEvaluations } from '../src/app/agreement-evaluations.js';
import { evaluationInputs } from '../src/app/agreements.js';
import { scopeOf } from '../src/app/assignments.js';
import { initWorkspace, openWorkspace } from '../src/app/workspace.js';
import type { Store } from '../src/app/store-contract.js';
import type { AgreementId } from '../src/core/ids.js';
import { AGREEMENT, fill } from './api.bench.js';
import type { Bench, BenchReport } from './bench-report.js';
import { median } from './server-cpu.js';

const SIZES = (process.env.TRUCE_BENCH_COLD_CLAIMS ?? '10000,100000').split(',').map(Number);
const ROUNDS = 5;
const AS_OF = '2023-12-02T00:00:00Z';
/** A data directory already filled, read and left as it is. */
const FILLED = process.env.TRUCE_BENCH_COLD_DATA;

const cpuMs = (used: NodeJS.CpuUsage): number => (used.user + used.system) / 1000;

/** CPU and wall milliseconds of one run of `work`. */
async function timed(work: () => Promise<unknown>): Promise<{ cpu: number; wall: number }> {
  const used = process.cpuUsage();
  const started = performance.now();
  await work();
  return { cpu: cpuMs(process.cpuUsage(used)), wall: performance.now() - started };
}

async function coldAt(claims: number): Promise<BenchReport> {
  const dir = await mkdtemp(join(tmpdir(), 'truce-bench-cold-'));
  let store: Store | undefined;
  try {
    if (FILLED === undefined) {
      store = await initWorkspace({ data: join(dir, 'data') });
      await fill(store, claims);
    } else store = await openWorkspace({ data: FILLED });
    const held = store;
    const id = AGREEMENT as AgreementId;
    const { versions } = await evaluationInputs(held, id);
    const scope = scopeOf({ id, parties: versions.flatMap((v) => v.parties) });
    const rows = await held.listClaimTexts({ scope });
    if (rows.length !== claims) throw new Error(`read ${rows.length} rows of ${claims}`);

    const cold: { cpu: number; wall: number }[] = [];
    const bare: { cpu: number; wall: number }[] = [];
    const reading: { cpu: number; wall: number }[] = [];
    // One warm-up of each, then rounds alternating, so the load moves all of them alike.
    await new AgreementEvaluations(held).gridAnswer(id, { asOf: AS_OF });
    await held.listClaimTexts({ scope });
    for (let round = 0; round < ROUNDS; round += 1) {
      cold.push(await timed(() => new AgreementEvaluations(held).gridAnswer(id, { asOf: AS_OF })));
      bare.push(await timed(() => held.listClaimTexts({ scope })));
      reading.push(await timed(() => evaluationInputs(held, id)));
    }
    const m = (xs: { cpu: number; wall: number }[], k: 'cpu' | 'wall') =>
      median(xs.map((x) => x[k]));
    const ratio = m(cold, 'cpu') / m(bare, 'cpu');
    process.stderr.write(
      `cold evaluation at ${claims}: CPU ${m(cold, 'cpu').toFixed(0)} ms (reading ${m(reading, 'cpu').toFixed(0)}), ` +
        `rows bare ${m(bare, 'cpu').toFixed(0)} ms, ${ratio.toFixed(2)}×\n`,
    );
    return {
      name: `cold evaluation from SQLite (${claims.toLocaleString('en')} claims)`,
      figures: [
        { label: 'cold evaluation, CPU (median)', value: m(cold, 'cpu'), unit: 'ms' },
        { label: 'cold evaluation, wall (median)', value: m(cold, 'wall'), unit: 'ms' },
        {
          label: 'of which reading the inputs, CPU (median)',
          value: m(reading, 'cpu'),
          unit: 'ms',
        },
        { label: 'rows bare, CPU (median)', value: m(bare, 'cpu'), unit: 'ms' },
        { label: 'rows bare, wall (median)', value: m(bare, 'wall'), unit: 'ms' },
      ],
      ratio: { value: ratio, baseline: 'the same rows read bare, CPU', aim: null },
    };
  } finally {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const bench: Bench = async () => {
  const reports: BenchReport[] = [];
  for (const claims of SIZES) reports.push(await coldAt(claims));
  return reports;
};

export default bench;
