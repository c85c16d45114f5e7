// The bot's own upkeep of its tasks, for what no provider event will ever tell it: paused tasks whose end time has
// passed (TaskService.endPausedPastEnd), creates whose answer was lost and that nobody finished
// (TaskService.settleUnconfirmed), and relays the provider has said nothing about minutes after their start
// (TaskService.checkUnheardStarts). It looks once at start-up, for what happened while the bot was down, and then
// every minute, on a node-cron schedule (one look at a time; a look that fails is logged and the next one tries
// again). Only the bot process runs it: a CLI process makes no schedule.
import cron, { type ScheduledTask } from 'node-cron';
import type { TaskService } from '../core/task-service.js';
import type { Logger } from '../log.js';

/** Every minute: a paused relay's end is shown within a minute of it. */
export const UPKEEP_SCHEDULE = '* * * * *';

export interface Upkeep {
  /** One look now (the schedule's own, and what tests drive); joins a look already under way. */
  lookOnce(): Promise<void>;
  stop(): Promise<void>;
}

export function startUpkeep(tasks: Pick<TaskService, 'endPausedPastEnd' | 'settleUnconfirmed' | 'checkUnheardStarts'>, logger: Logger, schedule = UPKEEP_SCHEDULE): Upkeep {
  const log = logger.child({ part: 'upkeep' });
  const look = async () => {
    try {
      const ended = tasks.endPausedPastEnd();
      if (ended.length > 0) log.info({ tasks: ended.map((task) => task.id) }, 'paused tasks past their end time ended');
      const settled = await tasks.settleUnconfirmed();
      if (settled.length > 0) log.info({ tasks: settled.map((task) => `${task.id}:${task.state}`) }, 'unconfirmed creates settled');
      const unheard = await tasks.checkUnheardStarts();
      if (unheard.length > 0) log.warn({ tasks: unheard.map((task) => `${task.id}:${task.state}`) }, 'relays the provider said nothing about since their start');
    } catch (error) {
      log.error({ err: error }, 'upkeep look failed; the next one tries again');
    }
  };
  // The start-up look and the schedule's may meet (a slow provider): one at a time.
  let running: Promise<void> | null = null;
  const lookOnce = () => {
    running ??= look().finally(() => {
      running = null;
    });
    return running;
  };
  void lookOnce();
  const job: ScheduledTask = cron.schedule(schedule, lookOnce, {
    name: 'relaybot-upkeep',
    noOverlap: true,
    // node-cron's own messages (a missed run after a stall) go to the bot's log, not to the console.
    logger: {
      info: (message) => log.debug(message),
      warn: (message) => log.warn(message),
      error: (message, err) => log.error({ err: err ?? message }, 'node-cron'),
      debug: (message) => log.debug({ detail: String(message) }, 'node-cron'),
    },
  });
  return {
    lookOnce,
    stop: async () => {
      await job.destroy();
      // A look under way finishes before the store it writes to closes.
      await running;
    },
  };
}
