/**
 * Request body limits, in bytes. Reports are uploaded whole as JSON strings, so document routes
 * take up to 5 MB; an agreement file is a few kilobytes; an imported file (a bundle of a whole
 * record, or an ACLED export) up to 64 MB; everything else is a small JSON object.
 */
export const BODY_LIMIT = {
  default: 64 * 1024,
  agreement: 1024 * 1024,
  document: 5 * 1024 * 1024,
  import: 64 * 1024 * 1024,
} as const;
