import { accessSync, constants } from 'node:fs';
import { badInput, unavailable } from '../core/errors.js';

/**
 * Where a system Chromium is looked for, in order, when neither `--chromium` nor
 * TRUCE_CHROMIUM names one. A list, so a packager can add the path of their distribution.
 */
export const CHROMIUM_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const runnable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The Chromium to print with: the one asked for (which must exist), else the first of
 * CHROMIUM_PATHS installed. Never a downloaded browser: the machine's own.
 */
export function findChromium(
  asked: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  paths: readonly string[] = CHROMIUM_PATHS,
): string {
  const explicit = asked ?? env['TRUCE_CHROMIUM'];
  if (explicit !== undefined && explicit !== '') {
    if (runnable(explicit)) return explicit;
    throw badInput(
      `no runnable browser at ${explicit}; give the path of a Chromium or Chrome executable to --chromium (or TRUCE_CHROMIUM)`,
    );
  }
  const found = paths.find(runnable);
  if (found === undefined)
    throw unavailable(
      'no Chromium found to print the report: install it (apt-get install chromium) or give its path with --chromium PATH',
    );
  return found;
}
