import { z } from 'zod';
import { AgreementId, ClaimId, DocumentId } from '../ids.js';
import type { LedgerEntry } from '../ledger/ledger-entry.js';

/**
 * One thing someone did, as the audit lists it: a ledger entry, or a change to an account
 * (which lives beside the ledger, decision 0021). What it touched is named so a listing can
 * be filtered by claim, document or agreement.
 */
export const AuditLine = z.object({
  at: z.string().describe('when it was recorded (UTC)'),
  user: z.string().describe('who did it: the signed-in user, or the author given on the CLI'),
  action: z.string().describe('the ledger change type (claim.reviewed…) or account action'),
  seq: z.number().int().positive().nullable().describe('the ledger entry; null for accounts'),
  summary: z.string().describe('what was done, in a few words'),
  claim: ClaimId.nullable(),
  document: DocumentId.nullable(),
  agreements: z.array(AgreementId).readonly(),
});
export type AuditLine = z.infer<typeof AuditLine>;

const none = { claim: null, document: null, agreements: [] } as const;

const noteOf = (note: string | null) => (note === null ? '' : `: ${note}`);

/** The audit line of a ledger entry: one place that says what each change touched. */
export function auditLineOf(entry: LedgerEntry): AuditLine {
  const { change } = entry;
  const base = { at: entry.recordedAt, user: entry.author, action: change.type, seq: entry.seq };
  switch (change.type) {
    case 'source.added':
      return { ...base, ...none, summary: `added source ${change.source.name}` };
    case 'document.added':
      return {
        ...base,
        ...none,
        document: change.document.id,
        summary: `added document "${change.document.title}"`,
      };
    case 'claim.added':
      return {
        ...base,
        claim: change.claim.id,
        document: change.claim.document,
        agreements: change.agreements ?? [],
        summary: `added the claim (${change.claim.content.type})`,
      };
    case 'claim.assigned':
    case 'claim.unassigned':
      return {
        ...base,
        ...none,
        claim: change.claim,
        agreements: [change.agreement],
        summary: `${change.type === 'claim.assigned' ? 'assigned' : 'unassigned'} the claim ${change.type === 'claim.assigned' ? 'to' : 'from'} ${change.agreement}`,
      };
    case 'claim.reviewed':
      return {
        ...base,
        ...none,
        claim: change.claim,
        summary: `${change.status}${noteOf(change.note)}`,
      };
    case 'claim.edited':
      return { ...base, ...none, claim: change.claim, summary: `edited${noteOf(change.note)}` };
    case 'claim.retracted':
      return { ...base, ...none, claim: change.claim, summary: `retracted${noteOf(change.note)}` };
    case 'agreement.recorded':
      return {
        ...base,
        ...none,
        agreements: [change.agreement.id],
        summary: `recorded version ${change.agreement.version} of ${change.agreement.id}`,
      };
  }
}

/** A change to an account, from the account log. */
export type AccountChange = {
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly subject: string;
};

export const auditLineOfAccountChange = (line: AccountChange): AuditLine => ({
  at: line.at,
  user: line.actor,
  action: line.action,
  seq: null,
  summary: line.subject,
  ...none,
});

/** Which lines an audit listing keeps. `claims` widens a document's filter to its claims. */
export type AuditFilter = {
  readonly user?: string;
  readonly claims?: ReadonlySet<string>;
  readonly document?: string;
  readonly agreement?: string;
  readonly from?: string;
  readonly to?: string;
};

/**
 * Whether a line passes the filter. `claim` keeps what touched the claim; `document` what
 * touched the document or one of its claims (given as `claims`); `agreement` what named it.
 */
export function auditLineMatches(line: AuditLine, filter: AuditFilter): boolean {
  if (filter.user !== undefined && line.user !== filter.user) return false;
  if (filter.from !== undefined && Date.parse(line.at) < Date.parse(filter.from)) return false;
  if (filter.to !== undefined && Date.parse(line.at) > Date.parse(filter.to)) return false;
  if (filter.agreement !== undefined && !line.agreements.includes(filter.agreement as AgreementId))
    return false;
  if (filter.document !== undefined || filter.claims !== undefined) {
    const byDocument = filter.document !== undefined && line.document === filter.document;
    const byClaim = line.claim !== null && (filter.claims?.has(line.claim) ?? false);
    if (!byDocument && !byClaim) return false;
  }
  return true;
}
