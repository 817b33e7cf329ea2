import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { badInput } from '../core/errors.js';

/** Why a file cannot be written there, by system error code, in a sentence that says what to do. */
const CANNOT_WRITE: Readonly<Record<string, (path: string) => string>> = {
  EISDIR: (path) => `${path} is a folder; give a file name inside it`,
  ENOENT: (path) => `the folder for ${path} does not exist; create it first`,
  ENOTDIR: (path) => `part of ${path} is a file, not a folder`,
  EACCES: (path) => `this user may not write ${path}`,
  EROFS: (path) => `${path} is on a read-only file system`,
  ENOSPC: (path) => `the disk is full; ${path} was not written`,
};

/**
 * Writes a command's output (text, or a stream of it) to a file, refusing in one sentence a
 * place it cannot go. A stream that fails part-way leaves no half-written file behind.
 */
export async function writeOutputFile(
  path: string,
  content: string | NodeJS.ReadableStream,
): Promise<void> {
  const source = typeof content === 'string' ? Readable.from([content]) : content;
  let opened = false;
  const file = createWriteStream(path).once('open', () => (opened = true));
  try {
    await pipeline(source, file);
  } catch (error) {
    const explain = CANNOT_WRITE[(error as NodeJS.ErrnoException).code ?? ''];
    if (opened) await unlink(path).catch(() => undefined);
    throw explain ? badInput(explain(path)) : error;
  }
}
