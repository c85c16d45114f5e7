// Socket Mode: with SLACK_APP_TOKEN the same handlers serve requests that arrive over a WebSocket (the
// stand-in's apps.connections.open hands out a ws:// URL on loopback), and answers go back as envelope acks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_TOKEN, buttonsOf, CHANNEL, startHarness, TEAM, triggerId, type SlackHarness } from './harness.js';

let h: SlackHarness;

beforeAll(async () => {
  h = await startHarness({ socketMode: true });
  await h.slack.socketConnected();
});
afterAll(async () => {
  await h.close();
});

describe('Socket Mode', () => {
  it('connects with the app-level token and needs no HTTP route', async () => {
    expect(h.slack.callsTo('apps.connections.open')[0]?.token).toBe(APP_TOKEN);
    expect((await fetch(`${h.url}/slack/events`, { method: 'POST', body: 'x' })).status).toBe(404);
  });

  it('answers /relay with the preview in the envelope ack, and Confirm creates the task and its status message', async () => {
    const ack = await h.slack.sendEnvelope('slash_commands', {
      team_id: TEAM,
      channel_id: CHANNEL,
      user_id: 'U0ALICE',
      user_name: 'alice',
      command: '/relay',
      text: 'https://cdn.example.com/show.mp4 to live/evening tomorrow 8pm for 2h',
      response_url: h.slack.responseUrl('socket-cmd'),
      trigger_id: triggerId(),
      api_app_id: 'ASTANDIN',
    });
    expect(ack.response_type).toBe('ephemeral');
    const confirm = buttonsOf(ack).find((b) => b.action_id.startsWith('relay_confirm'));
    expect(confirm).toBeDefined();

    const posts = h.slack.callsTo('chat.postMessage').length;
    await h.slack.sendEnvelope('interactive', {
      type: 'block_actions',
      team: { id: TEAM, domain: 'standin' },
      user: { id: 'U0ALICE', username: 'alice', name: 'alice', team_id: TEAM },
      api_app_id: 'ASTANDIN',
      trigger_id: triggerId(),
      channel: { id: CHANNEL, name: 'relays' },
      container: { type: 'message', message_ts: '1.1', channel_id: CHANNEL, is_ephemeral: true },
      response_url: h.slack.responseUrl('socket-click'),
      actions: [{ type: 'button', action_id: confirm!.action_id, block_id: 'relay_actions', value: confirm!.value, action_ts: '1' }],
    });
    const responses = h.slack.callsTo('response_url').length;
    const [status] = (await h.slack.waitForCalls('chat.postMessage', posts + 1)).slice(-1);
    await h.slack.waitForCalls('response_url', responses + 1); // the preview is removed once the status is out
    expect(status?.params.channel).toBe(CHANNEL);
    expect(h.store.tasks.list()).toHaveLength(1);
    expect(h.store.tasks.list()[0]?.home?.statusMessageId).toBe(status?.answer?.ts);
  });
});
