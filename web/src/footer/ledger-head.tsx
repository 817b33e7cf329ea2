import { useEffect, useState } from 'react';
import { api } from '../api/api-client';
import type { SignedHead } from '../api/api-types';

/** How often the footer asks for the head again, so it follows what reviewers record. */
const REFRESH_MS = 30_000;

/**
 * The ledger's signed head, small, at the foot of every view: what a reader can note down and
 * later check with `truce verify --expect-head SEQ:HASH`.
 */
export function LedgerHead() {
  const [head, setHead] = useState<SignedHead | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      api.head(controller.signal).then(setHead, () => {
        // A server without a signing key has no head to show; the footer stays empty.
      });
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, []);
  if (head === null) return null;
  return (
    <footer className="ledger-head" aria-label="Signed head of the record">
      Record head: entry <span data-testid="head-seq">{head.seq}</span>,{' '}
      <code title={head.hash}>{head.hash.slice(0, 16)}…</code>, signed by key{' '}
      <code>{head.keyId}</code> at {head.time}
    </footer>
  );
}
