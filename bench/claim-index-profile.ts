// The claim index alone, built and placed on the calendar again and again on the engine bench's
// claims: the CPU ms of each construction and each placing go to stdout, as "built/placed".
// Bundled as `engine-profile.ts` says, for a profiler or to compare two copies of the code:
//
//   npx esbuild bench/claim-index-profile.ts --bundle --platform=node --format=esm \
//     --packages=external --outfile=bench/claim-index-profile.mjs
//   node bench/claim-index-profile.mjs 100000 30
import { parseAgreement } from '../src/core/agreement/parse-agreement.js';
import { AsOfWindow } from '../src/core/evaluation/as-of-window.js';
import { ClaimIndex } from '../src/core/evaluation/claim-index.js';
import { PeriodCalendar } from '../src/core/evaluation/period-calendar.js';
import { instantMs } from '../src/core/time/instant-ms.js';
import { AGREEMENT, AS_OF, syntheticClaims } from './engine.bench.js';

const claims = syntheticClaims(Number(process.argv[2] ?? 100_000));
claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const rounds = Number(process.argv[3] ?? 20);
const agreement = parseAgreement(AGREEMENT, 'bench');
const asOfMs = instantMs(AS_OF);
// The bench's sixty days.
const calendar = PeriodCalendar.build(
  Date.parse('2024-03-01T05:00:00Z'),
  Date.parse('2024-04-30T05:00:00Z'),
  agreement.timezone,
  agreement.dayBoundary,
);
const cpuMs = (run: () => void): string => {
  const used = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(used);
  return ((user + system) / 1000).toFixed(1);
};
const times: string[] = [];
for (let round = 0; round < rounds; round++) {
  let index: ClaimIndex | undefined;
  const built = cpuMs(() => {
    index = new ClaimIndex(agreement, claims, asOfMs, [], new AsOfWindow(asOfMs));
  });
  const placed = cpuMs(() => index?.place(calendar));
  times.push(`${built}/${placed}`);
}
process.stdout.write(`${times.join(' ')}\n`);
