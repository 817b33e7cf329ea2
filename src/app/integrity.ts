import type { Store, VerifyReport } from '../store/store.js';

export type { VerifyReport };

export const verifyStore = (store: Store): Promise<VerifyReport> => store.verify();

/** Regenerates the projections from the ledger, then checks the result. */
export async function rebuildStore(store: Store): Promise<VerifyReport> {
  await store.rebuild();
  return store.verify();
}

/** One sentence for a person: what verify found. */
export function describeVerifyReport(report: VerifyReport): string {
  if (report.ok)
    return `ledger intact: ${report.entries} entries, ${report.rows} projection rows match`;
  const { problem } = report;
  return problem.kind === 'chain'
    ? `ledger broken at entry ${problem.seq}: ${problem.detail}`
    : `projection ${problem.table} row ${problem.id} does not match the ledger: ${problem.detail}`;
}
