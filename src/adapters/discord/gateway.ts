// Gateway mode (RELAYBOT_DISCORD_GATEWAY=1): no public URL needed. discord.js's Client receives interactions
// over the WebSocket; the raw payload goes to the same handler as the HTTP endpoint, and the first answer is
// sent through the interaction callback route instead of an HTTP response.
import { Client, GatewayIntentBits, Routes, type APIInteraction, type REST } from 'discord.js';
import type { Logger } from '../../log.js';
import type { DiscordSettings } from '../../config/discord.js';
import type { DiscordInteractions } from './interactions.js';

export async function connectDiscordGateway(
  settings: DiscordSettings,
  interactions: DiscordInteractions,
  rest: REST,
  logger: Logger,
): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: settings.apiUrl } });
  client.on('raw', (packet: { t?: string; d?: unknown }) => {
    if (packet.t !== 'INTERACTION_CREATE') return;
    const interaction = packet.d as APIInteraction;
    const respond = async (response: object) => {
      await rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: response, auth: false });
    };
    interactions.handle(interaction, respond).catch((error: unknown) => {
      logger.error({ err: error, interaction: interaction.id }, 'discord gateway interaction failed');
    });
  });
  await client.login(settings.botToken);
  return client;
}
