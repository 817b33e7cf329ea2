import { createHash } from 'node:crypto';

/** SHA-256 of a document's raw text: the same content twice is recognised as one document. */
export const contentHash = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');
