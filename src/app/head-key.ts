import { generateKeyPairSync, createPrivateKey, type KeyObject } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { badInput, notFound } from '../core/errors.js';
import type { StoreConfig } from '../store/open-store.js';

/** The signing key of an embedded store, beside its database in the data directory. */
export const HEAD_KEY_FILE = 'head-key.pem';

/** Operators give the key as a file path, or as the PEM text itself. */
export const HEAD_KEY_ENV = { file: 'TRUCE_HEAD_KEY_FILE', pem: 'TRUCE_HEAD_KEY' } as const;

/**
 * The Ed25519 private key that signs this store's heads: the one the operator gives
 * (TRUCE_HEAD_KEY_FILE or TRUCE_HEAD_KEY), else for SQLite the data directory's own, made on
 * first use. PostgreSQL has no directory of its own to keep one in, so the operator gives it.
 */
export async function loadHeadKey(
  config: StoreConfig,
  env: NodeJS.ProcessEnv = process.env,
): Promise<KeyObject> {
  const file = env[HEAD_KEY_ENV.file]?.trim();
  if (file) return privateKeyOf(await readKeyFile(file), `${HEAD_KEY_ENV.file} (${file})`);
  const pem = env[HEAD_KEY_ENV.pem]?.trim();
  if (pem) return privateKeyOf(pem, HEAD_KEY_ENV.pem);
  if (config.kind === 'postgres') {
    throw badInput(
      `a PostgreSQL store signs its heads with a key the operator keeps: set ${HEAD_KEY_ENV.file} to an Ed25519 private key in PEM (make one with \`openssl genpkey -algorithm ed25519 -out head-key.pem\`)`,
    );
  }
  return dataDirKey(join(config.dataDir, HEAD_KEY_FILE));
}

async function dataDirKey(path: string): Promise<KeyObject> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  try {
    // 'wx': never replace a key; if another process made one first, use that.
    await writeFile(path, pem, { flag: 'wx', mode: 0o600 });
    return privateKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return privateKeyOf(await readKeyFile(path), path);
}

async function readKeyFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw notFound(`there is no head-signing key at ${path}`);
    throw badInput(`cannot read the head-signing key at ${path}: ${code ?? String(error)}`);
  }
}

function privateKeyOf(pem: string, where: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw badInput(`${where} is not a private key in PEM`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw badInput(
      `${where} is a ${key.asymmetricKeyType ?? 'unknown'} key; heads are signed with Ed25519`,
    );
  }
  return key;
}
