import type { Store, VerifyReport } from '../store/store.js';
import { headProblemIn, type ExpectedHead, type HeadProblem } from './heads.js';

/** What verify found: the store's own report, or a head noted earlier that the ledger no longer extends. */
export type IntegrityReport =
  VerifyReport | { readonly ok: false; readonly entries: number; readonly problem: HeadProblem };

export interface VerifyRequest {
  /** SQLite's quick_check rather than the full integrity_check. */
  readonly fast?: boolean;
  /** Heads noted earlier that the ledger must still extend. */
  readonly expectHeads?: readonly ExpectedHead[];
}

export async function verifyStore(
  store: Store,
  request: VerifyRequest = {},
): Promise<IntegrityReport> {
  const report = await store.verify({ fast: request.fast ?? false });
  if (!report.ok || request.expectHeads === undefined) return report;
  const problem = await headProblemIn(store, request.expectHeads);
  return problem === undefined ? report : { ok: false, entries: report.entries, problem };
}

/** Regenerates the projections from the ledger, then checks the result. */
export async function rebuildStore(store: Store): Promise<IntegrityReport> {
  await store.rebuild();
  return store.verify();
}

/** One sentence for a person: what verify found. */
export function describeVerifyReport(report: IntegrityReport): string {
  if (report.ok)
    return `ledger intact: ${report.entries} entries, ${report.rows} projection rows match`;
  const { problem } = report;
  switch (problem.kind) {
    case 'file':
      return problem.detail;
    case 'chain':
      return `ledger broken at entry ${problem.seq}: ${problem.detail}`;
    case 'head':
      return `ledger does not extend a head noted earlier: ${problem.detail}`;
    case 'projection':
      return `projection ${problem.table} row ${problem.id} does not match the ledger: ${problem.detail}`;
  }
}
