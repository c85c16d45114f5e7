// The Discord adapter: interactions over HTTP (mounted on the bot's server) or the gateway, and a Notifier
// that posts task news through the REST API.
import type { FastifyInstance } from 'fastify';
import type { Client } from 'discord.js';
import type { DiscordSettings } from '../../config/discord.js';
import type { ChatCommands } from '../../core/chat-commands.js';
import type { PreferenceStore } from '../../core/ports.js';
import type { TaskServiceApi } from '../../core/task-service-api.js';
import type { Logger } from '../../log.js';
import { connectDiscordGateway } from './gateway.js';
import { mountDiscordInteractions } from './http-endpoint.js';
import { DiscordInteractions } from './interactions.js';
import { DiscordNotifier } from './notifier.js';
import { createDiscordRest } from './rest-client.js';

export interface StartDiscordOptions {
  settings: DiscordSettings;
  commands: ChatCommands;
  tasks: TaskServiceApi;
  prefs: PreferenceStore;
  defaultTimeZone: string;
  logger: Logger;
  /** The bot's HTTP server (before it listens), which keeps raw bodies for signature checks. */
  http: FastifyInstance;
}

export interface RunningDiscord {
  notifier: DiscordNotifier;
  interactions: DiscordInteractions;
  stop(): Promise<void>;
}

export async function startDiscord(options: StartDiscordOptions): Promise<RunningDiscord> {
  const { settings, logger } = options;
  const rest = createDiscordRest(settings);
  const notifier = new DiscordNotifier(rest, logger);
  const interactions = new DiscordInteractions({ ...options, rest, notifier });
  let client: Client | null = null;
  if (settings.gateway) {
    client = await connectDiscordGateway(settings, interactions, rest, logger);
    logger.info('discord: connected over the gateway');
  } else {
    mountDiscordInteractions(interactions, settings.publicKey!, logger, options.http);
    logger.info('discord: interactions endpoint at POST /discord/interactions');
  }
  return {
    notifier,
    interactions,
    async stop() {
      await client?.destroy();
    },
  };
}
