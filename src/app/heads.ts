import { appendFile, readFile } from 'node:fs/promises';
import { badInput, corrupt, notFound } from '../core/errors.js';
import {
  SignedHead,
  headSignatureProblem,
  signHead,
  type LedgerHead,
} from '../core/ledger/signed-head.js';
import { GENESIS_HASH } from '../core/ledger/ledger-entry.js';
import type { StoreConfig } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { loadHeadKey } from './head-key.js';

export { SignedHead };

/** A head someone noted earlier, and where it came from, for messages. */
export interface ExpectedHead extends LedgerHead {
  readonly where: string;
  /** Present when the head came signed; its signature has been checked. */
  readonly keyId?: string;
}

/** Where the ledger stops extending a head noted earlier. */
export interface HeadProblem {
  readonly kind: 'head';
  readonly seq: number;
  readonly detail: string;
}

/**
 * Signs the ledger's current head with the store's key. Refuses a ledger that `verify` finds
 * broken: a signature must never vouch for damage.
 */
export async function currentSignedHead(
  store: Store,
  config: StoreConfig,
  env: NodeJS.ProcessEnv = process.env,
  now: Date = new Date(),
): Promise<SignedHead> {
  const key = await loadHeadKey(config, env);
  const report = await store.verify({ fast: true });
  if (!report.ok) {
    throw corrupt(
      `the record does not verify, so its head is not signed; run \`truce verify\` for the first problem`,
    );
  }
  return signHead(await store.head(), key, now);
}

/**
 * For a server's /api/head: signs the head as the ledger table holds it, without a full check
 * per request (a witness comparing heads over time is what catches a rewrite). The key is
 * loaded once; a store without one answers every call with the sentence that says how to give it.
 */
export function headSigner(
  store: Store,
  config: StoreConfig,
  env: NodeJS.ProcessEnv = process.env,
): () => Promise<SignedHead> {
  let key: ReturnType<typeof loadHeadKey> | undefined;
  return async () => {
    key ??= loadHeadKey(config, env);
    return signHead(await store.head(), await key, new Date());
  };
}

const SEQ_HASH = /^(\d+):([0-9a-f]{64})$/;

/**
 * Reads what `--expect-head` names: `SEQ:HASH`, or a file holding one signed head (JSON) or a
 * witness log (one signed head per line). Every signature is checked here.
 */
export async function readExpectedHeads(given: string): Promise<readonly ExpectedHead[]> {
  const pair = SEQ_HASH.exec(given.trim());
  if (pair) return [{ seq: Number(pair[1]), hash: pair[2]!, where: given.trim() }];
  let text: string;
  try {
    text = await readFile(given, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw notFound(`${given} is neither SEQ:HASH (a number, a colon, 64 hex digits) nor a file`);
    }
    throw badInput(`cannot read ${given}: ${code ?? String(error)}`);
  }
  return parseHeadLog(text, given);
}

/** The signed heads in a file: one JSON object, or one per line. */
export function parseHeadLog(text: string, file: string): readonly ExpectedHead[] {
  const trimmed = text.trim();
  if (trimmed === '') throw badInput(`${file} holds no head`);
  const lines =
    trimmed.includes('\n') && !trimmed.startsWith('{\n') ? trimmed.split('\n') : [trimmed];
  return lines.flatMap((line, i) => {
    if (line.trim() === '') return [];
    const where = lines.length === 1 ? file : `${file} line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw badInput(`${where} is not a signed head: it is not JSON`);
    }
    const parsed = SignedHead.safeParse(value);
    if (!parsed.success) {
      throw badInput(`${where} is not a signed head as \`truce head --json\` prints one`);
    }
    const problem = headSignatureProblem(parsed.data);
    if (problem !== undefined) throw badInput(`${where} is not a trustworthy head: ${problem}`);
    const { seq, hash, keyId } = parsed.data;
    return [{ seq, hash, keyId, where }];
  });
}

/**
 * Whether the ledger extends every head given: each head's entry is still there with the same
 * hash. Meaningful after `verify` has found the chain intact, which ties each entry's hash to
 * every entry before it; a cut tail, a rewrite from an entry on, or a fork all show here.
 */
export async function headProblemIn(
  store: Store,
  heads: readonly ExpectedHead[],
): Promise<HeadProblem | undefined> {
  const current = await store.head();
  for (const head of heads) {
    if (head.seq === 0) {
      if (head.hash !== GENESIS_HASH) {
        return { kind: 'head', seq: 0, detail: `the head in ${head.where} is not a ledger's head` };
      }
      continue;
    }
    if (head.seq > current.seq) {
      return {
        kind: 'head',
        seq: head.seq,
        detail: `the ledger ends at entry ${current.seq}, before entry ${head.seq} that the head in ${head.where} saw: entries were removed`,
      };
    }
    const entry = await entryAt(store, head.seq);
    if (entry?.hash !== head.hash) {
      return {
        kind: 'head',
        seq: head.seq,
        detail: `entry ${head.seq} is not the one the head in ${head.where} saw: the ledger was rewritten or forked at or before it`,
      };
    }
  }
  return undefined;
}

async function entryAt(store: Store, seq: number): Promise<LedgerHead | undefined> {
  for await (const entry of store.entries(seq)) return entry.seq === seq ? entry : undefined;
  return undefined;
}

/**
 * Appends the head to a witness log, one JSON line, after checking that the ledger extends
 * every head already in it: a witness notices a rewrite the moment it happens.
 */
export async function appendToWitnessLog(
  store: Store,
  file: string,
  head: SignedHead,
): Promise<void> {
  let existing = '';
  try {
    existing = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT')
      throw badInput(`cannot read the witness log ${file}: ${code ?? String(error)}`);
  }
  if (existing.trim() !== '') {
    const problem = await headProblemIn(store, parseHeadLog(existing, file));
    if (problem !== undefined) {
      throw corrupt(
        `the ledger no longer extends the witness log, so nothing was added: ${problem.detail}`,
      );
    }
  }
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  try {
    await appendFile(file, `${separator}${JSON.stringify(head)}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw badInput(`cannot write the witness log ${file}: ${code ?? String(error)}`);
  }
}
