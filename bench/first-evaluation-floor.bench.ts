// The floor of the first evaluation at a new head when the claims appended reach every cell (a
// reported end, a power's trigger or exercise): every cell is judged again, so at the least each
// claim those cells read is read once. Measured on the api bench's 100,000 claims and agreement,
// as a ratio to `/api/health` in the same run (the server's CPU a request, as the api bench
// rates its rows), with the aim for that row, 20×. Two passes: bucketing the held claims
// by (type, period), their times parsed, as a server holding claim objects must; and one read
// of each claim from columns already laid out by type and period, as an index carried from
// head to head would hold them (the least any re-judging can do).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addToken, addUser } from '../src/app/accounts.js';
import { addAgreement } from '../src/app/agreements.js';
import { initWorkspace } from '../src/app/workspace.js';
import { parseAgreement } from '../src/core/agreement/parse-agreement.js';
import type { Claim } from '../src/core/evidence/claim.js';
import { PeriodCalendar } from '../src/core/evaluation/period-calendar.js';
import { EVENT_TYPES } from '../src/core/vocabulary/event-types.js';
import {
  AGREEMENT_FILE,
  TEN_CONNECTIONS,
  claimOf,
  documentOf,
  load,
  serveInChild,
} from './api.bench.js';
import type { Bench, BenchReport } from './bench-report.js';
import { cellColumns, countByCell, typesEveryCellReads } from './cell-columns.js';
import { bucketByPeriodAndType } from './engine.bench.js';
import { median } from './server-cpu.js';

const CLAIMS = 100_000;
const CLAIMS_PER_DOCUMENT = 1_000;
const ROUNDS = 9;
/** The api bench's claims fall in the 240 hours from the pause's start. */
const START = Date.parse('2023-11-24T05:00:00Z');
const DAYS = 10;

const cpuMs = (used: NodeJS.CpuUsage): number => (used.user + used.system) / 1000;

/** CPU of one `run`, median of the rounds; a fast pass runs `times` a round, to be timed. */
function medianCpu(run: () => unknown, times = 1): number {
  const spent: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const used = process.cpuUsage();
    for (let i = 0; i < times; i += 1) run();
    spent.push(cpuMs(process.cpuUsage(used)) / times);
  }
  return median(spent);
}

const bench: Bench = async () => {
  const text = await readFile(AGREEMENT_FILE, 'utf8');
  const agreement = parseAgreement(text, 'bench');
  const read = typesEveryCellReads(agreement);
  const held: Claim[] = [];
  for (let d = 0; d < CLAIMS / CLAIMS_PER_DOCUMENT; d += 1) {
    const document = documentOf(d);
    for (let c = 0; c < CLAIMS_PER_DOCUMENT; c += 1)
      held.push(claimOf(document, d * CLAIMS_PER_DOCUMENT + c));
  }
  const calendar = PeriodCalendar.build(
    START,
    START + DAYS * 86_400_000,
    agreement.timezone,
    agreement.dayBoundary,
  );
  const columns = cellColumns(held, read, calendar);
  const cells = new Int32Array(EVENT_TYPES.length * calendar.length);
  const bucketing = medianCpu(() =>
    bucketByPeriodAndType(
      held.filter((c) => read.has(c.content.type)),
      calendar,
    ),
  );
  const fromColumns = medianCpu(() => countByCell(columns, cells), 100);

  // Health in the same run, from a server over a store holding only the agreement and an
  // account: health reads no claim.
  const dir = await mkdtemp(join(tmpdir(), 'truce-bench-first-floor-'));
  const data = join(dir, 'data');
  try {
    const store = await initWorkspace({ data });
    let headers: Record<string, string>;
    try {
      await addAgreement(store, text, 'bench');
      await addUser(store, { name: 'bench', role: 'viewer', password: null }, 'bench');
      const { secret } = await addToken(store, { user: 'bench' }, 'bench');
      headers = { authorization: `Bearer ${secret}` };
    } finally {
      await store.close();
    }
    const server = await serveInChild(data);
    let health;
    try {
      health = await load(`${server.base}/api/health`, TEN_CONNECTIONS, headers, server.cpuMs);
    } finally {
      await server.stop();
    }
    const figures = [
      { label: 'claims held', value: held.length, unit: 'claims' },
      { label: 'claims of the types the cells read', value: columns.type.length, unit: 'claims' },
      { label: 'health: requests', value: health.requestsPerSecond, unit: 'req/s' },
      { label: 'health: server CPU a request', value: health.cpuMs, unit: 'ms' },
      { label: 'bucketing the held claims, CPU', value: bucketing, unit: 'ms (median)' },
      { label: 'reading each from columns, CPU', value: fromColumns, unit: 'ms (median)' },
    ];
    const row = (name: string, ms: number): BenchReport => ({
      name,
      figures,
      ratio: { value: ms / health.cpuMs, baseline: "/api/health's server CPU a request", aim: 20 },
    });
    return [
      row('first evaluation, every cell reached: floor, bucketing held claims', bucketing),
      row('first evaluation, every cell reached: floor, reading columns', fromColumns),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

export default bench;
