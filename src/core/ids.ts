import { z } from 'zod';

/**
 * Branded identifiers: a ClaimId cannot be passed where a DocumentId is expected.
 * Ids are short prefixed strings ("doc_…", "clm_…") so a person reading a table can tell them apart.
 */
const idPattern = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}_[0-9a-z]{6,40}$`), `expected an id like ${prefix}_…`);

export const SourceId = idPattern('src').brand<'SourceId'>();
export type SourceId = z.infer<typeof SourceId>;
export const DocumentId = idPattern('doc').brand<'DocumentId'>();
export type DocumentId = z.infer<typeof DocumentId>;
export const ClaimId = idPattern('clm').brand<'ClaimId'>();
export type ClaimId = z.infer<typeof ClaimId>;
export const EventId = idPattern('evt').brand<'EventId'>();
export type EventId = z.infer<typeof EventId>;

/** Agreement ids are chosen by the analyst in the agreement file ("gaza-pause-2023-11"). */
export const AgreementId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'expected lower-case letters, digits and hyphens')
  .brand<'AgreementId'>();
export type AgreementId = z.infer<typeof AgreementId>;

/** Party ids are chosen in the agreement file ("israel", "hamas", "saf"). */
export const PartyId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,60}$/, 'expected lower-case letters, digits, "_" and "-"')
  .brand<'PartyId'>();
export type PartyId = z.infer<typeof PartyId>;

export type IdPrefix = 'src' | 'doc' | 'clm' | 'evt';

interface IdOf {
  src: SourceId;
  doc: DocumentId;
  clm: ClaimId;
  evt: EventId;
}

let lastMs = 0;
let lastTime = '';
let sequence = 0;

/** Random 32-bit words drawn a thousand at a time: an import makes an id a line. */
const randomWords = new Uint32Array(1024);
let nextWord = randomWords.length;

/** Seven random hex digits, as many as the first seven of a random UUID's. */
function randomDigits(): string {
  if (nextWord === randomWords.length) {
    globalThis.crypto.getRandomValues(randomWords);
    nextWord = 0;
  }
  return (randomWords[nextWord++]! >>> 4).toString(16).padStart(7, '0');
}

/**
 * A fresh id with the given prefix: a base-36 millisecond timestamp, a sequence number within
 * the millisecond and random digits. Ids sort in the order they were made, so listings by id
 * follow the order of recording (an imported file keeps its line order).
 */
export function newId<P extends IdPrefix>(prefix: P): IdOf[P] {
  const now = Date.now();
  if (now === lastMs) sequence += 1;
  else {
    sequence = 0;
    lastMs = now;
    lastTime = now.toString(36).padStart(9, '0');
  }
  const seq = sequence.toString(36).padStart(4, '0');
  return `${prefix}_${lastTime}${seq}${randomDigits()}` as IdOf[P];
}
