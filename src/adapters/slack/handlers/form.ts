// The modal for a new relay: opened by the global shortcut, by "Relay this feed" on a message (URL prefilled),
// or by `/relay` alone. Its submission becomes command text and takes the same road as a typed `/relay`:
// problems re-open the form with the user's input kept and core's explanation on top; a preview arrives as an
// ephemeral message in the chosen channel, with Confirm and Cancel.
import { renderDocument } from '../block-kit.js';
import { buildRelayForm, findFeedUrl, readRelayForm, relayFormToCommand, RELAY_FORM_CALLBACK_ID } from '../relay-form.js';
import { ANSWER_INLINE_WITHIN_MS, contextFor, safely, type SlackDeps } from '../outcomes.js';
import type { SlackRouter } from '../router.js';
import { within } from '../within.js';
import { present } from './present.js';

export const GLOBAL_SHORTCUT_ID = 'relay_new_shortcut';
export const MESSAGE_SHORTCUT_ID = 'relay_this_feed';

export function registerRelayForm(router: SlackRouter, deps: SlackDeps): void {
  router.globalShortcut(GLOBAL_SHORTCUT_ID, async ({ ack, shortcut, client }) => {
    await ack();
    const ctx = await contextFor(deps, { userId: shortcut.user.id, requestKey: shortcut.trigger_id });
    await client.views.open({ trigger_id: shortcut.trigger_id, view: buildRelayForm(ctx.locale, {}) });
  });

  router.messageShortcut(MESSAGE_SHORTCUT_ID, async ({ ack, shortcut, client }) => {
    await ack();
    const ctx = await contextFor(deps, { userId: shortcut.user.id, requestKey: shortcut.trigger_id });
    const url = findFeedUrl(shortcut.message.text);
    await client.views.open({
      trigger_id: shortcut.trigger_id,
      view: buildRelayForm(ctx.locale, { channelId: shortcut.channel.id }, url ? { sources: url } : {}),
    });
  });

  router.view(RELAY_FORM_CALLBACK_ID, async ({ ack, body, view, client }) => {
    const answerBy = Date.now() + ANSWER_INLINE_WITHIN_MS;
    const { values, origin } = readRelayForm(view.state.values, view.private_metadata);
    const ctx = await contextFor(deps, {
      userId: body.user.id,
      userName: body.user.name,
      ...(body.team?.id ? { teamId: body.team.id } : {}),
      ...(origin.channelId ? { channelId: origin.channelId } : {}),
      requestKey: body.trigger_id,
    });
    const pending = safely(deps, ctx.locale, () => deps.commands.handle(relayFormToCommand(values), ctx));
    const quick = await within(pending, Math.max(0, answerBy - Date.now()));
    if (quick?.kind === 'reply') {
      const reopened = await ack({ response_action: 'update', view: buildRelayForm(ctx.locale, origin, values, quick.doc) }).then(
        () => true,
        () => false,
      );
      if (reopened) return;
    }
    // Past the receiver's deadline the modal already closed: the answer still arrives as an ephemeral message.
    await ack().catch(() => undefined);
    const channel = origin.channelId;
    await present(deps, quick ?? (await pending), ctx, {
      client,
      show: async (doc) => {
        if (channel) await client.chat.postEphemeral({ channel, user: body.user.id, ...renderDocument(doc) });
      },
    });
  });
}
