import type { AgreementId } from '../ids.js';
import type { Agreement } from './agreement.js';

/** What an `AgreementRecord` takes from the file itself (the app adds text and recordedAt). */
export interface AgreementRecordFields {
  readonly id: AgreementId;
  readonly version: number;
  readonly title: string;
  /** When this version takes effect, as an ISO instant; null when the file gives no date. */
  readonly effectiveFrom: string | null;
}

export const agreementRecordFields = (agreement: Agreement): AgreementRecordFields => ({
  id: agreement.id,
  version: agreement.version,
  title: agreement.title,
  effectiveFrom: agreement.effectiveFrom,
});
