/**
 * Errors are values of a few typed kinds, each with a message a user can act on.
 * The CLI maps kinds to exit codes and the server to HTTP statuses, in one table each.
 */
export type TruceErrorKind =
  | 'BadInput'
  | 'NotFound'
  | 'Conflict'
  | 'Corrupt'
  | 'Unavailable'
  | 'Unauthenticated'
  | 'Forbidden';

export class TruceError extends Error {
  readonly kind: TruceErrorKind;
  /** Where the problem is, when it has a place: a file, a line, a ledger entry. */
  readonly where: string | undefined;

  constructor(kind: TruceErrorKind, message: string, where?: string) {
    super(where === undefined ? message : `${where}: ${message}`);
    this.name = kind;
    this.kind = kind;
    this.where = where;
  }
}

export const badInput = (message: string, where?: string): TruceError =>
  new TruceError('BadInput', message, where);
export const notFound = (message: string, where?: string): TruceError =>
  new TruceError('NotFound', message, where);
export const conflict = (message: string, where?: string): TruceError =>
  new TruceError('Conflict', message, where);
export const corrupt = (message: string, where?: string): TruceError =>
  new TruceError('Corrupt', message, where);

/** Something outside the request is missing: the database does not answer, the disk is full. */
export const unavailable = (message: string, where?: string): TruceError =>
  new TruceError('Unavailable', message, where);

/** The request says who it is from in no way the server accepts: sign in, or send a token. */
export const unauthenticated = (message: string): TruceError =>
  new TruceError('Unauthenticated', message);

/** The user is known, but their role does not allow this. */
export const forbidden = (message: string): TruceError => new TruceError('Forbidden', message);

export const isTruceError = (value: unknown): value is TruceError => value instanceof TruceError;
