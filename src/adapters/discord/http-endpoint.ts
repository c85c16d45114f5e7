// POST /discord/interactions on the bot's HTTP server. Discord signs each request with Ed25519 over
// timestamp + raw body; anything unsigned or mis-signed gets 401 and changes nothing. The body must stay raw
// until verified, so this plugin parses JSON itself (its parser is scoped to this plugin's routes only).
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { InteractionResponseType, type APIInteraction } from 'discord.js';
import type { Logger } from '../../log.js';
import type { DiscordInteractions, InteractionResponse } from './interactions.js';
import { discordPublicKey, isValidDiscordSignature } from './verify-signature.js';

const MAX_BODY_BYTES = 256 * 1024;

export function discordInteractionsEndpoint(
  interactions: DiscordInteractions,
  publicKeyHex: string,
  logger: Logger,
): FastifyPluginAsync {
  const key = discordPublicKey(publicKeyHex);
  return async (app: FastifyInstance) => {
    app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES }, (_request, body, done) =>
      done(null, body),
    );
    app.post('/discord/interactions', async (request, reply) => {
      const raw = request.body as Buffer;
      const signature = request.headers['x-signature-ed25519'];
      const timestamp = request.headers['x-signature-timestamp'];
      if (!Buffer.isBuffer(raw) || !isValidDiscordSignature(key, String(signature ?? ''), String(timestamp ?? ''), raw)) {
        return reply.code(401).send({ error: 'invalid request signature' });
      }
      let interaction: APIInteraction;
      try {
        interaction = JSON.parse(raw.toString('utf8')) as APIInteraction;
      } catch {
        return reply.code(400).send({ error: 'malformed JSON' });
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
  };
}
