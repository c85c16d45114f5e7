// When Slack refuses what the bot would show, the user hears why: a form whose channel the bot can't post in
// stays open and says so (inviting the bot, or picking another channel), and `/relay` alone whose form could
// not open answers through the slash command's response_url.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, startHarness, TEAM, triggerId, type SlackHarness } from './harness.js';

let h: SlackHarness;
const user = { id: 'U0ALICE', username: 'alice', name: 'alice', team_id: TEAM };
const FILLED = { sources: 'https://cdn.example.com/a.mp4', destination: 'live/x', when: 'tomorrow 8pm for 2h' };

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const interaction = (payload: Record<string, unknown>) =>
  new URLSearchParams({ payload: JSON.stringify({ team: { id: TEAM, domain: 'standin' }, user, api_app_id: 'ASTANDIN', token: 'x', ...payload }) }).toString();

/** A submitted form: with a channel chosen in its picker, or with the channel it was opened in (metadata). */
function submission(values: Record<string, string>, where: { chosen: string } | { openedIn: string }) {
  const state: Record<string, unknown> = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { value: { type: 'plain_text_input', value } }]));
  if ('chosen' in where) state.channel = { value: { type: 'conversations_select', selected_conversation: where.chosen } };
  const metadata = 'openedIn' in where ? { channelId: where.openedIn } : {};
  return interaction({
    type: 'view_submission',
    trigger_id: triggerId(),
    view: { id: `V${Date.now()}`, type: 'modal', callback_id: 'relay_new', private_metadata: JSON.stringify(metadata), state: { values: state }, hash: 'h' },
  });
}

type View = { callback_id?: string; private_metadata?: string; blocks: { type: string; block_id?: string; text?: { text: string }; element?: { initial_value?: string } }[] };

describe('a form whose channel the bot can’t post in', () => {
  it('stays open with an error under the channel picker saying to invite the bot or pick another channel', async () => {
    h.slack.failNext('chat.postEphemeral', { error: 'channel_not_found' });
    const answer = await h.post(submission(FILLED, { chosen: 'C0NOBOT' }));
    expect(answer.status).toBe(200);
    const body = answer.json() as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors.channel).toMatch(/\/invite/);
    expect(body.errors.channel).toMatch(/pick a channel/);
    expect(h.store.tasks.list()).toHaveLength(0);
  });

  it('opened from a message in such a channel (“Relay this feed”), stays open, keeps the input and asks which channel', async () => {
    h.slack.failNext('chat.postEphemeral', { error: 'not_in_channel' });
    const answer = await h.post(submission(FILLED, { openedIn: 'C0NOBOT' }));
    const body = answer.json() as { response_action: string; view: View };
    expect(body.response_action).toBe('update');
    expect(body.view.callback_id).toBe('relay_new');
    expect(body.view.blocks.some((b) => b.block_id === 'channel')).toBe(true);
    expect(body.view.blocks.find((b) => b.block_id === 'sources')?.element?.initial_value).toBe(FILLED.sources);
    expect(JSON.stringify(body.view.blocks)).toMatch(/\/invite/);
  });

  it('in a channel the bot is in, posts the preview before the modal closes', async () => {
    const before = h.slack.callsTo('chat.postEphemeral').length;
    const answer = await h.post(submission(FILLED, { openedIn: CHANNEL }));
    expect(answer.text).toBe('');
    const posted = h.slack.callsTo('chat.postEphemeral').slice(before);
    expect(posted.map((c) => c.answer?.ok)).toEqual([true]);
  });
});

describe('/relay alone when the form can’t open', () => {
  it('answers through the response_url with what to do instead', async () => {
    h.slack.failNext('views.open', { error: 'expired_trigger_id' });
    const responses = h.slack.callsTo('response_url').length;
    const ack = await h.slash('');
    expect(ack.status).toBe(200);
    const [answer] = (await h.slack.waitForCalls('response_url', responses + 1)).slice(-1);
    expect(answer?.params.response_type).toBe('ephemeral');
    expect(String(answer?.params.text)).toContain('/relay https://cdn.example.com/show.mp4 to live/evening');
  });
});
