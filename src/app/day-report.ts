import { badInput } from '../core/errors.js';
import { evaluateVersions } from '../core/evaluation/evaluate-versions.js';
import type { Document } from '../core/evidence/document.js';
import type { AgreementId } from '../core/ids.js';
import { composeDayReport, reportDay } from '../core/report/compose-day-report.js';
import type { DayReport } from '../core/report/day-report.js';
import { DateText, instantOfLocalDate } from '../core/time/zoned-time.js';
import type { Store } from '../store/store.js';
import { evaluationInputs } from './agreements.js';

export interface DayReportRequest {
  /** The local calendar date, "2023-11-26" (default: `reportDay`, the day the term is at). */
  readonly day?: string | undefined;
  /** What was known at this moment (default: now). */
  readonly asOf?: string;
}

/**
 * The daily situation report of an agreement for one local day, as known at a moment: its
 * evaluation, with the claims and documents the report cites.
 */
export async function dayReport(
  store: Store,
  id: AgreementId,
  request: DayReportRequest,
): Promise<DayReport> {
  const asked = request.day;
  if (
    asked !== undefined &&
    (!DateText.safeParse(asked).success ||
      instantOfLocalDate(asked, { hour: 0, minute: 0 }, 'UTC') === null)
  )
    throw badInput(`the day must be a date like 2023-11-26, found "${asked}"`);
  const inputs = await evaluationInputs(store, id);
  const { versions, options } = inputs;
  const claims = inputs.claims.all();
  const evaluation = evaluateVersions(
    versions,
    claims,
    request.asOf ?? new Date().toISOString(),
    options,
  );
  const documentIds = [...new Set(claims.map((c) => c.document))];
  const documents = new Map<string, Document>();
  for (const document of await Promise.all(documentIds.map((d) => store.getDocument(d))))
    if (document) documents.set(document.id, document);
  const latest = versions[versions.length - 1];
  const day = asked ?? reportDay(evaluation);
  if (day === null) throw badInput(`the agreement ${id} has no day to report on yet; give a day`);
  return composeDayReport({
    evaluation,
    title: latest?.title ?? id,
    day,
    claims,
    documents,
  });
}
