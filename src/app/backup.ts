import { writeFile } from 'node:fs/promises';
import { isTruceError } from '../core/errors.js';
import { signHead, type SignedHead } from '../core/ledger/signed-head.js';
import { backupStore, restoreStore } from '../store/backup-store.js';
import { openStore, type StoreConfig } from '../store/open-store.js';
import { loadHeadKey } from './head-key.js';
import { readExpectedHeads } from './heads.js';
import { verifyStore, type IntegrityReport } from './integrity.js';

/** Where a backup's signed head is kept: beside it, so the two travel together. */
export const headFileOf = (backupFile: string): string => `${backupFile}.head.json`;

export interface BackupResult {
  /** The head the backup holds at least, signed; null when the store has no signing key. */
  readonly head: SignedHead | null;
  readonly headFile: string | null;
}

/**
 * Backs the record up to `file`, and its head, signed, to `file.head.json`. The head is read
 * before the copy starts, so the copy holds it and perhaps entries recorded meanwhile: a
 * restore must extend it, which is exactly what `restoreRecord` checks.
 */
export async function backupRecord(
  config: StoreConfig,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<BackupResult> {
  const store = await openStore(config);
  let head: SignedHead | null;
  try {
    const key = await loadHeadKey(config, env).catch((error: unknown) => {
      if (isTruceError(error) && error.kind === 'BadInput' && config.kind === 'postgres')
        return null;
      throw error;
    });
    head = key === null ? null : signHead(await store.head(), key, new Date());
  } finally {
    await store.close();
  }
  await backupStore(config, file);
  if (head === null) return { head, headFile: null };
  const headFile = headFileOf(file);
  await writeFile(headFile, `${JSON.stringify(head)}\n`);
  return { head, headFile };
}

/**
 * Restores `file` into a store that holds nothing yet, then verifies it: the file, the chain,
 * the tables, and that it extends the head signed when the backup was taken.
 */
export async function restoreRecord(config: StoreConfig, file: string): Promise<IntegrityReport> {
  await restoreStore(config, file);
  const headFile = headFileOf(file);
  const expectHeads = await readExpectedHeads(headFile).catch((error: unknown) => {
    if (isTruceError(error) && error.kind === 'NotFound') return undefined;
    throw error;
  });
  const store = await openStore(config);
  try {
    return await verifyStore(store, expectHeads === undefined ? {} : { expectHeads });
  } finally {
    await store.close();
  }
}
