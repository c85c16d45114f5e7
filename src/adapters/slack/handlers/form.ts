// The modal for a new relay: opened by the global shortcut, by "Relay this feed" on a message (URL prefilled),
// or by `/relay` alone. Its submission becomes command text and takes the same road as a typed `/relay`:
// problems re-open the form with the user's input kept and core's explanation on top; a preview arrives as an
// ephemeral message in the chosen channel, with Confirm and Cancel. The preview is posted before the modal
// closes, so a channel the bot may not post in keeps the form open and says so instead of failing silently.
import { t, type Locale } from '../../../core/i18n.js';
import type { ReplyDocument } from '../../../core/reply.js';
import { renderDocument } from '../block-kit.js';
import {
  buildRelayForm,
  findFeedUrl,
  readRelayForm,
  relayFormToCommand,
  RELAY_FORM_CALLBACK_ID,
  type RelayFormValues,
} from '../relay-form.js';
import { ANSWER_INLINE_WITHIN_MS, contextFor, errorDoc, readerFor, safely, slackErrorCode, withPreviewButtons, type SlackDeps } from '../outcomes.js';
import type { SlackRouter } from '../router.js';
import { within } from '../within.js';
import { openRelayForm } from './open-form.js';
import { present } from './present.js';
import { zoneIsKnown, zoneUnknownFieldError } from './zone-gate.js';

export const GLOBAL_SHORTCUT_ID = 'relay_new_shortcut';
export const MESSAGE_SHORTCUT_ID = 'relay_this_feed';

/** Room left inside Slack's 3 s for the acknowledgement itself once the preview has been posted. */
const POST_BEFORE_CLOSING_MARGIN_MS = 500;

export function registerRelayForm(router: SlackRouter, deps: SlackDeps): void {
  router.globalShortcut(GLOBAL_SHORTCUT_ID, async ({ ack, shortcut, client }) => {
    await ack();
    const ctx = await contextFor(deps, { userId: shortcut.user.id, requestKey: shortcut.trigger_id });
    await openRelayForm(deps, client, { userId: shortcut.user.id, locale: ctx.locale }, shortcut.trigger_id, buildRelayForm(ctx.locale, {}));
  });

  router.messageShortcut(MESSAGE_SHORTCUT_ID, async ({ ack, shortcut, client }) => {
    await ack();
    const ctx = await contextFor(deps, { userId: shortcut.user.id, requestKey: shortcut.trigger_id });
    const url = findFeedUrl(shortcut.message.text);
    const view = buildRelayForm(ctx.locale, { channelId: shortcut.channel.id }, url ? { sources: url } : {});
    await openRelayForm(deps, client, { userId: shortcut.user.id, locale: ctx.locale }, shortcut.trigger_id, view);
  });

  router.view(RELAY_FORM_CALLBACK_ID, async ({ ack, body, view, client }) => {
    const answerBy = Date.now() + ANSWER_INLINE_WITHIN_MS;
    const { values, origin } = readRelayForm(view.state.values, view.private_metadata);
    const userId = body.user.id;
    const reader = await readerFor(deps, {
      userId,
      userName: body.user.name,
      ...(body.team?.id ? { teamId: body.team.id } : {}),
      ...(origin.channelId ? { channelId: origin.channelId } : {}),
      requestKey: body.trigger_id,
    });
    const { ctx } = reader;
    const { locale } = ctx;
    // "When" is read in the user's zone: without it the form stays open and asks for `/relay tz` (zone-gate.ts).
    if (!zoneIsKnown(reader)) {
      await ack({ response_action: 'errors', errors: { when: zoneUnknownFieldError(reader) } }).catch(() => undefined);
      return;
    }
    const pending = safely(deps, locale, () => deps.commands.handle(relayFormToCommand(values), ctx));
    const quick = await within(pending, Math.max(0, answerBy - Date.now()));
    if (quick?.kind === 'reply') {
      const reopened = await ack({ response_action: 'update', view: buildRelayForm(locale, origin, values, quick.doc) }).then(
        () => true,
        () => false,
      );
      if (reopened) return;
    }
    const channel = origin.channelId;
    const explainRefusal = (error: unknown) => {
      deps.logger.warn({ err: error, code: slackErrorCode(error), channel }, 'slack: could not show the form’s answer in its channel');
      // The modal is closed by now: the app's DM with the user is the road left.
      return client.chat
        .postMessage({ channel: userId, ...renderDocument(errorDoc(locale, t(locale, 'slack.form.channelRefusedLate'))) })
        .then(
          () => undefined,
          (dmError: unknown) => deps.logger.warn({ err: dmError, code: slackErrorCode(dmError) }, 'slack: could not reach the user by DM either'),
        );
    };
    const showInChannel = (doc: ReplyDocument) => client.chat.postEphemeral({ channel: channel ?? '', user: userId, ...renderDocument(doc) });

    if (quick?.kind === 'preview' && channel) {
      // Posted while the modal is still open: a channel that refuses it keeps the form open to pick another.
      const posting = showInChannel(withPreviewButtons(quick.doc, quick.pendingId, locale)).then(
        () => null,
        (error: unknown) => ({ error }),
      );
      const posted = await within(posting, Math.max(0, answerBy + POST_BEFORE_CLOSING_MARGIN_MS - Date.now()));
      if (posted === null) return void (await ack().catch(() => undefined));
      if (posted) {
        const kept = await ack(channelRefusedAnswer(locale, values, 'channel' in view.state.values)).then(
          () => true,
          () => false,
        );
        if (kept) deps.logger.warn({ err: posted.error, code: slackErrorCode(posted.error), channel }, 'slack: the form’s channel refused the preview');
        else await explainRefusal(posted.error);
        return;
      }
      // Slack is slow to take the post: close the modal in time, and let the post finish (or fail) after.
      await ack().catch(() => undefined);
      const late = await posting;
      if (late) await explainRefusal(late.error);
      return;
    }
    // Past the receiver's deadline the modal already closed: the answer still arrives as an ephemeral message.
    await ack().catch(() => undefined);
    await present(deps, quick ?? (await pending), ctx, {
      client,
      show: async (doc) => {
        if (!channel) return;
        await showInChannel(doc).catch(explainRefusal);
      },
    });
  });
}

/**
 * The form again, kept open, saying the channel refused the preview: an error under the channel picker when the
 * form has one, else the form with a picker added (the channel came from where it was opened) and the reason on top.
 */
function channelRefusedAnswer(locale: Locale, values: RelayFormValues, hadPicker: boolean) {
  const message = t(locale, 'slack.form.channelRefused');
  if (hadPicker) return { response_action: 'errors' as const, errors: { channel: message } };
  // Without the refused channel in its metadata the form asks which channel, as the global shortcut's does.
  return { response_action: 'update' as const, view: buildRelayForm(locale, {}, values, errorDoc(locale, message)) };
}
