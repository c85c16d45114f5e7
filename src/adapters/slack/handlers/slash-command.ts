// `/relay …`: answered inside the acknowledgement itself whenever core is quick (the usual case: parsing is
// local), so the preview appears at once; a slow verb (status asks the provider) is acknowledged empty and
// answered through the response_url. A command that reads times waits for the user's own zone the same way:
// when Slack's profile is late, the answer follows through the response_url once it is in (zone-gate.ts).
import { t } from '../../../core/i18n.js';
import type { ReplyDocument } from '../../../core/reply.js';
import { renderDocument } from '../block-kit.js';
import type { SlackOrigin } from '../chat-context.js';
import { buildRelayForm } from '../relay-form.js';
import { ANSWER_INLINE_WITHIN_MS, errorDoc, readerFor, safely, slackErrorCode, type SlackDeps } from '../outcomes.js';
import type { SlackRouter } from '../router.js';
import { PROFILE_LATE_WAIT_MS } from '../user-profile.js';
import { within } from '../within.js';
import { present } from './present.js';
import { slashCommandText } from '../slash-text.js';
import { readsTimes, zoneIsKnown, zoneUnknownDocument } from './zone-gate.js';

export const SLASH_COMMAND = '/relay';

export function registerSlashCommand(router: SlackRouter, deps: SlackDeps): void {
  router.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    const answerBy = Date.now() + ANSWER_INLINE_WITHIN_MS;
    const origin: SlackOrigin = {
      userId: command.user_id,
      userName: command.user_name,
      teamId: command.team_id,
      channelId: command.channel_id,
      requestKey: command.trigger_id,
    };
    let reader = await readerFor(deps, origin);
    const text = slashCommandText(command.text);
    // Past the receiver's deadline Slack already has its (empty) answer: an ack then has nothing left to do.
    const ackEmpty = () => ack().catch(() => undefined);
    let acked = false;
    const show = async (doc: ReplyDocument) => {
      const message = { response_type: 'ephemeral' as const, ...renderDocument(doc) };
      if (acked) return void (await respond(message));
      acked = true;
      // A slow profile lookup can push us past the receiver's deadline: then the response_url still works.
      await ack(message).catch(() => respond(message));
    };
    if (!text) {
      acked = true;
      await ackEmpty();
      try {
        await client.views.open({ trigger_id: command.trigger_id, view: buildRelayForm(reader.ctx.locale, { channelId: command.channel_id }) });
      } catch (error) {
        // An expired trigger (Slack allows 3 s) or a refused view: the user still hears why nothing opened.
        deps.logger.warn({ err: error, code: slackErrorCode(error) }, 'slack: could not open the new-relay form');
        await show(errorDoc(reader.ctx.locale, t(reader.ctx.locale, 'slack.error.formNotOpened')));
      }
      return;
    }
    if (readsTimes(text) && !zoneIsKnown(reader)) {
      // Never read a broadcast time in a guessed zone: Slack gets its acknowledgement now, the user the answer
      // once the profile is in (a failed lookup is tried once more), or a request to set the zone.
      acked = true;
      await ackEmpty();
      reader = await readerFor(deps, origin, PROFILE_LATE_WAIT_MS);
      if (!zoneIsKnown(reader)) return show(zoneUnknownDocument(reader));
    }
    const { ctx } = reader;
    const pending = safely(deps, ctx.locale, () => deps.commands.handle(text, ctx));
    const quick = acked ? undefined : await within(pending, Math.max(0, answerBy - Date.now()));
    // Only a document can ride on the acknowledgement; anything else (a post, a modal) follows it.
    const inline = quick?.kind === 'reply' || quick?.kind === 'preview';
    if (!inline && !acked) {
      acked = true;
      await ackEmpty();
    }
    await present(deps, quick ?? (await pending), ctx, { show, triggerId: command.trigger_id, client });
  });
}
