// The modal form (from /relay alone, the global shortcut, "Relay this feed"), its submission, and the App
// Home tab, over real HTTP as Slack delivers them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockKitViolation } from '../../support/slack-standin.js';
import { buttonsOf, CHANNEL, startHarness, TEAM, triggerId, type SlackHarness } from './harness.js';

let h: SlackHarness;
const user = { id: 'U0ALICE', username: 'alice', name: 'alice', team_id: TEAM };

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const interaction = (payload: Record<string, unknown>) =>
  new URLSearchParams({ payload: JSON.stringify({ team: { id: TEAM, domain: 'standin' }, user, api_app_id: 'ASTANDIN', token: 'x', ...payload }) }).toString();

function submission(values: Record<string, string>, privateMetadata: string) {
  const state = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { value: { type: 'plain_text_input', value } }]));
  return interaction({
    type: 'view_submission',
    trigger_id: triggerId(),
    view: { id: `V${Date.now()}`, type: 'modal', callback_id: 'relay_new', private_metadata: privateMetadata, state: { values: state }, hash: 'h' },
  });
}

type View = { type: string; callback_id?: string; private_metadata?: string; blocks: { type: string; block_id?: string; element?: { initial_value?: string } }[] };

describe('the new-relay form', () => {
  it('a submitted form shows the same preview, with Confirm and Cancel, to the user in the channel', async () => {
    const ephemerals = h.slack.callsTo('chat.postEphemeral').length;
    const answer = await h.post(
      submission({ sources: 'https://cdn.example.com/show.mp4', destination: 'live/evening', when: 'tomorrow 8pm for 2h', comment: 'Evening "show"' }, JSON.stringify({ channelId: CHANNEL })),
    );
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(''); // the modal closes
    const [posted] = (await h.slack.waitForCalls('chat.postEphemeral', ephemerals + 1)).slice(-1);
    expect(posted?.params).toMatchObject({ channel: CHANNEL, user: 'U0ALICE' });
    expect(buttonsOf(posted!.params).map((b) => b.action_id.split(':')[0])).toEqual(['relay_confirm', 'relay_cancel']);
    expect(h.store.tasks.list()).toHaveLength(0);
  });

  it('a form core can’t accept stays open, keeps what was typed, and says what to change', async () => {
    const answer = await h.post(submission({ sources: 'ftp://files.example.com/show.mp4', destination: 'live/evening', when: 'tomorrow 8pm for 2h' }, JSON.stringify({ channelId: CHANNEL })));
    const body = answer.json() as { response_action: string; view: View };
    expect(body.response_action).toBe('update');
    expect(body.view.callback_id).toBe('relay_new');
    expect(body.view.blocks.find((b) => b.block_id === 'sources')?.element?.initial_value).toBe('ftp://files.example.com/show.mp4');
    expect(body.view.blocks[0]?.type).toBe('header'); // core's explanation on top
    expect(blockKitViolation(body.view.blocks, 100)).toBeNull();
  });

  it('"Relay this feed" opens the form with the message’s link filled in', async () => {
    const opened = h.slack.callsTo('views.open').length;
    const answer = await h.post(
      interaction({
        type: 'message_action',
        callback_id: 'relay_this_feed',
        trigger_id: triggerId(),
        channel: { id: CHANNEL, name: 'relays' },
        message: { type: 'message', user: 'U0BOB', ts: '1.2', text: 'Tonight’s feed: <https://cdn.example.com/live/feed.m3u8|feed>' },
        response_url: h.slack.responseUrl('shortcut'),
      }),
    );
    expect(answer.status).toBe(200);
    const [call] = (await h.slack.waitForCalls('views.open', opened + 1)).slice(-1);
    const view = call?.params.view as View;
    expect(view.blocks.find((b) => b.block_id === 'sources')?.element?.initial_value).toBe('https://cdn.example.com/live/feed.m3u8');
    expect(JSON.parse(view.private_metadata ?? '{}')).toEqual({ channelId: CHANNEL });
  });

  it('the global shortcut opens the form and asks which channel the relay belongs to', async () => {
    const opened = h.slack.callsTo('views.open').length;
    await h.post(interaction({ type: 'shortcut', callback_id: 'relay_new_shortcut', trigger_id: triggerId() }));
    const [call] = (await h.slack.waitForCalls('views.open', opened + 1)).slice(-1);
    expect((call?.params.view as View).blocks[0]?.block_id).toBe('channel');
  });

  it('tells the person by direct message when Slack will not open the form (an expired trigger)', async () => {
    h.slack.failNext('views.open', { error: 'expired_trigger_id' });
    const posts = h.slack.callsTo('chat.postMessage').length;
    await h.post(interaction({ type: 'shortcut', callback_id: 'relay_new_shortcut', trigger_id: triggerId() }));
    const [dm] = (await h.slack.waitForCalls('chat.postMessage', posts + 1)).slice(-1);
    expect(dm?.params.channel).toBe('U0ALICE');
    expect(String(dm?.params.text)).toContain('/relay https://cdn.example.com/show.mp4 to live/evening');
  });
});

describe('App Home', () => {
  it('lists the workspace’s relays when the Home tab opens, with a button to start a new one', async () => {
    // One relay, confirmed through Slack.
    const preview = (await h.slash('https://cdn.example.com/show.mp4 to live/evening tomorrow 8pm for 2h')).json() as { blocks: unknown[] };
    const pendingId = buttonsOf(preview).find((b) => b.action_id.startsWith('relay_confirm'))!.value;
    const posts = h.slack.callsTo('chat.postMessage').length;
    await h.click('relay_confirm:0', pendingId);
    await h.slack.waitForCalls('chat.postMessage', posts + 1);
    const task = h.store.tasks.list()[0]!;

    const published = h.slack.callsTo('views.publish').length;
    const event = JSON.stringify({
      token: 'x',
      team_id: TEAM,
      api_app_id: 'ASTANDIN',
      type: 'event_callback',
      event_id: `Ev${Date.now()}`,
      event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_home_opened', user: 'U0ALICE', channel: 'D0ALICE', tab: 'home', event_ts: `${Date.now() / 1000}` },
    });
    expect((await h.post(event, { contentType: 'application/json' })).status).toBe(200);
    const [call] = (await h.slack.waitForCalls('views.publish', published + 1)).slice(-1);
    expect(call?.params.user_id).toBe('U0ALICE');
    const view = call?.params.view as View;
    expect(view.type).toBe('home');
    expect(JSON.stringify(view)).toContain(task.id);
    expect(buttonsOf(view)[0]?.action_id).toBe('relay_open_form');
    expect(blockKitViolation(view.blocks, 100)).toBeNull();

    // Its "New relay" button opens the form.
    const opened = h.slack.callsTo('views.open').length;
    await h.post(interaction({ type: 'block_actions', trigger_id: triggerId(), container: { type: 'view', view_id: 'V1' }, actions: [{ type: 'button', action_id: 'relay_open_form', block_id: 'relay_home', action_ts: '1' }] }));
    await h.slack.waitForCalls('views.open', opened + 1);
  });
});
