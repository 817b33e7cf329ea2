import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The seed report is not ours: it is read from the shared folder beside the repository, never
// copied. Only `npm run test:seed` reads it; `npm test` needs nothing outside the repository.
export const SEED_DIR = fileURLToPath(new URL('../../../shared/seed/', import.meta.url));

/** The path of the seed report; throws, loudly, when the folder is not beside the repository. */
export function seedReportPath(): string {
  if (!existsSync(SEED_DIR)) {
    throw new Error(
      `the seed report folder is missing: npm run test:seed expects ../shared/seed/ beside the repository (looked in ${SEED_DIR})`,
    );
  }
  const file = readdirSync(SEED_DIR).find((f) => f.endsWith('.txt'));
  if (file === undefined) throw new Error(`no .txt report in ${SEED_DIR}`);
  return join(SEED_DIR, file);
}

export const readSeedReport = (): string => readFileSync(seedReportPath(), 'utf8');
