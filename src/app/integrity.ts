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

/** What rebuild did, and what verify found after it unless it was asked not to verify. */
export interface RebuildResult {
  readonly rebuilt: { readonly entries: number };
  readonly verified: IntegrityReport | null;
}

/**
 * Regenerates the projections from the ledger (which checks the hash chain as it reads it),
 * then, unless `verify` is false, checks the file and every table against a second replay.
 */
export async function rebuildStore(
  store: Store,
  request: { readonly verify?: boolean } = {},
): Promise<RebuildResult> {
  const rebuilt = await store.rebuild();
  return { rebuilt, verified: (request.verify ?? true) ? await store.verify() : null };
}

/** One sentence for a person: what rebuild did and whether it verified the result. */
export function describeRebuildResult({ rebuilt, verified }: RebuildResult): string {
  const done = `rebuilt the tables from ${rebuilt.entries} ledger entries`;
  if (verified === null) return `${done}; not verified (run \`truce verify\` to check them)`;
  return `${done}, then verified: ${describeVerifyReport(verified)}`;
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
