import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Agreement } from '../core/agreement/agreement.js';
import { parseAgreement } from '../core/agreement/parse-agreement.js';
import { badInput, isTruceError, type TruceErrorKind } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { AgreementId } from '../core/ids.js';
import type { Claim } from '../core/evidence/claim.js';
import type { DocumentFormat, DocumentKind } from '../core/evidence/document.js';
import type { Document } from '../core/evidence/document.js';
import { knownFrom } from '../core/evidence/known-from.js';
import { instantInterval } from '../core/time/time-interval.js';
import type { LedgerChange } from '../core/ledger/ledger-entry.js';
import { claimModelAt } from '../ingest/claim-model.js';
import { extractClaims } from '../ingest/extract.js';
import type { ExtractInput, ExtractResult } from '../ingest/extract.js';
import type { Store } from '../store/store.js';
import { getAgreement } from './agreements.js';
import type { ParsedAgreements } from './parsed-agreements.js';
import { appendAssignments } from './assignments.js';
import { agreementsField } from './claims.js';
import { contentHash } from './content-hash.js';
import { documentOf, formatOf } from './documents.js';
import type { RunExtraction } from './extraction-pool.js';
import { readTextFile } from './read-text-file.js';

export interface ReportInput {
  readonly name: string;
  readonly text: string;
  readonly format?: DocumentFormat;
  readonly kind?: DocumentKind;
  /** Publication instant, ISO with offset; relative times stay unresolved without it. */
  readonly published?: string | null;
  readonly publisher?: string | null;
  readonly title?: string | null;
  readonly url?: string | null;
  /** Zone for "Thursday night"; default: the agreement's, else UTC. */
  readonly timeZone?: string;
}

/** The agreement whose parties name the actors, given by id (from the store) or as a file. */
export type AgreementRef = { readonly id: AgreementId } | { readonly file: string };

/** A reference as `agreementOf` already read it, so a run of reports reads it once. */
export type ReadAgreement = { readonly terms: Promise<Agreement | null> };

/** An agreement given by id, read from `parsed`: a server parses it once per change of it. */
export const agreementRefIn = (
  parsed: ParsedAgreements,
  ref: AgreementRef | undefined,
): AgreementRef | ReadAgreement | undefined =>
  ref !== undefined && 'id' in ref
    ? { terms: parsed.get(ref.id).then(({ agreement }) => agreement) }
    : ref;

async function agreementOf(
  store: Store | null,
  ref: AgreementRef | ReadAgreement | undefined,
): Promise<Agreement | null> {
  if (ref === undefined) return null;
  if ('terms' in ref) return ref.terms;
  if ('file' in ref) return parseAgreement(await readTextFile(ref.file), basename(ref.file));
  if (store === null) return null;
  return (await getAgreement(store, ref.id)).agreement;
}

/** Reads in this thread: the CLI's way, which has no event loop to keep free. */
export const extractInThisThread: RunExtraction = async (input) => extractClaims(input);

/** Reads in this thread with the store's claim model at `modelPath`, else the shipped one. */
export const extractionWith =
  (modelPath: string | null): RunExtraction =>
  async (input) =>
    extractClaims(input, claimModelAt(modelPath));

function extractInput(input: ReportInput, agreement: Agreement | null): ExtractInput {
  return {
    text: input.text,
    format: input.format ?? formatOf(input.name, input.text),
    published: input.published ?? null,
    timeZone: input.timeZone ?? agreement?.timezone ?? 'UTC',
    // A blank publisher is no publisher: an attribution link must have a name.
    publisher: input.publisher?.trim() || null,
    agreement: agreement ? { parties: agreement.parties } : null,
  };
}

/** Reads a report into suggested claims without recording anything. */
export async function extractReport(
  store: Store | null,
  input: ReportInput,
  agreement?: AgreementRef | ReadAgreement,
  run: RunExtraction = extractInThisThread,
): Promise<ExtractResult> {
  return run(extractInput(input, await agreementOf(store, agreement)));
}

export interface IngestedReport {
  readonly outcome: 'added' | 'known';
  readonly document: Document;
  readonly claims: readonly Claim[];
}

/**
 * Records a report and the claims read from it, as suggestions for review, in one ledger
 * append: a crash leaves both or neither. With an agreement, the claims are recorded for it.
 * The same content again adds nothing but, with an agreement, assigns its claims to it.
 */
export async function ingestReport(
  store: Store,
  input: ReportInput,
  author: string,
  agreement?: AgreementRef | ReadAgreement,
  run: RunExtraction = extractInThisThread,
): Promise<IngestedReport> {
  // An empty file (or one holding only a byte-order mark or blanks) is no report at all.
  if (input.text.replace(/^\uFEFF/, '').trim() === '') {
    throw badInput(`${input.name} is empty; there is nothing in it to record`);
  }
  const terms = await agreementOf(store, agreement);
  const known = await store.findDocumentByHash(contentHash(input.text));
  if (known) {
    const claims = await store.listClaims({ document: known.id });
    if (terms !== null) {
      const ids = claims.map((claim) => claim.id);
      await appendAssignments(store, ids, terms.id, true, author);
    }
    return { outcome: 'known', document: known, claims };
  }
  const result = await run(extractInput(input, terms));
  // A page of markup alone (an empty body, a script) holds no words to record either.
  if (result.document.cleanText.trim() === '') {
    throw badInput(
      `${input.name} has no text once its markup is set aside; there is nothing in it to record`,
    );
  }
  const now = new Date().toISOString();
  const document = documentOf(
    {
      ...input,
      rawText: input.text,
      title: input.title ?? result.document.title,
      published: input.published ? instantInterval(input.published, 'publication time') : null,
      cleanText: result.document.cleanText,
      removed: result.document.removed,
    },
    now,
  );
  // A report counts as known from its publication, not from when it reached us.
  const knownAt = knownFrom(input.published, now);
  const claims: Claim[] = result.claims.map(({ rule, ...content }) => ({
    id: newId('clm'),
    document: document.id,
    content,
    provenance: { kind: 'rule', rule },
    status: 'suggested',
    revision: 1,
    reviewNote: null,
    recordedAt: now,
    knownAt,
    updatedAt: now,
  }));
  const changes: LedgerChange[] = [
    { type: 'document.added', document },
    ...claims.map((claim): LedgerChange => ({
      type: 'claim.added',
      claim,
      ...agreementsField(terms === null ? [] : [terms.id]),
    })),
  ];
  await store.append(changes, author);
  return { outcome: 'added', document, claims };
}

/** Files named, with folders expanded to the .txt, .html and .htm files in them (sorted). */
async function reportFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((n) => /\.(txt|html?|md)$/i.test(n)).sort();
      files.push(...names.map((n) => join(path, n)));
    } else files.push(path);
  }
  return files;
}

export interface IngestProgress {
  readonly file: string;
  readonly done: number;
  readonly total: number;
  readonly claims: number;
  readonly errors: number;
}

export interface IngestSummary {
  readonly files: number;
  readonly added: number;
  readonly known: number;
  readonly claims: number;
  readonly failed: readonly {
    readonly file: string;
    readonly error: string;
    readonly kind: TruceErrorKind;
  }[];
}

/** Ingests report files one by one; a file that fails is reported and the rest go on. */
export async function ingestFiles(
  store: Store,
  paths: readonly string[],
  options: Omit<ReportInput, 'name' | 'text'> & { readonly agreement?: AgreementRef },
  author: string,
  onProgress: (p: IngestProgress) => void = () => {},
  run: RunExtraction = extractInThisThread,
): Promise<IngestSummary> {
  const files = await reportFiles(paths);
  const { agreement, ...meta } = options;
  // Read and parsed once for the run, not once per report; a failure to read it is still
  // reported against each file, as before.
  const terms = agreement === undefined ? undefined : agreementOf(store, agreement);
  terms?.catch(() => {});
  const failed: { file: string; error: string; kind: TruceErrorKind }[] = [];
  let added = 0;
  let known = 0;
  let claims = 0;
  for (const [i, file] of files.entries()) {
    try {
      const text = await readTextFile(file);
      const result = await ingestReport(
        store,
        { ...meta, name: basename(file), text },
        author,
        terms === undefined ? undefined : { terms },
        run,
      );
      if (result.outcome === 'added') {
        added += 1;
        claims += result.claims.length;
      } else known += 1;
    } catch (error) {
      if (!isTruceError(error)) throw error;
      failed.push({ file, error: error.message, kind: error.kind });
    }
    onProgress({ file, done: i + 1, total: files.length, claims, errors: failed.length });
  }
  return { files: files.length, added, known, claims, failed };
}
