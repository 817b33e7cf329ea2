import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { IsoInstant } from '../time/time-interval.js';
import { canonicalJson } from './canonical-json.js';

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * The ledger's last entry, signed with the store's Ed25519 key, in the manner of Certificate
 * Transparency's signed tree heads. Whoever keeps one can later prove the ledger still
 * extends it; the public key travels with it so anyone can check the signature.
 */
export const SignedHead = z
  .object({
    seq: z.number().int().nonnegative(),
    hash: Hex64,
    time: IsoInstant,
    signature: z.string().regex(/^[A-Za-z0-9+/]+=*$/),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    /** The Ed25519 public key, DER (SPKI) in base64. */
    publicKey: z.string().regex(/^[A-Za-z0-9+/]+=*$/),
  })
  .meta({ id: 'SignedHead' });
export type SignedHead = z.infer<typeof SignedHead>;

/** A head without a signature: where the ledger ends. */
export interface LedgerHead {
  readonly seq: number;
  readonly hash: string;
}

/** The domain-separated bytes a signature covers, so it can never be replayed as another message. */
const signedBytes = (head: Pick<SignedHead, 'seq' | 'hash' | 'time' | 'keyId'>): Buffer =>
  Buffer.from(
    `truce-signed-head-v1\n${canonicalJson({ hash: head.hash, keyId: head.keyId, seq: head.seq, time: head.time })}`,
  );

const publicDer = (key: KeyObject): Buffer =>
  (key.type === 'public' ? key : createPublicKey(key)).export({ type: 'spki', format: 'der' });

/** The first 16 hex digits of the SHA-256 of the public key (DER): short enough to read aloud. */
export const keyIdOf = (key: KeyObject): string =>
  createHash('sha256').update(publicDer(key)).digest('hex').slice(0, 16);

export function signHead(head: LedgerHead, privateKey: KeyObject, now: Date): SignedHead {
  const keyId = keyIdOf(privateKey);
  const unsigned = { seq: head.seq, hash: head.hash, time: now.toISOString(), keyId };
  return {
    ...unsigned,
    signature: sign(null, signedBytes(unsigned), privateKey).toString('base64'),
    publicKey: publicDer(privateKey).toString('base64'),
  };
}

/** Why the head's signature does not hold, or undefined when it does. */
export function headSignatureProblem(head: SignedHead): string | undefined {
  let key: KeyObject;
  try {
    key = createPublicKey({
      key: Buffer.from(head.publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
  } catch {
    return 'its public key is not a key';
  }
  if (key.asymmetricKeyType !== 'ed25519') return 'its public key is not an Ed25519 key';
  if (keyIdOf(key) !== head.keyId) return 'its key id is not that of its public key';
  const valid = verify(null, signedBytes(head), key, Buffer.from(head.signature, 'base64'));
  return valid ? undefined : 'its signature does not match its contents';
}
