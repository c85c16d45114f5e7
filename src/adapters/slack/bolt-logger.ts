// Bolt and its clients log through @slack/logger's interface; this routes them into our pino logger, which
// redacts URLs and secrets. Bolt's own level switches are ignored: RELAYBOT_LOG_LEVEL decides.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../log.js';

export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack' });
  const line = (parts: unknown[]) => parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
  // Bolt logs whole request bodies at debug level: only format them when someone is listening.
  const debug = (msg: unknown[]) => {
    if (child.isLevelEnabled('debug')) child.debug(line(msg));
  };
  return {
    debug: (...msg: unknown[]) => debug(msg),
    info: (...msg: unknown[]) => debug(msg), // Bolt's "info" is chatty (every socket ping); keep it at debug.
    warn: (...msg: unknown[]) => child.warn(line(msg)),
    error: (...msg: unknown[]) => child.error(line(msg)),
    setLevel: () => undefined,
    getLevel: () => LogLevel.DEBUG,
    setName: () => undefined,
  };
}
