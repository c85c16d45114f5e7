// POST /discord/interactions on the bot's HTTP server. Discord signs each request with Ed25519 over
// timestamp + raw body; anything unsigned or mis-signed gets 401 and changes nothing. The server keeps every
// JSON body's exact text as request.rawBody (http/raw-body.ts), which is what the signature covers.
import type { FastifyInstance } from 'fastify';
import { InteractionResponseType, type APIInteraction } from 'discord.js';
import type { Logger } from '../../log.js';
import type { DiscordInteractions, InteractionResponse } from './interactions.js';
import { discordPublicKey, isValidDiscordSignature } from './verify-signature.js';

export function mountDiscordInteractions(
  interactions: DiscordInteractions,
  publicKeyHex: string,
  logger: Logger,
  app: FastifyInstance,
): void {
  const key = discordPublicKey(publicKeyHex);
  app.post('/discord/interactions', async (request, reply) => {
    const raw = request.rawBody === null ? null : Buffer.from(request.rawBody, 'utf8');
    const signature = request.headers['x-signature-ed25519'];
    const timestamp = request.headers['x-signature-timestamp'];
    if (!raw || !isValidDiscordSignature(key, String(signature ?? ''), String(timestamp ?? ''), raw)) {
      return reply.code(401).send({ error: 'invalid request signature' });
    }
    const interaction = request.body as APIInteraction;
    if (!interaction || typeof interaction !== 'object' || typeof (interaction as { type?: unknown }).type !== 'number') {
      return reply.code(400).send({ error: 'not an interaction' });
    }
    // The first answer goes back as this request's response; follow-ups (edits of the deferred answer) are
    // sent only once Discord has that response, hence waiting for 'finish'.
    await new Promise<void>((routeDone) => {
      const respond = (response: InteractionResponse) =>
        new Promise<void>((sent) => {
          reply.raw.once('finish', () => sent());
          reply.code(200).send(response);
          routeDone();
        });
      interactions.handle(interaction, respond).catch((error: unknown) => {
        logger.error({ err: error, interaction: interaction.id }, 'discord interaction failed before answering');
        if (!reply.sent) {
          reply.code(200).send({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: 64 } });
          routeDone();
        }
      });
    });
    return reply;
  });
}
