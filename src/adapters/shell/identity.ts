// Who is typing in the terminal: the OS user, their language (RELAYBOT_LOCALE, else LANG/LC_ALL) and zone
// (their saved `tz`, else RELAYBOT_DEFAULT_TZ, else the machine's).
import { userInfo } from 'node:os';
import { resolveLocale, type Locale } from '../../core/i18n.js';
import type { Actor } from '../../core/task.js';

export const SHELL_PLATFORM = 'shell';
/** The terminal is one channel: tasks created here call it home. */
export const SHELL_CHANNEL = 'terminal';

export function shellActor(env: NodeJS.ProcessEnv = process.env): Actor {
  let name = env.USER ?? env.LOGNAME ?? 'operator';
  try {
    name = userInfo().username || name;
  } catch {
    // No passwd entry (some containers): the environment's name will do.
  }
  return { platform: SHELL_PLATFORM, userId: name, displayName: name };
}

/** "zh_CN.UTF-8" → zh-CN, "en_US.UTF-8" → en; RELAYBOT_LOCALE wins over the POSIX variables. */
export function shellLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  // An empty variable counts as unset, as POSIX locale lookup treats it (`RELAYBOT_LOCALE=` in a .env file).
  const tag = [env.RELAYBOT_LOCALE, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  return resolveLocale(tag?.split('.')[0]?.split('@')[0]);
}

/** The machine's zone, as Intl sees it (TZ included). */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
