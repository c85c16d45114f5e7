// Buttons: Confirm/Cancel on a preview (ephemeral), Stop/Restart/Show on status and alarm messages. Acked
// first (Slack's 3 s), then answered through the response_url: a confirmed preview disappears once the status
// message is in the channel; a cancelled one is replaced by core's answer; the rest reply to the clicker only.
import type { ChatOutcome } from '../../../core/chat-commands.js';
import { ACTION_ID_PATTERN, parseActionId, renderDocument } from '../block-kit.js';
import { buildRelayForm } from '../relay-form.js';
import { contextFor, safely, type SlackDeps } from '../outcomes.js';
import type { SlackRouter } from '../router.js';
import { openRelayForm } from './open-form.js';
import { present } from './present.js';

export const OPEN_FORM_ACTION_ID = 'relay_open_form';

/**
 * The channel whose permission a click needs: where it was pressed, except for Stop / Restart pressed by a relay's
 * creator away from the relay's channel (the alarm the bot sent them by direct message when that channel refused it,
 * or the App Home), which act as in the relay's own channel. With SLACK_ALLOWED_CHANNELS set, the one message that
 * reached the creator could not act otherwise.
 */
function permissionChannel(deps: SlackDeps, verb: string, value: string, userId: string, pressedIn: string | undefined): { channelId?: string } {
  const inPlace = pressedIn ? { channelId: pressedIn } : {};
  if (verb !== 'stop' && verb !== 'restart') return inPlace;
  const origin = deps.commands.taskOrigin(value);
  const ownRelay = origin?.home?.platform === 'slack' && origin.createdBy.platform === 'slack' && origin.createdBy.userId === userId;
  return ownRelay && origin.home!.channelId !== pressedIn ? { channelId: origin.home!.channelId } : inPlace;
}

export function registerButtons(router: SlackRouter, deps: SlackDeps): void {
  router.action(ACTION_ID_PATTERN, async ({ ack, body, action, respond, client }) => {
    await ack();
    const verb = parseActionId(action.action_id);
    const value = action.value ?? '';
    if (!verb || !value) return;
    const ctx = await contextFor(deps, {
      userId: body.user.id,
      userName: body.user.name,
      ...(body.team?.id ? { teamId: body.team.id } : {}),
      ...permissionChannel(deps, verb, value, body.user.id, body.channel?.id),
      requestKey: body.trigger_id,
    });
    const outcome: ChatOutcome = await safely(deps, ctx.locale, () => {
      switch (verb) {
        case 'confirm':
          return deps.commands.confirm(value, ctx);
        case 'cancel':
          return deps.commands.cancel(value, ctx);
        default:
          return deps.commands.action(verb, value, ctx);
      }
    });
    const onPreview = verb === 'confirm' || verb === 'cancel';
    let shown = false;
    await present(deps, outcome, ctx, {
      client,
      triggerId: body.trigger_id,
      ...(verb === 'confirm' ? { confirmedPreview: value } : {}),
      show: async (doc) => {
        shown = true;
        // Clicks in the App Home come without a response_url: the answer goes to the app's DM with the user.
        if (body.response_url) await respond({ response_type: 'ephemeral', replace_original: onPreview, ...renderDocument(doc) });
        else await client.chat.postMessage({ channel: body.user.id, ...renderDocument(doc) });
      },
    });
    // The status message now stands in the channel: the preview's buttons must not be pressed again.
    if (outcome.kind === 'created' && onPreview && !shown && body.response_url) await respond({ delete_original: true });
  });

  router.action(OPEN_FORM_ACTION_ID, async ({ ack, body, client }) => {
    await ack();
    const ctx = await contextFor(deps, { userId: body.user.id, requestKey: body.trigger_id });
    await openRelayForm(deps, client, { userId: body.user.id, locale: ctx.locale }, body.trigger_id, buildRelayForm(ctx.locale, {}));
  });
}
