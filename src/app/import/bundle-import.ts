import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { badInput } from '../../core/errors.js';
import type { Claim } from '../../core/evidence/claim.js';
import type { DocumentId, SourceId } from '../../core/ids.js';
import type { BundleImport, SkippedChange } from '../../core/import/import-outcome.js';
import { canonicalJson } from '../../core/ledger/canonical-json.js';
import { GENESIS_HASH, LedgerEntry } from '../../core/ledger/ledger-entry.js';
import type { LedgerChange, LedgerChangeType } from '../../core/ledger/ledger-entry.js';
import { MALFORMED_TEXT_MESSAGE, malformedTextAt } from '../../core/text/malformed-text.js';
import { entryHash } from '../../store/ledger-hash.js';
import type { Store } from '../../store/store.js';
import { parseInput, parseJson } from '../parse-input.js';

const Header = z.object({ truce: z.literal('bundle'), version: z.literal(1) }).loose();
const Head = z.object({
  head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
  entries: z.number().int().nonnegative(),
});

/** A gzip file starts with these two bytes. */
const isGzip = (data: Uint8Array) => data[0] === 0x1f && data[1] === 0x8b;

/**
 * The most a gzipped bundle may unpack to: far above any store's record, and a bound on what
 * a small upload made to unpack without end (a gzip bomb) can cost.
 */
export const MAX_BUNDLE_BYTES = 1024 * 1024 * 1024;

function bundleText(data: Uint8Array | string): string {
  if (typeof data === 'string') return data;
  if (!isGzip(data)) return Buffer.from(data).toString('utf8');
  try {
    return gunzipSync(data, { maxOutputLength: MAX_BUNDLE_BYTES }).toString('utf8');
  } catch (error) {
    if (error instanceof RangeError)
      throw badInput(`the bundle unpacks to more than ${MAX_BUNDLE_BYTES / 1024 ** 3} GiB`);
    throw badInput('the file starts as gzip but does not unpack; it was cut or altered');
  }
}

/**
 * The entries of a bundle, their hash chain checked: a broken or cut bundle stores nothing.
 * A bundle that fails its check is bad input, not a broken record: the record is untouched.
 */
export function readBundle(data: Uint8Array | string): {
  entries: LedgerEntry[];
  head: BundleImport['head'];
} {
  const text = bundleText(data);
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) throw badInput('the file is empty, not a Truce bundle');
  parseInput(Header, parseJson(lines[0]!, 'line 1'), 'bundle header', 'line 1');
  const entries: LedgerEntry[] = [];
  let previous = GENESIS_HASH;
  for (let i = 1; i < lines.length - 1; i++) {
    const where = `line ${i + 1}`;
    const raw = parseJson(lines[i]!, where) as { entry?: Record<string, unknown> };
    if (typeof raw.entry !== 'object' || raw.entry === null)
      throw badInput('expected a ledger entry ({"entry": …})', where);
    // PostgreSQL cannot store a NUL: refused here, like the API's JSON bodies, not by the database.
    const malformed = malformedTextAt(raw.entry, 'entry');
    if (malformed) throw badInput(`${malformed} ${MALFORMED_TEXT_MESSAGE}`, where);
    const { seq, recordedAt, author, change, prevHash, hash } = raw.entry;
    const expected = entryHash(
      previous,
      { seq: seq as number, recordedAt: recordedAt as string, author: author as string },
      canonicalJson(change),
    );
    if (prevHash !== previous || hash !== expected)
      throw badInput(
        `entry ${String(seq)} does not match the hash chain; the bundle was altered or cut`,
        where,
      );
    entries.push(parseInput(LedgerEntry, raw.entry, 'ledger entry', where));
    previous = expected;
  }
  const last = `line ${lines.length}`;
  const tail = parseInput(Head, parseJson(lines[lines.length - 1]!, last), 'bundle head', last);
  const lastEntry = entries[entries.length - 1];
  if (tail.entries !== entries.length || (tail.head?.hash ?? null) !== (lastEntry?.hash ?? null))
    throw badInput(
      'the bundle ends with a head that is not its last entry; it was cut or altered',
      last,
    );
  return { entries, head: tail.head };
}

/**
 * Replays a bundle into a store, merging by content: a document already held (same content
 * hash), a source already named, an agreement version already recorded or a claim already
 * held (same id, or same content on the same document) is not recorded again, and what
 * follows it in the bundle is pointed at the one held. Everything kept is appended at once.
 */
export async function importBundle(
  store: Store,
  data: Uint8Array | string,
  author: string,
): Promise<BundleImport> {
  const { entries, head } = readBundle(data);
  const documentIds = new Map<DocumentId, DocumentId>();
  const sourceIds = new Map<SourceId, SourceId>();
  /** Claims this import adds: only their reviews, edits and retractions are replayed. */
  const added = new Set<string>();
  /** Contents of the claims held before this import, by document: the bundle's own repeats stay. */
  const heldContent = new Map<string, Set<string>>();
  const kept: LedgerChange[] = [];
  const skipped: SkippedChange[] = [];
  const skip = (entry: LedgerEntry, reason: string) =>
    skipped.push({ seq: entry.seq, type: entry.change.type, reason });

  for (const entry of entries) {
    const change = entry.change;
    switch (change.type) {
      case 'source.added': {
        const held =
          (await store.getSource(change.source.id)) ?? (await store.findSource(change.source.name));
        if (held) {
          sourceIds.set(change.source.id, held.id);
          skip(entry, `source "${change.source.name}" is already recorded`);
        } else kept.push(change);
        break;
      }
      case 'document.added': {
        const held = await store.findDocumentByHash(change.document.contentHash);
        if (held) {
          documentIds.set(change.document.id, held.id);
          skip(entry, `document ${change.document.id} is already held as ${held.id}`);
        } else kept.push(change);
        break;
      }
      case 'agreement.recorded': {
        const { id, version, text } = change.agreement;
        const held = await store.getAgreement(id, version);
        if (!held) kept.push(change);
        else if (held.text === text) skip(entry, `${id} version ${version} is already recorded`);
        else skip(entry, `${id} version ${version} is recorded here with other terms`);
        break;
      }
      case 'claim.added': {
        const claim = remapClaim(change.claim, documentIds, sourceIds);
        if (await store.getClaim(claim.id)) {
          skip(entry, `claim ${claim.id} is already held`);
          break;
        }
        let contents = heldContent.get(claim.document);
        if (contents === undefined) {
          const onDocument = await store.listClaims({ document: claim.document });
          contents = new Set(onDocument.map((c) => canonicalJson(c.content)));
          heldContent.set(claim.document, contents);
        }
        const key = canonicalJson(claim.content);
        if (contents.has(key)) {
          skip(entry, `claim ${claim.id} says what a claim held on its document says`);
          break;
        }
        added.add(claim.id);
        kept.push({ ...change, claim });
        break;
      }
      case 'claim.reviewed':
      case 'claim.edited':
      case 'claim.retracted':
      case 'claim.assigned':
      case 'claim.unassigned':
        if (added.has(change.claim)) kept.push(change);
        else skip(entry, `claim ${change.claim} was not imported, so its history is not replayed`);
        break;
    }
  }
  if (kept.length > 0) await store.append(kept, author);
  const recorded: Partial<Record<LedgerChangeType, number>> = {};
  for (const change of kept) recorded[change.type] = (recorded[change.type] ?? 0) + 1;
  return { recorded, skipped, head };
}

function remapClaim(
  claim: Claim,
  documentIds: ReadonlyMap<DocumentId, DocumentId>,
  sourceIds: ReadonlyMap<SourceId, SourceId>,
): Claim {
  const document = documentIds.get(claim.document) ?? claim.document;
  const attribution = claim.content.attribution.map((link) =>
    link.source !== null && sourceIds.has(link.source)
      ? { ...link, source: sourceIds.get(link.source)! }
      : link,
  );
  return { ...claim, document, content: { ...claim.content, attribution } };
}
