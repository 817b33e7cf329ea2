import { userInfo } from 'node:os';

/** Who is recording: TRUCE_AUTHOR when set (servers, scripts), else the login name. */
export function defaultAuthor(): string {
  const fromEnv = process.env['TRUCE_AUTHOR']?.trim();
  if (fromEnv) return fromEnv;
  try {
    return userInfo().username || 'analyst';
  } catch {
    return 'analyst';
  }
}
