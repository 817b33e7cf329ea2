import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { badInput, notFound } from '../../core/errors.js';
import type { OpenMode } from '../migrate-schema.js';

/** The database file inside a data directory. */
export const DATABASE_FILE = 'truce.sqlite';
/** Says "this directory is Truce's", and in which layout. */
export const MARKER_FILE = 'truce.json';
const MARKER = { format: 'truce-data', version: 1 } as const;

/**
 * Makes sure `dir` is a Truce data directory and returns its database file. `init` creates
 * the directory or adopts an empty one; `open` wants one that `init` made. A directory with
 * other things in it and no marker is never touched.
 */
export async function prepareDataDir(dir: string, mode: OpenMode): Promise<string> {
  const names = await listDir(dir);
  const file = join(dir, DATABASE_FILE);
  if (names.includes(MARKER_FILE)) {
    await checkMarker(dir);
  } else if (names.length > 0) {
    throw badInput(
      `${dir} is not a Truce data directory: it is not empty and has no ${MARKER_FILE}; choose an empty or new directory`,
    );
  } else if (mode === 'init') {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, MARKER_FILE), `${JSON.stringify(MARKER, null, 2)}\n`);
    return file;
  }
  if (mode === 'open' && !names.includes(DATABASE_FILE)) {
    throw notFound(`there is no Truce data directory at ${dir} yet; run \`truce init\` first`);
  }
  return file;
}

/** The directory's entries; none when it does not exist. */
async function listDir(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    if (code === 'ENOTDIR') throw badInput(`${dir} is a file, not a data directory`);
    throw error;
  }
}

async function checkMarker(dir: string): Promise<void> {
  const path = join(dir, MARKER_FILE);
  let marker: unknown;
  try {
    marker = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw badInput(`${dir} is not a Truce data directory: ${MARKER_FILE} is not Truce's`);
  }
  const { format, version } = (marker ?? {}) as { format?: unknown; version?: unknown };
  if (format !== MARKER.format || typeof version !== 'number') {
    throw badInput(`${dir} is not a Truce data directory: ${MARKER_FILE} is not Truce's`);
  }
  if (version > MARKER.version) {
    throw badInput(
      `${dir} was written by a newer version of Truce (data directory version ${version}; this version knows up to ${MARKER.version}); upgrade Truce to open it`,
    );
  }
}
