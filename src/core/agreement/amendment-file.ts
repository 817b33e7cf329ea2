import { z } from 'zod';
import { AgreementId } from '../ids.js';
import { DateTimeText } from '../time/zoned-time.js';
import type { AgreementFile } from './agreement-file.js';
import { ClauseId, DeadlineFile, QuantityFile, Ref, clause } from './agreement-file.js';

/**
 * An amendment written as what it changes: "the deadline of clause 6 is postponed to 25
 * November". It is recorded as the next version of the agreement, and reads as that version
 * once applied to the version it amends; nobody copies the whole file to move one date.
 */

/** One clause changed: the keys given replace the clause's own; the rest stay as they were. */
export const ClauseChangeFile = clause({
  norm: ClauseId.describe('The id of the norm this changes.'),
  ref: Ref.describe('Where the change was taken from ("postponed at Armenia’s request, …").'),
  deadline: DeadlineFile.optional().describe('The new deadline.'),
  from: DateTimeText.optional().describe('The new start of the window.'),
  until: DateTimeText.optional().describe('The new end of the window.'),
  quantity: QuantityFile.optional().describe('The new quantity owed.'),
});
export type ClauseChangeFile = z.infer<typeof ClauseChangeFile>;

/** The keys of a change that replace the clause's own (all but `norm` and `ref`). */
export const CHANGED_KEYS = ['deadline', 'from', 'until', 'quantity'] as const;

export const AmendmentFile = clause({
  id: AgreementId.describe('The id of the agreement amended.'),
  version: z
    .number()
    .int()
    .min(2, 'must be 2 or more: an amendment is a later version')
    .describe('This version’s number: the next after the one it amends.'),
  title: z.string().trim().min(1).max(300).optional().describe('A new title, if it changes.'),
  ref: Ref,
  effective_from: DateTimeText.describe('When the change takes effect.'),
  amends: clause({ version: z.number().int().positive(), summary: z.string().min(1) }),
  changes: z.array(ClauseChangeFile).min(1, 'must list at least one change'),
});
export type AmendmentFile = z.infer<typeof AmendmentFile>;

/** A file is an amendment when it lists `changes`; every other file is a whole agreement. */
export const isAmendmentValue = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'changes' in value;

export type AmendedFile =
  | { readonly ok: true; readonly file: AgreementFile }
  | {
      readonly ok: false;
      readonly issues: readonly { path: readonly PropertyKey[]; message: string }[];
    };

/**
 * The version an amendment makes: the amended version's file with the amendment's number,
 * date, note and changed clauses. A change naming no norm of the amended version, or a key
 * its clause cannot have, is an issue placed at the change.
 */
export function applyAmendment(base: AgreementFile, amendment: AmendmentFile): AmendedFile {
  const issues: { path: readonly PropertyKey[]; message: string }[] = [];
  if (base.id !== amendment.id) {
    issues.push({ path: ['id'], message: `must be the amended agreement's id, \`${base.id}\`` });
  }
  if (amendment.version <= amendment.amends.version) {
    issues.push({
      path: ['version'],
      message: `must be later than the version it amends (${amendment.amends.version})`,
    });
  }
  const norms = [...base.norms];
  const changed = new Set<string>();
  amendment.changes.forEach((change, i) => {
    const at = norms.findIndex((n) => n.id === change.norm);
    const norm = norms[at];
    if (norm === undefined) {
      const ids = norms.map((n) => n.id).join(', ');
      issues.push({
        path: ['changes', i, 'norm'],
        message: `names no norm of version ${amendment.amends.version}; expected one of ${ids}`,
      });
      return;
    }
    if (changed.has(change.norm)) {
      issues.push({
        path: ['changes', i, 'norm'],
        message: 'is changed twice in one amendment; give every change to it in one entry',
      });
    }
    changed.add(change.norm);
    const replaced: Record<string, unknown> = { ...norm };
    for (const key of CHANGED_KEYS) {
      const value = change[key];
      if (value === undefined) continue;
      // Only obligations owe a quantity or have a deadline; windows fit every kind.
      const fits =
        key === 'from' ||
        key === 'until' ||
        norm.kind === 'achievement' ||
        norm.kind === 'punctual';
      if (!fits) {
        issues.push({
          path: ['changes', i, key],
          message: `cannot change a ${norm.kind} norm, which has no \`${key}\``,
        });
        continue;
      }
      replaced[key] = value;
    }
    replaced['ref'] = `${norm.ref}; amended: ${change.ref}`;
    norms[at] = replaced as (typeof norms)[number];
  });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    file: {
      ...base,
      version: amendment.version,
      title: amendment.title ?? base.title,
      ref: amendment.ref,
      effective_from: amendment.effective_from,
      amends: amendment.amends,
      norms,
    },
  };
}
