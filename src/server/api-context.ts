import type { RunExtraction } from '../app/extraction-pool.js';
import type { SignedHead } from '../app/heads.js';
import type { AgreementReaders } from '../app/agreement-readers.js';
import type { ParsedAgreements } from '../app/parsed-agreements.js';
import type { Store } from '../app/store-contract.js';
import type { AuthMode } from './authenticate.js';

/** What every route plugin is registered with. */
export interface ApiContext {
  readonly store: Store;
  /** The store's agreements, each parsed once per change of its record, for every route. */
  readonly agreements: ParsedAgreements;
  /** How each agreement reads claims, from those parses, kept while the ledger's head stands. */
  readonly readers: AgreementReaders;
  /** Whether requests need accounts, or the server is open (`--insecure-no-auth`). */
  readonly auth: AuthMode;
  /** Signs the ledger's current head; absent when the server was given no way to. */
  readonly signHead: (() => Promise<SignedHead>) | undefined;
  /** Reads reports into claims off the event loop. */
  readonly extract: RunExtraction;
  /** Requests per client per minute; routes that do heavy work allow a tenth of it. */
  readonly rateLimit: number;
}
