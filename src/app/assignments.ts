import type { AgreementScope, AssignmentResult } from '../core/evidence/claim-assignment.js';
import type { Agreement } from '../core/agreement/agreement.js';
import { notFound } from '../core/errors.js';
import type { AgreementId, ClaimId, DocumentId } from '../core/ids.js';
import type { LedgerChange } from '../core/ledger/ledger-entry.js';
import type { Store } from '../store/store.js';
import type { ParsedAgreements } from './parsed-agreements.js';

/** What an agreement reads from the store: its claims, and unassigned ones naming its parties. */
export const scopeOf = (agreement: Pick<Agreement, 'id' | 'parties'>): AgreementScope => ({
  agreement: agreement.id,
  parties: agreement.parties.map((party) => party.id),
});

/**
 * The scope of an agreement's latest version, read from its file (kept parsed in `parsed`,
 * when given). The agreement language (a YAML parser and its schemas) loads only here, when a
 * listing is narrowed to an agreement: `truce claim list` without one does not pay for it.
 */
export async function agreementScope(
  store: Store,
  id: AgreementId,
  parsed?: ParsedAgreements,
): Promise<AgreementScope> {
  const agreements = parsed ?? new (await import('./parsed-agreements.js')).ParsedAgreements(store);
  return scopeOf((await agreements.get(id)).agreement);
}

/** Refuses an agreement id that names no recorded agreement. */
export async function requireAgreements(
  store: Store,
  ids: readonly AgreementId[],
): Promise<readonly AgreementId[]> {
  for (const id of ids) {
    if ((await store.getAgreement(id)) === undefined) {
      throw notFound(`no agreement ${id}; record it first with \`truce agreement add\``);
    }
  }
  return [...new Set(ids)];
}

type Target = { readonly claim: ClaimId } | { readonly document: DocumentId };

/** The claims a target names: one claim, or every claim of a document. */
async function claimsOf(store: Store, target: Target): Promise<readonly ClaimId[]> {
  if ('claim' in target) {
    if ((await store.getClaim(target.claim)) === undefined) {
      throw notFound(`no claim ${target.claim}`);
    }
    return [target.claim];
  }
  if ((await store.getDocument(target.document)) === undefined) {
    throw notFound(`no document ${target.document}`);
  }
  return (await store.listClaims({ document: target.document })).map((claim) => claim.id);
}

/**
 * Assigns a claim, or every claim of a document, to an agreement (or with `assigned: false`
 * takes the assignment back), in one append; claims already as asked are left alone.
 */
export async function setAssignment(
  store: Store,
  target: Target,
  agreement: AgreementId,
  assigned: boolean,
  author: string,
): Promise<AssignmentResult> {
  if (assigned) await requireAgreements(store, [agreement]);
  return appendAssignments(store, await claimsOf(store, target), agreement, assigned, author);
}

/** Appends the assignments that differ from what is recorded, all in one append. */
export async function appendAssignments(
  store: Store,
  claims: readonly ClaimId[],
  agreement: AgreementId,
  assigned: boolean,
  author: string,
): Promise<AssignmentResult> {
  const changed: ClaimId[] = [];
  const unchanged: ClaimId[] = [];
  for (const claim of claims) {
    const isAssigned = (await store.agreementsOf(claim)).includes(agreement);
    (isAssigned === assigned ? unchanged : changed).push(claim);
  }
  const type = assigned ? 'claim.assigned' : 'claim.unassigned';
  await store.append(
    changed.map((claim): LedgerChange => ({ type, claim, agreement })),
    author,
  );
  return { agreement, changed, unchanged };
}
