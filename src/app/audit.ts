import type { AuditPage, AuditQuery } from '../core/api/audit-api.js';
import {
  auditLineMatches,
  auditLineOf,
  auditLineOfAccountChange,
  type AuditFilter,
  type AuditLine,
} from '../core/audit/audit-line.js';
import type { Store } from '../store/store.js';

/** Ledger entries read per query while a page of matching lines is gathered. */
const BATCH = 500;

type Placed = { readonly line: AuditLine; readonly position: number };

/**
 * One page of who did what and when, oldest first: ledger entries, and changes to accounts
 * (which name no claim, document or agreement, so only a listing filtered by none of those
 * shows them). The cursor holds where the page stopped in each log: `lastSeq~accountChanges`.
 */
export async function auditPage(store: Store, query: AuditQuery): Promise<AuditPage> {
  const [afterSeq, accountsSeen] = (query.cursor ?? '0~0').split('~').map(Number) as [
    number,
    number,
  ];
  const from = query.from === undefined ? undefined : new Date(query.from).toISOString();
  const to = query.to === undefined ? undefined : new Date(query.to).toISOString();
  const filter: AuditFilter = { user: query.user, from, to, ...(await subjectsOf(store, query)) };

  const ledger = await ledgerLines(store, filter, afterSeq, query.limit + 1);
  const accounts =
    query.claim === undefined && query.document === undefined && query.agreement === undefined
      ? (await store.accounts.accountLog())
          .map((change, i) => ({ line: auditLineOfAccountChange(change), position: i + 1 }))
          .slice(accountsSeen)
          .filter(({ line }) => auditLineMatches(line, filter))
      : [];

  // Merged by time; a ledger entry first when both logs hold the same instant.
  const items: AuditLine[] = [];
  let [l, a] = [0, 0];
  let [lastSeq, lastAccount] = [afterSeq, accountsSeen];
  while (items.length < query.limit && (l < ledger.lines.length || a < accounts.length)) {
    const fromLedger =
      a >= accounts.length ||
      (l < ledger.lines.length && ledger.lines[l]!.line.at <= accounts[a]!.line.at);
    const next = fromLedger ? ledger.lines[l++]! : accounts[a++]!;
    items.push(next.line);
    if (fromLedger) lastSeq = next.position;
    else lastAccount = next.position;
  }
  const more = l < ledger.lines.length || !ledger.exhausted || a < accounts.length;
  return { items, nextCursor: more ? `${lastSeq}~${lastAccount}` : null };
}

/** What the claim, document and agreement filters keep, as `auditLineMatches` reads them. */
async function subjectsOf(store: Store, query: AuditQuery): Promise<Partial<AuditFilter>> {
  const agreement = query.agreement === undefined ? {} : { agreement: query.agreement };
  if (query.claim !== undefined) {
    const claim = await store.getClaim(query.claim);
    const inDocument = query.document === undefined || claim?.document === query.document;
    return { ...agreement, claims: new Set(inDocument ? [query.claim] : []) };
  }
  if (query.document !== undefined) {
    const claims = await store.listClaims({ document: query.document });
    return { ...agreement, document: query.document, claims: new Set(claims.map((c) => c.id)) };
  }
  return agreement;
}

/**
 * Up to `wanted` matching ledger lines after `afterSeq`. The database narrows by user, time and
 * the ids the filter names; `auditLineMatches` decides.
 */
async function ledgerLines(
  store: Store,
  filter: AuditFilter,
  afterSeq: number,
  wanted: number,
): Promise<{ lines: Placed[]; exhausted: boolean }> {
  const mentioning = [
    ...(filter.claims ?? []),
    ...(filter.document === undefined ? [] : [filter.document]),
    ...(filter.agreement === undefined ? [] : [filter.agreement]),
  ].map((id) => JSON.stringify(id));
  if ((filter.claims !== undefined || filter.document !== undefined) && mentioning.length === 0) {
    return { lines: [], exhausted: true };
  }
  const lines: Placed[] = [];
  let after = afterSeq;
  for (;;) {
    const entries = await store.findEntries({
      afterSeq: after,
      limit: BATCH,
      author: filter.user,
      from: filter.from,
      to: filter.to,
      mentioning,
    });
    for (const entry of entries) {
      const line = auditLineOf(entry);
      if (auditLineMatches(line, filter)) lines.push({ line, position: entry.seq });
      if (lines.length === wanted) return { lines, exhausted: false };
    }
    if (entries.length < BATCH) return { lines, exhausted: true };
    after = entries[entries.length - 1]!.seq;
  }
}
