import { readFile, stat } from 'node:fs/promises';
import { badInput, notFound } from '../core/errors.js';

/** Reports larger than this are refused: no news article or statement comes near it. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a UTF-8 text file, refusing with one clear sentence a missing, unreadable, oversized
 * or binary file (a NUL byte or invalid UTF-8).
 */
export async function readTextFile(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw badInput(`${path} is not a file`);
    size = info.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notFound(`no such file: ${path}`);
    if ((error as NodeJS.ErrnoException).code === 'EACCES')
      throw badInput(`cannot read ${path}: permission denied`);
    throw error;
  }
  if (size > MAX_FILE_BYTES) {
    throw badInput(
      `${path} is ${Math.round(size / 1024 / 1024)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    );
  }
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw badInput(`cannot read ${path}: ${error.code ?? error.message}`);
  });
  return decodeText(bytes, path);
}

/** Decodes UTF-8, refusing binary content; `name` says what it was in the message. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0))
    throw badInput(
      `${name} looks like a binary file (it contains NUL bytes); expected text or HTML`,
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw badInput(`${name} is not valid UTF-8 text`);
  }
}
