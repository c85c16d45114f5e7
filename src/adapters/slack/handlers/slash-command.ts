// `/relay …`: answered inside the acknowledgement itself whenever core is quick (the usual case: parsing is
// local), so the preview appears at once; a slow verb (status asks the provider) is acknowledged empty and
// answered through the response_url.
import type { ReplyDocument } from '../../../core/reply.js';
import { renderDocument } from '../block-kit.js';
import { buildRelayForm } from '../relay-form.js';
import { ANSWER_INLINE_WITHIN_MS, contextFor, safely, type SlackDeps } from '../outcomes.js';
import type { SlackRouter } from '../router.js';
import { within } from '../within.js';
import { present } from './present.js';

export const SLASH_COMMAND = '/relay';

export function registerSlashCommand(router: SlackRouter, deps: SlackDeps): void {
  router.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    const answerBy = Date.now() + ANSWER_INLINE_WITHIN_MS;
    const ctx = await contextFor(deps, {
      userId: command.user_id,
      userName: command.user_name,
      teamId: command.team_id,
      channelId: command.channel_id,
      requestKey: command.trigger_id,
    });
    const text = command.text.trim();
    // Past the receiver's deadline Slack already has its (empty) answer: an ack then has nothing left to do.
    const ackEmpty = () => ack().catch(() => undefined);
    if (!text) {
      await ackEmpty();
      await client.views.open({ trigger_id: command.trigger_id, view: buildRelayForm(ctx.locale, { channelId: command.channel_id }) });
      return;
    }
    const pending = safely(deps, ctx.locale, () => deps.commands.handle(text, ctx));
    const quick = await within(pending, Math.max(0, answerBy - Date.now()));
    let acked = false;
    const show = async (doc: ReplyDocument) => {
      const message = { response_type: 'ephemeral' as const, ...renderDocument(doc) };
      if (acked) return void (await respond(message));
      acked = true;
      // A slow profile lookup can push us past the receiver's deadline: then the response_url still works.
      await ack(message).catch(() => respond(message));
    };
    // Only a document can ride on the acknowledgement; anything else (a post, a modal) follows it.
    const inline = quick?.kind === 'reply' || quick?.kind === 'preview';
    if (!inline) {
      acked = true;
      await ackEmpty();
    }
    await present(deps, quick ?? (await pending), ctx, { show, triggerId: command.trigger_id, client });
  });
}
