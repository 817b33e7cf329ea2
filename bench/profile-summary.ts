// Summarises a V8 CPU profile (`.cpuprofile`, as `--cpu-prof` writes) by function: self time and
// total time (the function or anything it called), optionally only within spans of the monotonic
// clock, such as the request spans the api bench prints with TRUCE_BENCH_SERVER_PROFILE.
//
//   tsx bench/profile-summary.ts FILE [--spans FROM-TO,FROM-TO…] [--top N]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const args = process.argv.slice(2);
const file = args[0];
if (file === undefined) {
  process.stderr.write(
    'Give the profile to summarise: profile-summary FILE [--spans A-B,…] [--top N]\n',
  );
  process.exit(2);
}
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const spans = (option('--spans') ?? '')
  .split(',')
  .filter((s) => s !== '')
  .map((s) => s.split('-').map(Number) as [number, number]);
const top = Number(option('--top') ?? 40);

const profile = ((): CpuProfile => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  } catch (error) {
    process.stderr.write(`Cannot read ${file} as a CPU profile: ${(error as Error).message}\n`);
    process.exit(2);
  }
})();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** A function's name where it is defined: the same function under two callers is one row. */
const nameOf = (n: ProfileNode) => {
  const { functionName, url, lineNumber } = n.callFrame;
  const where =
    url === '' ? '' : ` ${url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${lineNumber + 1}`;
  return `${functionName || '(anonymous)'}${where}`;
};

const self = new Map<string, number>();
const total = new Map<string, number>();
let sampled = 0;
let t = profile.startTime;
for (let s = 0; s < profile.samples.length; s++) {
  // Each sample holds the time until the next; the first delta is from the profile's start.
  t += profile.timeDeltas[s] ?? 0;
  const dt = profile.timeDeltas[s + 1] ?? 0;
  if (spans.length > 0 && !spans.some(([from, to]) => t >= from && t <= to)) continue;
  sampled += dt;
  let id: number | undefined = profile.samples[s];
  const leaf = byId.get(id as number);
  if (leaf === undefined) continue;
  const leafName = nameOf(leaf);
  self.set(leafName, (self.get(leafName) ?? 0) + dt);
  // A recursive function is counted once per sample in its total.
  const seen = new Set<string>();
  while (id !== undefined) {
    const name = nameOf(byId.get(id) as ProfileNode);
    if (!seen.has(name)) {
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + dt);
    }
    id = parent.get(id);
  }
}

const ms = (us: number) => (us / 1000).toFixed(2).padStart(9);
process.stdout.write(`sampled: ${ms(sampled)} ms\n\nself ms   total ms  function\n`);
const rows = [...new Set([...self.keys(), ...total.keys()])];
rows.sort((a, b) => (self.get(b) ?? 0) - (self.get(a) ?? 0));
for (const name of rows.slice(0, top))
  process.stdout.write(`${ms(self.get(name) ?? 0)} ${ms(total.get(name) ?? 0)}  ${name}\n`);
process.stdout.write(`\nby total:\n`);
rows.sort((a, b) => (total.get(b) ?? 0) - (total.get(a) ?? 0));
for (const name of rows.slice(0, top))
  process.stdout.write(`${ms(self.get(name) ?? 0)} ${ms(total.get(name) ?? 0)}  ${name}\n`);
