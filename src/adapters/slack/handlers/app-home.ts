// The App Home tab: the workspace's active and upcoming relays (core's `list` for this workspace), with a
// button that opens the new-relay form. Re-published each time the user opens the tab.
import { t } from '../../../core/i18n.js';
import { BLOCK_KIT_LIMITS, renderDocument } from '../block-kit.js';
import { contextFor, safely, type SlackDeps } from '../outcomes.js';
import type { SlackRouter } from '../router.js';
import { OPEN_FORM_ACTION_ID } from './buttons.js';

export function registerAppHome(router: SlackRouter, deps: SlackDeps): void {
  router.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    const ctx = await contextFor(deps, {
      userId: event.user,
      ...(body.team_id ? { teamId: body.team_id } : {}),
      channelId: event.channel,
      requestKey: body.event_id,
    });
    const outcome = await safely(deps, ctx.locale, () => deps.commands.handle('list', ctx));
    const doc = outcome.kind === 'reply' || outcome.kind === 'preview' || outcome.kind === 'created' ? outcome.doc : null;
    const listing = doc ? renderDocument(doc, BLOCK_KIT_LIMITS.blocksPerView - 1).blocks : [];
    await client.views.publish({
      user_id: event.user,
      view: {
        type: 'home',
        blocks: [
          {
            type: 'actions',
            block_id: 'relay_home',
            elements: [{ type: 'button', action_id: OPEN_FORM_ACTION_ID, style: 'primary', text: { type: 'plain_text', text: t(ctx.locale, 'slack.home.newRelay') } }],
          },
          ...listing,
        ],
      },
    });
  });
}
