// Opening the new-relay modal from a shortcut or the App Home button. Slack allows 3 s from the click (an
// expired trigger_id) and may refuse a view: the person clicked and must hear why nothing opened. These entry
// points have no response_url, so the answer goes to the app's direct messages with them.
import { t, type Locale } from '../../../core/i18n.js';
import { renderDocument } from '../block-kit.js';
import { errorDoc, slackErrorCode, type SlackDeps, type WebClient } from '../outcomes.js';

type ModalView = Parameters<WebClient['views']['open']>[0]['view'];

export async function openRelayForm(deps: SlackDeps, client: WebClient, who: { userId: string; locale: Locale }, triggerId: string, view: ModalView): Promise<void> {
  try {
    await client.views.open({ trigger_id: triggerId, view });
  } catch (error) {
    deps.logger.warn({ err: error, code: slackErrorCode(error) }, 'slack: could not open the new-relay form');
    const doc = errorDoc(who.locale, t(who.locale, 'slack.error.formNotOpened'));
    await client.chat.postMessage({ channel: who.userId, ...renderDocument(doc) }).catch((dmError: unknown) => {
      deps.logger.warn({ err: dmError, code: slackErrorCode(dmError) }, 'slack: could not tell the user the form did not open');
    });
  }
}
