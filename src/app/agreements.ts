import { basename } from 'node:path';
import type { AgreementRecord } from '../core/agreement/agreement-record.js';
import { agreementRecordFields } from '../core/agreement/agreement-record-fields.js';
import { checkAgreement, parseAgreement } from '../core/agreement/parse-agreement.js';
import type { CheckedAgreement, EarlierVersions } from '../core/agreement/parse-agreement.js';
import { conflict } from '../core/errors.js';
import { diffEvaluations } from '../core/evaluation/diff-evaluations.js';
import type { EvaluationDiff } from '../core/evaluation/evaluation-diff.js';
import { evaluateVersions } from '../core/evaluation/evaluate-versions.js';
import type { Evaluation } from '../core/evaluation/evaluation.js';
import type { AgreementId } from '../core/ids.js';
import type { Agreement } from '../core/agreement/agreement.js';
import type { AgreementScope } from '../core/evidence/claim-assignment.js';
import type { Source } from '../core/evidence/source.js';
import type { ClaimsChanged, Store } from '../store/store.js';
import { allClaims } from './all-claims.js';
import { HeldClaims } from './held-claims.js';
import { scopeOf } from './assignments.js';
import { ParsedAgreements, earlierVersionsOf } from './parsed-agreements.js';
import type { LoadedAgreement } from './parsed-agreements.js';
import { readTextFile } from './read-text-file.js';

/**
 * Checks an agreement text without recording it: every problem with its line and column. An
 * amendment is read against the versions recorded in `store`.
 */
export const validateAgreementText = async (
  text: string,
  store?: Store,
): Promise<CheckedAgreement> =>
  checkAgreement(text, store === undefined ? undefined : await earlierVersions(store));

/**
 * Checks an agreement file; an amendment is read against the earlier versions' files given
 * beside it.
 */
export async function validateAgreementFile(
  path: string,
  earlierPaths: readonly string[] = [],
): Promise<CheckedAgreement> {
  const texts = await Promise.all(earlierPaths.map((p) => readTextFile(p)));
  // Each earlier file is read against those before it: version 3 amends an amendment.
  const records: { id: string; version: number; text: string }[] = [];
  for (const text of texts) {
    const checked = checkAgreement(text, earlierVersionsOf(records));
    if (checked.ok) records.push({ ...checked.agreement, text });
  }
  return checkAgreement(await readTextFile(path), earlierVersionsOf(records));
}

export type AddedAgreement =
  | { readonly outcome: 'added'; readonly record: AgreementRecord }
  | { readonly outcome: 'known'; readonly record: AgreementRecord };

/**
 * Records an agreement version. The same text again is recognised; a different text under a
 * version already recorded is a conflict (an amendment is a new version with its own date).
 */
export async function addAgreement(
  store: Store,
  text: string,
  author: string,
  fileName = 'agreement',
): Promise<AddedAgreement> {
  const agreement = parseAgreement(text, fileName, await earlierVersions(store));
  const existing = await store.getAgreement(agreement.id, agreement.version);
  if (existing) {
    if (existing.text === text) return { outcome: 'known', record: existing };
    throw conflict(
      `${agreement.id} version ${agreement.version} is already recorded with other terms; record the change as version ${agreement.version + 1}`,
      fileName,
    );
  }
  const record: AgreementRecord = {
    ...agreementRecordFields(agreement),
    text,
    recordedAt: new Date().toISOString(),
  };
  await store.append([{ type: 'agreement.recorded', agreement: record }], author);
  return { outcome: 'added', record };
}

export async function addAgreementFile(
  store: Store,
  path: string,
  author: string,
): Promise<AddedAgreement> {
  return addAgreement(store, await readTextFile(path), author, basename(path));
}

const earlierVersions = async (store: Store): Promise<EarlierVersions> =>
  earlierVersionsOf(await store.listAgreements());

/** Every recorded version of every agreement. */
export const listAgreements = (store: Store): Promise<readonly AgreementRecord[]> =>
  store.listAgreements();

export type { LoadedAgreement };

/**
 * The latest version of an agreement, or the one asked for, read and compiled; parsed again
 * unless `parsed` (the server's, say) holds it at its current record.
 */
export const getAgreement = (
  store: Store,
  id: AgreementId,
  version?: number,
  parsed = new ParsedAgreements(store),
): Promise<LoadedAgreement> => parsed.get(id, version);

export interface EvaluateRequest {
  /** What was known at this moment (default: now). */
  readonly asOf?: string;
  readonly version?: number;
}

/**
 * What an evaluation reads: the agreement's versions (every one, or only the one asked for),
 * the claims in its scope (its own, and unassigned ones naming the parties of any of those
 * versions), the sources; and that scope, by which a server brings them up to a later head
 * (`advancedInputs`).
 */
export async function evaluationInputs(
  store: Store,
  id: AgreementId,
  version?: number,
  parsed = new ParsedAgreements(store),
): Promise<EvaluationInputs> {
  const [versions, sources] = await Promise.all([
    versionsRead(id, version, parsed),
    store.listSources(),
  ]);
  const scope = scopeOfVersions(id, versions);
  const claims = HeldClaims.of(await allClaims(store, { scope }));
  return { versions, claims, options: { sources }, scope };
}

export interface EvaluationInputs {
  readonly versions: readonly Agreement[];
  /** By id, as the store lists them; an advance shares what it did not touch. */
  readonly claims: HeldClaims;
  readonly options: { readonly sources: readonly Source[] };
  readonly scope: AgreementScope;
}

/** The agreement's versions an evaluation reads: every one, or only the one asked for. */
const versionsRead = async (
  id: AgreementId,
  version: number | undefined,
  parsed: ParsedAgreements,
): Promise<readonly Agreement[]> =>
  version === undefined
    ? parsed.versions(id)
    : parsed.get(id, version).then(({ agreement }) => [agreement]);

/** The claims an evaluation of these versions reads: the parties of any of them. */
function scopeOfVersions(id: AgreementId, versions: readonly Agreement[]): AgreementScope {
  const parties = [...new Map(versions.flatMap((v) => v.parties).map((p) => [p.id, p])).values()];
  return scopeOf({ id, parties });
}

/**
 * The inputs read at an earlier head brought up to the head `changed` ends at: each claim an
 * entry since touched replaced by its row now (or dropped, when it left the scope), the
 * versions and sources read again when an entry recorded one. Undefined when they cannot be
 * brought up to it, and must be read afresh: the ledger no longer holds the head they were read
 * at (`changed.at`), or a new version changed the agreement's parties, hence its scope.
 */
export async function advancedInputs(
  held: EvaluationInputs,
  heldHash: string,
  changed: ClaimsChanged,
  store: Store,
  id: AgreementId,
  version: number | undefined,
  parsed: ParsedAgreements,
): Promise<EvaluationInputs | undefined> {
  if (changed.at !== heldHash) return undefined;
  let { versions, scope } = held;
  if (version === undefined && changed.agreements.includes(id)) {
    versions = await versionsRead(id, version, parsed);
    scope = scopeOfVersions(id, versions);
    const same = (a: readonly string[], b: readonly string[]) =>
      a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');
    if (!same(scope.parties, held.scope.parties)) return undefined;
  }
  const options = changed.sources > 0 ? { sources: await store.listSources() } : held.options;
  const claims = held.claims.advanced(changed.touched, changed.claims);
  return { versions, claims, options, scope };
}

/**
 * Evaluates an agreement against the claims in its scope, as of a moment: each period by the
 * version in effect then, or every period by the one version asked for.
 */
export async function evaluateAgreement(
  store: Store,
  id: AgreementId,
  request: EvaluateRequest = {},
): Promise<Evaluation> {
  const { versions, claims, options } = await evaluationInputs(store, id, request.version);
  return evaluateVersions(
    versions,
    claims.all(),
    request.asOf ?? new Date().toISOString(),
    options,
  );
}

/** Which verdicts changed between two moments of knowledge, and which claims changed them. */
export async function diffAgreement(
  store: Store,
  id: AgreementId,
  from: string,
  to: string,
  parsed?: ParsedAgreements,
): Promise<EvaluationDiff> {
  const { versions, claims, options } = await evaluationInputs(store, id, undefined, parsed);
  return diffEvaluations(
    evaluateVersions(versions, claims.all(), from, options),
    evaluateVersions(versions, claims.all(), to, options),
  );
}
