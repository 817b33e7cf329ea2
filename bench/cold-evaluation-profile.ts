// Cold evaluations from a SQLite store, again and again, for a profiler: each round reads every
// claim of the api bench's agreement and evaluates them into the grid's answer, as a server's
// first request does; the CPU time of each goes to stderr. The store is filled on the first run
// into DIR and opened as it is after, so a profile of the second run holds no filling:
//
//   npx tsx bench/cold-evaluation-profile.ts /tmp/cold-100k 100000 1
//   node --cpu-prof --cpu-prof-dir=/tmp/cold --import tsx bench/cold-evaluation-profile.ts \
//     /tmp/cold-100k 100000 5
//   npx tsx bench/profile-summary.ts /tmp/cold/*.cpuprofile
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AgreementEvaluations } from '../src/app/agreement-evaluations.js';
import { initWorkspace, openWorkspace } from '../src/app/workspace.js';
import type { AgreementId } from '../src/core/ids.js';
import { AGREEMENT, fill } from './api.bench.js';

const [dir = '/tmp/truce-cold', claims = '10000', rounds = '5'] = process.argv.slice(2);
const data = join(dir, 'data');
const filled = existsSync(data);
const store = filled ? await openWorkspace({ data }) : await initWorkspace({ data });
if (!filled) await fill(store, Number(claims));
const cpuMs: string[] = [];
for (let round = 0; round < Number(rounds); round++) {
  const used = process.cpuUsage();
  await new AgreementEvaluations(store).gridAnswer(AGREEMENT as AgreementId, {
    asOf: '2023-12-02T00:00:00Z',
  });
  const { user, system } = process.cpuUsage(used);
  cpuMs.push(((user + system) / 1000).toFixed(0));
}
process.stderr.write(`CPU ms of each cold evaluation: ${cpuMs.join(' ')}\n`);
await store.close();
