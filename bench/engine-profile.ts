// The engine's grid path alone, evaluated again and again on the engine bench's claims, for a
// profiler: the CPU time of each evaluation goes to stderr. Through tsx a profile's lines are
// the transpiled ones; bundled first, they are the source's:
//
//   npx esbuild bench/engine-profile.ts --bundle --platform=node --format=esm \
//     --packages=external --outfile=bench/engine-profile.mjs
//   node --cpu-prof --cpu-prof-dir=/tmp/engine bench/engine-profile.mjs 10000 40
//   npx tsx bench/profile-summary.ts /tmp/engine/*.cpuprofile
import { parseAgreement } from '../src/core/agreement/parse-agreement.js';
import { evaluateVerdicts } from '../src/core/evaluation/evaluate.js';
import { gridOfVerdicts } from '../src/core/evaluation/verdict-grid.js';
import { AGREEMENT, AS_OF, syntheticClaims } from './engine.bench.js';

const claims = syntheticClaims(Number(process.argv[2] ?? 10_000));
const rounds = Number(process.argv[3] ?? 20);
const agreement = parseAgreement(AGREEMENT, 'bench');
const cpuMs: string[] = [];
for (let round = 0; round < rounds; round++) {
  const used = process.cpuUsage();
  gridOfVerdicts(evaluateVerdicts(agreement, claims, AS_OF));
  const { user, system } = process.cpuUsage(used);
  cpuMs.push(((user + system) / 1000).toFixed(0));
}
process.stderr.write(`CPU ms of each evaluation: ${cpuMs.join(' ')}\n`);
