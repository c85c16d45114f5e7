// `/relay …`: answered inside the acknowledgement itself whenever core is quick (the usual case: parsing is
// local), so the preview appears at once; a slow verb (status asks the provider) is acknowledged empty and
// answered through the response_url.
import type { App } from '@slack/bolt';
import { renderDocument } from '../block-kit.js';
import { buildRelayForm } from '../relay-form.js';
import { ANSWER_INLINE_WITHIN_MS, contextFor, safely, within, type SlackDeps } from '../outcomes.js';
import { present } from './present.js';

export const SLASH_COMMAND = '/relay';

export function registerSlashCommand(app: App, deps: SlackDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    const ctx = await contextFor(deps, {
      userId: command.user_id,
      userName: command.user_name,
      teamId: command.team_id,
      channelId: command.channel_id,
      requestKey: command.trigger_id,
    });
    const text = command.text.trim();
    if (!text) {
      await ack();
      await client.views.open({ trigger_id: command.trigger_id, view: buildRelayForm(ctx.locale, { channelId: command.channel_id }) });
      return;
    }
    const pending = safely(deps, ctx.locale, () => deps.commands.handle(text, ctx));
    const quick = await within(pending, ANSWER_INLINE_WITHIN_MS);
    let acked = false;
    const show = async (doc: Parameters<typeof renderDocument>[0]) => {
      const message = { response_type: 'ephemeral' as const, ...renderDocument(doc) };
      if (acked) await respond(message);
      else {
        acked = true;
        await ack(message);
      }
    };
    // Only a document can ride on the acknowledgement; anything else (a post, a modal) follows it.
    const inline = quick?.kind === 'reply' || quick?.kind === 'preview';
    if (!inline) {
      acked = true;
      await ack();
    }
    await present(deps, quick ?? (await pending), ctx, { show, triggerId: command.trigger_id, client });
  });
}
