import type { TruceErrorKind } from '../core/errors.js';

/** Exit codes: 0 success, 1 failure (including a broken ledger), 2 bad usage or bad input. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The one table from error kinds to exit codes. */
export const EXIT_CODE_OF: Readonly<Record<TruceErrorKind, ExitCode>> = {
  BadInput: EXIT.badInput,
  NotFound: EXIT.badInput,
  Conflict: EXIT.failure,
  Corrupt: EXIT.failure,
  Unavailable: EXIT.failure,
  Unauthenticated: EXIT.failure,
  Forbidden: EXIT.failure,
};
