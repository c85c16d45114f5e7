// What to do with core's answer, wherever it came from (slash command, button, form): show a document to the
// user only, post the task's status message in the channel, or open the form.
import type { ChatContext, ChatOutcome } from '../../../core/chat-commands.js';
import { t } from '../../../core/i18n.js';
import type { ReplyDocument } from '../../../core/reply.js';
import { buildRelayForm } from '../relay-form.js';
import { statusRefusalKey } from '../status-refusal.js';
import { errorDoc, slackErrorCode, withPreviewButtons, type SlackDeps, type WebClient } from '../outcomes.js';

export interface Presenter {
  /** Shows a document to the requesting user only. */
  show(doc: ReplyDocument): Promise<void>;
  /**
   * The preview a Confirm click came from: when the status message cannot be posted, the answer offers to post it
   * again (the same Confirm, which finds the task rather than creating another).
   */
  confirmedPreview?: string;
  /** A trigger_id still fresh enough to open a modal, when there is one. */
  triggerId?: string;
  client: WebClient;
}

export async function present(deps: SlackDeps, outcome: ChatOutcome, ctx: ChatContext, presenter: Presenter): Promise<void> {
  switch (outcome.kind) {
    case 'reply':
      return presenter.show(outcome.doc);
    case 'preview':
      return presenter.show(withPreviewButtons(outcome.doc, outcome.pendingId, ctx.locale));
    case 'created':
      try {
        await deps.statuses.publish(outcome.task, outcome.doc, ctx.home);
      } catch (error) {
        deps.logger.warn({ err: error, taskId: outcome.task.id, code: slackErrorCode(error) }, 'slack: could not post a status message');
        const key = statusRefusalKey(error, ctx.home.channelId);
        const refused = errorDoc(ctx.locale, t(ctx.locale, key, { id: outcome.task.id }));
        // In a direct message between other people another press cannot help: the relay has to be made elsewhere.
        const retry = key === 'slack.error.cannotPostDm' ? undefined : presenter.confirmedPreview;
        // The answer replaces the preview: without this button nothing would be left to press after the /invite.
        const actions = retry ? [{ id: 'confirm' as const, label: t(ctx.locale, 'slack.action.postStatus'), value: retry, style: 'primary' as const }] : [];
        await presenter.show({ ...refused, actions });
      }
      return;
    case 'open-form': {
      if (!presenter.triggerId) return;
      const prefill = outcome.prefill.sourceUrl ? { sources: outcome.prefill.sourceUrl } : {};
      const origin = ctx.home.channelId ? { channelId: ctx.home.channelId } : {};
      try {
        await presenter.client.views.open({ trigger_id: presenter.triggerId, view: buildRelayForm(ctx.locale, origin, prefill) });
      } catch (error) {
        // An expired trigger or a refused view: the person asked for the form and must hear why it did not open.
        deps.logger.warn({ err: error, code: slackErrorCode(error) }, 'slack: could not open the new-relay form');
        await presenter.show(errorDoc(ctx.locale, t(ctx.locale, 'slack.error.formNotOpened')));
      }
      return;
    }
  }
}
