import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DocumentFormat, DocumentKind } from '../core/evidence/document.js';
import type { DocumentId } from '../core/ids.js';
import { IsoInstant, instantInterval } from '../core/time/time-interval.js';
import { initStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { addAgreement } from './agreements.js';
import { importClaims } from './claims.js';
import { addDocumentText } from './documents.js';
import { exportText } from './export/run-export.js';
import { importBundle } from './import/bundle-import.js';
import { parseInput, parseJson } from './parse-input.js';

/** The examples shipped with Truce: agreements, and for some the record as reported. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

/**
 * One cited report of an example bundle, summarised in the project's own words: a `summary`
 * whose title and publisher are the report's, and `derivedFrom` its address.
 */
const ExampleDocument = z
  .object({
    key: z.string().min(1),
    kind: DocumentKind,
    format: DocumentFormat.optional(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    published: IsoInstant.nullable(),
    url: z.string().url().nullable().optional(),
    derivedFrom: z.string().url().nullable().optional(),
    text: z.string().min(1),
  })
  .strict();

const jsonLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line, i) => ({ line, where: `line ${i + 1}` }))
    .filter(({ line }) => line.trim() !== '');

async function optionalText(path: string): Promise<string | null> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

/** Agreement files ordered by the size of their claims bundle, largest first, then by name. */
async function bySizeOfRecord(dir: string, files: readonly string[]): Promise<string[]> {
  const sizes = new Map<string, number>();
  for (const file of files) {
    const claims = await optionalText(join(dir, 'claims', file.replace(/\.ya?ml$/, '.jsonl')));
    sizes.set(file, claims?.length ?? 0);
  }
  return [...files].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a.localeCompare(b));
}

export interface LoadedExamples {
  readonly agreements: readonly string[];
  /** The example with the fullest record as reported: the one to show first. */
  readonly featured: string | null;
  readonly documents: number;
  readonly claims: number;
}

/**
 * Records every example agreement, and where a bundle exists its documents
 * (examples/documents/ID.jsonl) and claims (examples/claims/ID.jsonl, naming documents by key),
 * then the amendments in examples/amendments/.
 */
export async function loadExamples(
  store: Store,
  author: string,
  dir = EXAMPLES_DIR,
): Promise<LoadedExamples> {
  // The example with the fullest record first: dashboards open on the first recorded.
  const files = await bySizeOfRecord(
    dir,
    (await readdir(join(dir, 'agreements'))).filter((f) => /\.ya?ml$/.test(f)),
  );
  const agreements: string[] = [];
  let documents = 0;
  let claims = 0;
  let featured: { id: string; claims: number } | null = null;
  for (const file of files) {
    const text = await readFile(join(dir, 'agreements', file), 'utf8');
    const { outcome, record } = await addAgreement(store, text, author, file);
    agreements.push(record.id);
    // Loading twice must not record the bundle's claims twice.
    if (outcome === 'known') continue;
    const bundle = basename(file).replace(/\.ya?ml$/, '');
    const docsText = await optionalText(join(dir, 'documents', `${bundle}.jsonl`));
    const claimsText = await optionalText(join(dir, 'claims', `${bundle}.jsonl`));
    const keys = new Map<string, DocumentId>();
    for (const { line, where } of docsText === null ? [] : jsonLines(docsText)) {
      const at = `${bundle}.jsonl ${where}`;
      const d = parseInput(ExampleDocument, parseJson(line, at), 'example document', at);
      const added = await addDocumentText(
        store,
        {
          name: d.key,
          rawText: d.text,
          kind: d.kind,
          format: d.format ?? 'text',
          title: d.title,
          publisher: d.publisher,
          url: d.url ?? null,
          ...(d.derivedFrom === undefined ? {} : { derivedFrom: d.derivedFrom }),
          published: d.published === null ? null : instantInterval(d.published, 'publication time'),
        },
        author,
      );
      keys.set(d.key, added.document.id);
      if (added.outcome === 'added') documents += 1;
    }
    if (claimsText !== null) {
      const options = {
        documentKeys: keys,
        defaultStatus: 'accepted',
        agreements: [record.id],
      } as const;
      const imported = (await importClaims(store, claimsText, options, author)).length;
      claims += imported;
      if (featured === null || imported > featured.claims)
        featured = { id: record.id, claims: imported };
    }
  }
  // Amendments written as their changes (examples/amendments/ID.vN.yaml), after what they amend.
  const amendments = (
    await readdir(join(dir, 'amendments')).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    })
  )
    .filter((f) => /\.ya?ml$/.test(f))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const file of amendments) {
    const text = await readFile(join(dir, 'amendments', file), 'utf8');
    await addAgreement(store, text, author, file);
  }
  return { agreements, featured: featured?.id ?? null, documents, claims };
}

/**
 * Loads the examples into `store` through the bundle path (`truce import bundle`), so in one
 * append: a first start killed half-way leaves nothing, and the next start loads them whole.
 * They are first recorded in a scratch store, because the loaders read back what they record;
 * its ledger is then imported as a bundle. Into a store that already holds entries the import
 * merges by content as any bundle does: what the store holds is not recorded again.
 */
export async function loadExamplesAtomically(
  store: Store,
  author: string,
  dir = EXAMPLES_DIR,
): Promise<LoadedExamples> {
  const scratchDir = await mkdtemp(join(tmpdir(), 'truce-examples-'));
  try {
    const scratch = await initStore({ kind: 'sqlite', dataDir: join(scratchDir, 'data') });
    let loaded: LoadedExamples;
    let bundle: string;
    try {
      loaded = await loadExamples(scratch, author, dir);
      bundle = await exportText(scratch, 'bundle');
    } finally {
      await scratch.close();
    }
    const { recorded } = await importBundle(store, bundle, author);
    return {
      ...loaded,
      documents: recorded['document.added'] ?? 0,
      claims: recorded['claim.added'] ?? 0,
    };
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}
