import type { AgreementId } from '../../core/ids.js';
import type { Imported } from '../../core/api/import-api.js';
import type { Store } from '../../store/store.js';
import { getAgreement } from '../agreements.js';
import { decodeText } from '../read-text-file.js';
import { importAcled } from './acled-import.js';
import { importBundle } from './bundle-import.js';

/** A file to bring in, as the CLI reads it from disk or the API receives it as a body. */
export interface BundleRequest {
  readonly format: 'bundle';
  readonly name: string;
  readonly data: Uint8Array;
}

export interface AcledRequest {
  readonly format: 'acled';
  readonly name: string;
  readonly data: Uint8Array;
  readonly agreement?: AgreementId | undefined;
  readonly zone?: string | undefined;
  readonly skipBad?: boolean | undefined;
  readonly status?: 'accepted' | 'suggested' | undefined;
}

export type ImportRequest = BundleRequest | AcledRequest;

/**
 * Brings a bundle or an ACLED export into the store: the one path the CLI's `truce import` and
 * the API's `POST /api/import` share. Either all of the file's changes are appended, in one
 * append, or (on any bad input) nothing is.
 */
export async function runImport(
  store: Store,
  request: BundleRequest,
  author: string,
): Promise<Extract<Imported, { format: 'bundle' }>>;
export async function runImport(
  store: Store,
  request: AcledRequest,
  author: string,
): Promise<Extract<Imported, { format: 'acled' }>>;
export async function runImport(
  store: Store,
  request: ImportRequest,
  author: string,
): Promise<Imported> {
  if (request.format === 'bundle')
    return { format: 'bundle', outcome: await importBundle(store, request.data, author) };
  const text = decodeText(request.data, request.name);
  const agreement =
    request.agreement === undefined
      ? null
      : (await getAgreement(store, request.agreement)).agreement;
  const outcome = await importAcled(
    store,
    text,
    {
      fileName: request.name,
      agreement,
      zone: request.zone,
      skipBad: request.skipBad,
      status: request.status ?? 'accepted',
    },
    author,
  );
  return { format: 'acled', outcome };
}
