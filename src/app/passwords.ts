import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** N=2^15, r=8, p=1: 32 MB per hash; decision 0021 gives the measured time and why not 2^17. */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const maxmem = (cost: { N: number; r: number }) => 256 * cost.N * cost.r;

/** A password's hash as stored: `scrypt$N$r$p$salt$key`, salt and key in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_LENGTH, { ...COST, maxmem: maxmem(COST) });
  const { N, r, p } = COST;
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` is the one `stored` was made from; false for anything unreadable. */
export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const expected = Buffer.from(key, 'base64url');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length, {
    ...cost,
    maxmem: maxmem(cost),
  });
  return timingSafeEqual(actual, expected);
}

/** A new random secret (tokens, sign-in links, generated passwords), URL-safe. */
export const newSecret = (prefix = ''): string =>
  `${prefix}${randomBytes(24).toString('base64url')}`;

/**
 * How a secret with 192 random bits is kept: a plain SHA-256 suffices (nothing to guess), and
 * unlike scrypt it can be looked up by value.
 */
export const secretHash = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');
