// How long `truce` takes to start, as ratios to `node -e 0` in the same run: --help, --version,
// `claim list` on a small store, and `extract` of one report. Runs the built CLI (dist/).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bench, BenchReport } from './bench-report.js';

const BIN = fileURLToPath(new URL('../bin/truce.js', import.meta.url));
const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

// Each process writes its own CPU time (user + system, all its threads) to fd 3 as it exits:
// on a shared machine that varies far less than the wall-clock time, which is reported too.
const REPORT_CPU =
  "data:text/javascript,import{writeSync}from'node:fs';process.on('exit',()=>{const u=process.cpuUsage();writeSync(3,String((u.user+u.system)/1000))})";

const REPORT = [
  'Gaza City, 2 December 2023 (Example Wire) – Hamas released 13 hostages, including four children, at the Rafah crossing on Friday evening, the Qatari foreign ministry said.',
  'Israel released 39 Palestinian prisoners from Ofer prison hours later, according to the Palestinian prisoners’ commission.',
  'On Thursday night, Hamas fired 12 rockets from Gaza at Sderot, the Israeli military said.',
  'More than 200 aid trucks entered Gaza through Kerem Shalom on Saturday, the UN said.',
].join('\n\n');

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly aim: number | null;
}

interface Run {
  readonly cpu: number;
  readonly wall: number;
}

const ROUNDS = 5;
const PER_ROUND = 2;

function runOnce(args: readonly string[], env: NodeJS.ProcessEnv): Run {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', REPORT_CPU, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} failed: ${String(result.stderr).slice(0, 500)}`);
  return { cpu: Number(String(result.output[3])), wall };
}

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const bench: Bench = async () => {
  if (!existsSync(MAIN)) throw new Error('the CLI is not built: run `npm run build` first');
  const dir = await mkdtemp(join(tmpdir(), 'truce-cli-bench-'));
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      TRUCE_DATA: join(dir, 'data'),
      TRUCE_AUTHOR: 'bench',
    };
    delete env['DATABASE_URL'];
    const report = join(dir, 'report.txt');
    await writeFile(report, REPORT, 'utf8');
    runOnce([BIN, 'init', '--examples'], env); // the small store: the bundled examples

    const baseline: Case = { name: 'node -e 0', args: ['-e', '0'], aim: null };
    const cases: Case[] = [
      { name: 'truce --help', args: [BIN, '--help'], aim: 2 },
      { name: 'truce --version', args: [BIN, '--version'], aim: 2 },
      { name: 'truce claim list', args: [BIN, 'claim', 'list'], aim: 4 },
      {
        name: 'truce extract (one report)',
        args: [BIN, 'extract', report, '--published', '2023-12-02T10:00:00+02:00'],
        aim: null,
      },
    ];
    // Rounds interleave every case with the baseline; each round gives a ratio of medians and
    // the median round is reported, so a burst of load from elsewhere skews one round only.
    const rounds = cases.map(() => [] as { run: Run; base: Run }[]);
    for (let round = 0; round < ROUNDS; round++) {
      const base: Run[] = [];
      const runs = cases.map(() => [] as Run[]);
      for (let k = 0; k < PER_ROUND; k++) {
        base.push(runOnce(baseline.args, env));
        cases.forEach((c, i) => runs[i]!.push(runOnce(c.args, env)));
      }
      const baseMedian = {
        cpu: median(base.map((r) => r.cpu)),
        wall: median(base.map((r) => r.wall)),
      };
      runs.forEach((r, i) =>
        rounds[i]!.push({
          run: { cpu: median(r.map((x) => x.cpu)), wall: median(r.map((x) => x.wall)) },
          base: baseMedian,
        }),
      );
    }
    return cases.map((c, i): BenchReport => {
      const byCpu = [...rounds[i]!].sort((a, b) => a.run.cpu / a.base.cpu - b.run.cpu / b.base.cpu);
      const mid = byCpu[Math.floor(byCpu.length / 2)]!;
      const wallRatio = median(rounds[i]!.map((r) => r.run.wall / r.base.wall));
      return {
        name: c.name,
        figures: [
          { label: `${c.name}, CPU time (median)`, value: mid.run.cpu, unit: 'ms' },
          { label: 'node -e 0, CPU time (median)', value: mid.base.cpu, unit: 'ms' },
          { label: `${c.name}, wall time (median)`, value: mid.run.wall, unit: 'ms' },
          { label: 'ratio of wall times (median round)', value: wallRatio, unit: '×' },
        ],
        ratio: { value: mid.run.cpu / mid.base.cpu, baseline: 'node -e 0 (CPU time)', aim: c.aim },
      };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

export default bench;
