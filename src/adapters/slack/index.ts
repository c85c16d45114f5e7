// Slack adapter entry point: a Bolt app on the shared HTTP server (POST /slack/events) or over Socket Mode,
// wired to core's ChatCommands, and the Notifier through which task news reaches Slack.
import { App, SocketModeReceiver, webApi, type Receiver } from '@slack/bolt';
import type { FastifyInstance } from 'fastify';
import type { SlackConfig } from '../../config/slack.js';
import type { ChatCommands } from '../../core/chat-commands.js';
import type { Notifier } from '../../core/notifier.js';
import type { PreferenceStore } from '../../core/ports.js';
import type { Logger } from '../../log.js';
import { boltLogger } from './bolt-logger.js';
import { FastifyReceiver } from './fastify-receiver.js';
import { registerAppHome } from './handlers/app-home.js';
import { registerButtons } from './handlers/buttons.js';
import { registerRelayForm } from './handlers/form.js';
import { registerSlashCommand } from './handlers/slash-command.js';
import { createSlackNotifier, type SlackNotifier } from './notifier.js';
import type { SlackDeps } from './outcomes.js';
import { SlackPermissions } from './permissions.js';
import { SlackRouter } from './router.js';
import { StatusMessages } from './status-messages.js';
import { UserProfiles } from './user-profile.js';

export interface StartSlackOptions {
  settings: SlackConfig;
  commands: ChatCommands;
  prefs: PreferenceStore;
  /** The shared HTTP server, before it listens (HTTP mode only; Socket Mode needs no route). */
  http?: Pick<FastifyInstance, 'register'>;
  logger: Logger;
  /** Zone for users whose Slack profile has none (RELAYBOT_DEFAULT_TZ). */
  defaultTimeZone?: string;
}

export interface SlackAdapter {
  notifier: Notifier;
  stop(): Promise<void>;
}

export async function startSlack(options: StartSlackOptions): Promise<SlackAdapter> {
  const { settings, logger } = options;
  if (!settings.botToken) throw new Error('slack: SLACK_BOT_TOKEN is not set');
  const identity = await whoAmI(settings.botToken, settings.apiUrl, logger);
  const receiver = createReceiver(options);
  const app = new App({
    token: settings.botToken,
    // Known already: Bolt would otherwise call auth.test on its own, and an unhandled failure there is fatal.
    botId: identity.botId,
    botUserId: identity.botUserId,
    receiver,
    logger: boltLogger(logger),
    convoStore: false,
    // Handlers talk to Slack while a user waits: one quick retry, never a long back-off.
    clientOptions: { slackApiUrl: settings.apiUrl, timeout: 5_000, retryConfig: { retries: 1, minTimeout: 100, maxTimeout: 500 } },
  });
  // One notifier for delivery and the handlers alike: a status message's re-post is made once per notifier, and
  // both may ask for it at the same moment (delivery/reposts-in-flight.ts).
  const notifier = createSlackNotifier(settings, logger);
  const deps = buildDeps(app.client, notifier, options);
  const router = new SlackRouter();
  registerSlashCommand(router, deps);
  registerButtons(router, deps);
  registerRelayForm(router, deps);
  registerAppHome(router, deps);
  router.attach(app);
  app.error(async (error) => {
    logger.error({ err: error }, 'slack: unhandled error in a listener');
  });
  await app.start();
  logger.info({ mode: settings.mode }, 'slack: adapter started');

  return {
    notifier,
    stop: () => app.stop().then(() => undefined),
  };
}

/** Checks the bot token once at start-up, so a wrong one stops the bot with a message naming it. */
async function whoAmI(botToken: string, apiUrl: string, logger: Logger): Promise<{ botId: string; botUserId: string }> {
  const client = new webApi.WebClient(botToken, { slackApiUrl: apiUrl, timeout: 10_000, retryConfig: { retries: 2 }, logger: boltLogger(logger) });
  try {
    const answer = await client.auth.test();
    if (!answer.bot_id || !answer.user_id) throw new Error('not a bot token');
    return { botId: answer.bot_id, botUserId: answer.user_id };
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message;
    throw new Error(`slack: Slack refused SLACK_BOT_TOKEN (${code}); use the app's Bot User OAuth Token (xoxb-…)`, { cause: error });
  }
}

function createReceiver(options: StartSlackOptions): Receiver {
  const { settings, logger } = options;
  if (settings.mode === 'socket') {
    return new SocketModeReceiver({
      appToken: settings.appToken!,
      logger: boltLogger(logger),
      installerOptions: { clientOptions: { slackApiUrl: settings.apiUrl } },
    });
  }
  if (!settings.signingSecret) throw new Error('slack: SLACK_SIGNING_SECRET is not set');
  if (!options.http) throw new Error('slack: HTTP mode needs the shared HTTP server');
  const receiver = new FastifyReceiver({ signingSecret: settings.signingSecret, logger });
  receiver.mount(options.http);
  return receiver;
}

function buildDeps(client: webApi.WebClient, notifier: SlackNotifier, options: StartSlackOptions): SlackDeps {
  const defaultZone = options.defaultTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    commands: options.commands,
    profiles: new UserProfiles(client, options.prefs, defaultZone, options.logger),
    permissions: new SlackPermissions(options.settings, client, options.logger),
    statuses: new StatusMessages(notifier, options.commands, options.logger),
    logger: options.logger,
  };
}
