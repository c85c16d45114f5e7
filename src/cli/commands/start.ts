// `relaybot start` (`npm start`): runs the bot until SIGTERM/SIGINT (or `quit` at the terminal chat), then shuts
// it down gracefully and exits 0. Bad settings stop it before anything starts: each one is named on stderr and
// the exit code is 78 (EX_CONFIG), so a service manager does not restart it in a loop.
import { readEnv } from '../../config/env.js';
import { ConfigError } from '../../config/index.js';
import { shellLocale } from '../../adapters/shell/identity.js';
import { t } from '../../core/i18n.js';
import { startRelaybot, type RunningBot } from '../../main.js';
import { InstanceLockedError } from '../../store/instance-lock.js';
import { StartupProblem } from '../../wiring/startup-problem.js';

const EX_CONFIG = 78;
const EX_SOFTWARE = 70;
/** sysexits.h EX_TEMPFAIL: another bot has the data directory; starting again once it stops will work. */
const EX_TEMPFAIL = 75;

export async function run(args: string[]): Promise<number> {
  const env = readEnv();
  // The language the terminal chat will speak (RELAYBOT_LOCALE, else LC_ALL / LC_MESSAGES / LANG), so that a
  // refusal to start reads the same as everything after it.
  const locale = shellLocale(env);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${t(locale, 'start.usage')}\n`);
    return 0;
  }
  if (args.length > 0) {
    process.stderr.write(`${t(locale, 'start.unknownArgs', { args: args.join(' ') })}\n`);
    return 64;
  }

  let requestStop: () => void = () => undefined;
  const stopRequested = new Promise<void>((resolve) => {
    requestStop = resolve;
  });
  // Listening before start-up: a SIGTERM that arrives while the bot is still starting stops it right after.
  let signals = 0;
  const onSignal = () => {
    signals += 1;
    // A second Ctrl-C means "now": do not wait for the graceful path.
    if (signals > 1) process.exit(130);
    requestStop();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  const unlisten = () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  };

  let bot: RunningBot;
  try {
    bot = await startRelaybot({ env, onQuit: () => requestStop() });
  } catch (error) {
    unlisten();
    if (error instanceof ConfigError) {
      process.stderr.write(`${t(locale, 'start.badSettings')}\n`);
      for (const { setting, problem } of error.describe(locale)) process.stderr.write(`  ${t(locale, 'start.badSetting', { setting, problem })}\n`);
      return EX_CONFIG;
    }
    if (error instanceof StartupProblem) {
      // The data directory or the port: a setting to change (or something else to stop), not a bug to report.
      process.stderr.write(`${t(locale, error.key, error.params)}\n`);
      return EX_CONFIG;
    }
    if (error instanceof InstanceLockedError) {
      const key = error.pid === null ? 'start.alreadyRunningNoPid' : 'start.alreadyRunning';
      process.stderr.write(`${t(locale, key, { pid: error.pid ?? '', dataDir: error.dataDir })}\n`);
      return EX_TEMPFAIL;
    }
    process.stderr.write(`${t(locale, 'start.failed', { message: error instanceof Error ? error.message : String(error) })}\n`);
    return EX_SOFTWARE;
  }

  await stopRequested;
  const grace = bot.config.http.RELAYBOT_SHUTDOWN_GRACE_MS;
  const stopped = await Promise.race([
    bot.stop().then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), grace + 5_000).unref()),
  ]);
  unlisten();
  if (!stopped) {
    process.stderr.write(`${t(locale, 'start.stopTimedOut')}\n`);
    process.exit(1);
  }
  // Everything is closed; a library that still holds a handle must not keep the process alive past this.
  setTimeout(() => process.exit(0), 2_000).unref();
  return 0;
}
