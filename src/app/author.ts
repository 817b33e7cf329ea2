import { userInfo } from 'node:os';
import { UserName } from '../core/accounts/user.js';
import { badInput } from '../core/errors.js';

/**
 * Who is recording on a local store: `--author` when given, else TRUCE_AUTHOR (servers,
 * scripts), else the login name. A name given must be a user name, as a server's entries
 * record them, so no name can carry a terminal escape into `truce log`.
 */
export function recordingAuthor(given: string | undefined, env = process.env): string {
  const fromEnv = env['TRUCE_AUTHOR']?.trim();
  const [named, from] = given !== undefined ? [given, '--author'] : [fromEnv, 'TRUCE_AUTHOR'];
  if (named) {
    const parsed = UserName.safeParse(named);
    if (!parsed.success) {
      throw badInput(`${from} ${JSON.stringify(named)}: ${parsed.error.issues[0]?.message}`);
    }
    return named;
  }
  return loginName();
}

/** The login name when it would do as a user name; else a plain stand-in. */
function loginName(): string {
  try {
    const { username } = userInfo();
    return UserName.safeParse(username).success ? username : 'analyst';
  } catch {
    return 'analyst';
  }
}
