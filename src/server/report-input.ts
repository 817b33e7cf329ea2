import type { AgreementRef, ReportInput } from '../app/ingest.js';
import type { z } from 'zod';
import type { NewReport } from '../core/api/document-api.js';

/**
 * The ingest input for a report sent over HTTP. Uploads have no file name, so the format is
 * the one given or guessed from the text.
 */
export function reportInputOf({
  agreement,
  ...report
}: z.infer<typeof NewReport>): [ReportInput, AgreementRef | undefined] {
  return [{ ...report, name: 'report' }, agreement === undefined ? undefined : { id: agreement }];
}
