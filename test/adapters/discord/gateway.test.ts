// Gateway mode: no public URL; discord.js logs in over the WebSocket and interactions reach the same handlers,
// answered through the interaction callback route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayStandin, type GatewayStandin } from '../../support/discord-gateway-standin.js';
import { APP_ID, BOT_TOKEN, commandInteraction, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

let gateway: GatewayStandin;
let h: DiscordHarness;
beforeAll(async () => {
  gateway = await startGatewayStandin({ id: APP_ID, botUserId: '777777777777777777' });
  h = await startDiscordHarness({ RELAYBOT_DISCORD_GATEWAY: '1', DISCORD_PUBLIC_KEY: '' }, { gatewayUrl: gateway.url });
});
afterAll(async () => {
  await h.close();
  await gateway.close();
});

describe('Discord gateway mode', () => {
  it('identifies with the bot token and answers interactions through the callback route', async () => {
    expect((await gateway.identified).token).toBe(BOT_TOKEN);
    const interaction = commandInteraction('new', [{ name: 'command', value: 'https://media.example.com/vod/a.mp4 to live/gw tomorrow 9pm for 1h' }]) as {
      id: string;
      token: string;
    };
    gateway.dispatch('INTERACTION_CREATE', interaction);
    const callback = await waitFor(
      () => h.discord.calls.find((c) => c.path === `/interactions/${interaction.id}/${interaction.token}/callback`),
      'the interaction callback',
    );
    const body = callback.body as { type: number; data: { flags: number; components: { components: { custom_id: string }[] }[] } };
    expect(body.type).toBe(4);
    expect(body.data.flags & 64).toBe(64);
    expect(body.data.components[0]!.components.map((b) => b.custom_id.split(':')[1])).toEqual(['confirm', 'cancel']);
  });

  it('has no HTTP interactions endpoint to attack', async () => {
    expect((await h.interact({ type: 1 })).status).toBe(404);
  });
});
