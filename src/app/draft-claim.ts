import type { ClaimDraft } from '../core/api/claim-api.js';
import type { Span } from '../core/evidence/claim.js';
import type { AgreementId, DocumentId } from '../core/ids.js';
import { draftClaim } from '../ingest/draft-claim.js';
import type { Store } from '../store/store.js';
import { getAgreement } from './agreements.js';
import { getDocument } from './documents.js';

/**
 * A new claim's draft from the words at `span` of a recorded document, read by the ingest
 * stages (attribution, time from the publication, place, event words); records nothing. With
 * an agreement, its parties name the actors and its time zone reads days and parts of days.
 */
export async function draftClaimFor(
  store: Store,
  id: DocumentId,
  span: Span,
  agreement?: AgreementId,
): Promise<ClaimDraft> {
  const document = await getDocument(store, id);
  const terms = agreement === undefined ? null : (await getAgreement(store, agreement)).agreement;
  const draft = draftClaim(document, span, {
    timeZone: terms?.timezone ?? 'UTC',
    agreement: terms === null ? null : { parties: terms.parties },
  });
  return { document: id, ...draft };
}
