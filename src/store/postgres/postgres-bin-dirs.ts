import { readdir } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

/** Where PostgreSQL's programs may be: PATH, then Debian's versioned folders, newest first. */
export async function postgresBinDirs(): Promise<string[]> {
  const onPath = (process.env['PATH'] ?? '').split(delimiter).filter(Boolean);
  const debian = await readdir('/usr/lib/postgresql')
    .then((versions) =>
      versions
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => join('/usr/lib/postgresql', version, 'bin')),
    )
    .catch(() => []);
  return [...onPath, ...debian];
}
