import { extname, basename } from 'node:path';
import { notFound } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { AgreementId, DocumentId } from '../core/ids.js';
import { Document } from '../core/evidence/document.js';
import { documentKnownBy } from '../core/evidence/known-from.js';
import type { DocumentFormat, DocumentKind } from '../core/evidence/document.js';
import type { TimeInterval } from '../core/time/time-interval.js';
import type { Store } from '../store/store.js';
import { agreementScope } from './assignments.js';
import type { ParsedAgreements } from './parsed-agreements.js';
import { contentHash } from './content-hash.js';
import { parseInput } from './parse-input.js';
import { readTextFile } from './read-text-file.js';

export interface DocumentMeta {
  readonly kind?: DocumentKind;
  readonly format?: DocumentFormat;
  readonly title?: string | null;
  readonly publisher?: string | null;
  readonly published?: TimeInterval | null;
  readonly url?: string | null;
  /** For a summary: the address of the report it was written from. */
  readonly derivedFrom?: string | null;
}

export interface DocumentText extends DocumentMeta {
  readonly name: string;
  readonly rawText: string;
  readonly cleanText?: string | null;
  readonly removed?: readonly string[];
}

/** A document added, or recognised as one already recorded with the same content. */
export type AddedDocument =
  | { readonly outcome: 'added'; readonly document: Document }
  | { readonly outcome: 'known'; readonly document: Document };

/** Guesses HTML from the file name or from the text itself. */
export function formatOf(name: string, text: string): DocumentFormat {
  const ext = extname(name).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  return /^\s*(<!doctype html|<html[\s>])/i.test(text) ? 'html' : 'text';
}

/** The title an untitled document shows: its first non-empty line, shortened. */
function firstLine(text: string): string | null {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '');
  return line === undefined ? null : line.trim().slice(0, 200);
}

/** Builds the document record for a text (not yet stored). */
export function documentOf(input: DocumentText, recordedAt: string): Document {
  const format = input.format ?? formatOf(input.name, input.rawText);
  return parseInput(
    Document,
    {
      id: newId('doc'),
      kind: input.kind ?? 'article',
      format,
      title: input.title ?? (format === 'text' ? firstLine(input.rawText) : null),
      publisher: input.publisher ?? null,
      published: input.published ?? null,
      url: input.url ?? null,
      ...(input.derivedFrom === undefined ? {} : { derivedFrom: input.derivedFrom }),
      contentHash: contentHash(input.rawText),
      rawText: input.rawText,
      cleanText: input.cleanText ?? null,
      removed: input.removed ?? [],
      recordedAt,
    },
    'document',
    input.name,
  );
}

/** Stores a document unless the same content is already recorded. */
export async function addDocumentText(
  store: Store,
  input: DocumentText,
  author: string,
): Promise<AddedDocument> {
  const known = await store.findDocumentByHash(contentHash(input.rawText));
  if (known) return { outcome: 'known', document: known };
  const document = documentOf(input, new Date().toISOString());
  await store.append([{ type: 'document.added', document }], author);
  return { outcome: 'added', document };
}

/** Reads and stores document files; each file is checked before anything is written. */
export async function addDocumentFiles(
  store: Store,
  paths: readonly string[],
  meta: DocumentMeta,
  author: string,
): Promise<AddedDocument[]> {
  const texts = await Promise.all(
    paths.map(async (path) => ({ path, rawText: await readTextFile(path) })),
  );
  const results: AddedDocument[] = [];
  for (const { path, rawText } of texts) {
    results.push(await addDocumentText(store, { ...meta, name: basename(path), rawText }, author));
  }
  return results;
}

export async function getDocument(store: Store, id: DocumentId): Promise<Document> {
  const document = await store.getDocument(id);
  if (!document) throw notFound(`no document ${id}`);
  return document;
}

/**
 * Every document, or with an agreement only those holding a claim in its scope; with `asOf`,
 * only those known then (published by then, or recorded by then without an earlier publication).
 */
export async function listDocuments(
  store: Store,
  agreement?: AgreementId,
  asOf?: string,
  parsed?: ParsedAgreements,
): Promise<readonly Document[]> {
  const scope =
    agreement === undefined ? undefined : await agreementScope(store, agreement, parsed);
  const documents = await store.listDocuments(scope);
  return asOf === undefined ? documents : documents.filter((d) => documentKnownBy(d, asOf));
}
