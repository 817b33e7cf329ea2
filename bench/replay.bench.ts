// `rebuild` and `verify` over ledgers of growing length, each step in a process of its own
// (bench/replay-worker.ts) so that its peak RSS is its own. Speed is CPU time as a ratio to a
// bare replay of the same ledger (read, hash, parse: no checks against the schema, no tables
// written); memory is peak RSS at the longest ledger over that at the shortest, which stays
// near 1 when replay holds a chunk rather than the record. TRUCE_BENCH_REPLAY_ENTRIES sets the
// lengths (default 100000,1000000; 3000000 needs about 5 GB of disk).
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bench, BenchReport } from './bench-report.js';

const WORKER = fileURLToPath(new URL('./replay-worker.ts', import.meta.url));
const LENGTHS = (process.env['TRUCE_BENCH_REPLAY_ENTRIES'] ?? '100000,1000000')
  .split(',')
  .map(Number);

interface Step {
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
}

function step(...args: string[]): Step {
  const result = spawnSync(process.execPath, ['--import', 'tsx', WORKER, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`replay worker ${args[0]} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Step;
}

const bench: Bench = async () => {
  const reports: BenchReport[] = [];
  const rss: { entries: number; rebuild: number; verify: number }[] = [];
  for (const entries of LENGTHS) {
    const dir = await mkdtemp(join(tmpdir(), 'truce-bench-replay-'));
    try {
      const data = join(dir, 'data');
      step('fill', data, String(entries));
      const bare = step('bare', data);
      const checked = step('checked', data);
      const rebuild = step('rebuild', data);
      const raw = step('raw', data);
      const verify = step('verify', data);
      rss.push({ entries, rebuild: rebuild.peakRssMb, verify: verify.peakRssMb });
      const label = entries.toLocaleString('en');
      reports.push({
        name: `rebuild, ${label} entries`,
        figures: [
          { label: 'bare replay (read, hash, parse), CPU', value: bare.cpuMs, unit: 'ms' },
          { label: 'rebuild, CPU', value: rebuild.cpuMs, unit: 'ms' },
          { label: 'rebuild, wall', value: rebuild.ms, unit: 'ms' },
          { label: 'rebuild, peak RSS', value: rebuild.peakRssMb, unit: 'MB' },
          { label: 'verify (quick_check), CPU', value: verify.cpuMs, unit: 'ms' },
          { label: 'verify, wall', value: verify.ms, unit: 'ms' },
          { label: 'verify, peak RSS', value: verify.peakRssMb, unit: 'MB' },
          { label: 'bare replay, peak RSS', value: bare.peakRssMb, unit: 'MB' },
        ],
        ratio: { value: rebuild.cpuMs / bare.cpuMs, baseline: 'a bare replay, CPU', aim: 2 },
        peakRssMb: rebuild.peakRssMb,
      });
      // The floor a rebuild can reach: the replay it must do plus the rows it must write.
      reports.push({
        name: `rebuild, ${label} entries, vs replay + raw inserts`,
        figures: [
          { label: 'raw inserts of the rows rebuild wrote, CPU', value: raw.cpuMs, unit: 'ms' },
          { label: 'bare replay + raw inserts, CPU', value: bare.cpuMs + raw.cpuMs, unit: 'ms' },
        ],
        ratio: {
          value: rebuild.cpuMs / (bare.cpuMs + raw.cpuMs),
          baseline: 'a bare replay plus raw inserts of its rows, CPU',
          aim: 2,
        },
        peakRssMb: rebuild.peakRssMb,
      });
      // The same with each entry checked against the ledger's schema, which rebuild may not skip.
      reports.push({
        name: `rebuild, ${label} entries, vs checked replay + raw inserts`,
        figures: [
          { label: 'replay checked against the schema, CPU', value: checked.cpuMs, unit: 'ms' },
          {
            label: 'checked replay + raw inserts, CPU',
            value: checked.cpuMs + raw.cpuMs,
            unit: 'ms',
          },
        ],
        ratio: {
          value: rebuild.cpuMs / (checked.cpuMs + raw.cpuMs),
          baseline: 'a replay checked against the schema plus raw inserts of its rows, CPU',
          aim: 2,
        },
        peakRssMb: rebuild.peakRssMb,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const [first, last] = [rss[0]!, rss.at(-1)!];
  reports.push({
    name: 'replay memory',
    figures: rss.flatMap(({ entries, rebuild, verify }) => [
      {
        label: `rebuild peak RSS, ${entries.toLocaleString('en')} entries`,
        value: rebuild,
        unit: 'MB',
      },
      {
        label: `verify peak RSS, ${entries.toLocaleString('en')} entries`,
        value: verify,
        unit: 'MB',
      },
    ]),
    ratio: {
      value: Math.max(last.rebuild / first.rebuild, last.verify / first.verify),
      baseline: `peak RSS at ${first.entries.toLocaleString('en')} entries`,
      aim: 1.5,
    },
    peakRssMb: Math.max(last.rebuild, last.verify),
  });
  return reports;
};

export default bench;
