import { scopeOf } from '../assignments.js';
import { z } from 'zod';
import type { Agreement } from '../../core/agreement/agreement.js';
import { ReviewStatus } from '../../core/evidence/claim.js';
import type { Claim } from '../../core/evidence/claim.js';
import { AgreementId } from '../../core/ids.js';
import { IsoInstant, earliestMs, latestMs } from '../../core/time/time-interval.js';
import { EventType } from '../../core/vocabulary/event-types.js';
import type { Store } from '../../store/store.js';

/** What every export can be narrowed to, on the CLI and the API alike. */
export const ExportFilter = z
  .object({
    /** What this agreement reads (its claims, and unassigned ones naming its parties); its zone for local dates. */
    agreement: AgreementId.optional(),
    /** Event time: claims whose interval reaches into [from, to]. */
    from: IsoInstant.optional(),
    to: IsoInstant.optional(),
    /** The record as it was known at this moment. */
    knownAt: IsoInstant.optional(),
    status: ReviewStatus.optional(),
    type: EventType.optional(),
  })
  .strict();
export type ExportFilter = z.infer<typeof ExportFilter>;

/** True when the filter narrows nothing (a bundle, which carries everything, needs this). */
export const isEmptyFilter = (filter: ExportFilter): boolean =>
  Object.values(filter).every((v) => v === undefined);

const PAGE = 2000;

/**
 * The claims an export covers, page by page through the store's cursor, so an export of a
 * million claims holds one page at a time.
 */
export async function* claimsMatching(
  store: Store,
  filter: ExportFilter,
  agreement: Agreement | null,
): AsyncGenerator<Claim> {
  const fromMs = filter.from === undefined ? -Infinity : Date.parse(filter.from);
  const toMs = filter.to === undefined ? Infinity : Date.parse(filter.to);
  let after: Claim['id'] | undefined;
  for (;;) {
    const page = await store.listClaims({
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.knownAt ? { knownBy: filter.knownAt } : {}),
      ...(agreement !== null ? { scope: scopeOf(agreement) } : {}),
      ...(after ? { after } : {}),
      limit: PAGE,
    });
    for (const claim of page) {
      const { when } = claim.content;
      if (latestMs(when) < fromMs || earliestMs(when) > toMs) continue;
      yield claim;
    }
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.id;
  }
}
