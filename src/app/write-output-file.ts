import { writeFile } from 'node:fs/promises';
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

/** Writes a command's output to a file, refusing in one sentence a place it cannot go. */
export async function writeOutputFile(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (error) {
    const explain = CANNOT_WRITE[(error as NodeJS.ErrnoException).code ?? ''];
    throw explain ? badInput(explain(path)) : error;
  }
}
