import type { Claim } from '../core/evidence/claim.js';
import type { ClaimFilter, Store } from '../store/store.js';

const PAGE = 5000;

/** Every claim matching the filter, read page by page through the store's cursor. */
export async function allClaims(
  store: Store,
  filter: Omit<ClaimFilter, 'after' | 'limit'> = {},
): Promise<Claim[]> {
  const all: Claim[] = [];
  for (;;) {
    const last = all[all.length - 1];
    const page = await store.listClaims({
      ...filter,
      limit: PAGE,
      ...(last ? { after: last.id } : {}),
    });
    all.push(...page);
    if (page.length < PAGE) return all;
  }
}
