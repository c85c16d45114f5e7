// Confirm creates the relay, then posts its status message in the channel. When Slack refuses that post, the
// answer must say what will fix it: an invitation helps only a channel the bot is not in. An archived channel
// (is_archived) used to be answered "Invite me with /invite @Relaybot", which cannot work there; a rate limit
// (429 with Retry-After) or an outage (5xx) on Slack's side got the same advice, where another press of Post
// status in a minute is all it takes. In a direct message between people (a slash command works there, a bot's
// post never does) no invitation helps either. Real Bolt on the bot's HTTP server, the Slack and Tencent stand-ins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackFailure } from '../../support/slack-standin.js';
import { buttonsOf, startHarness, type SlackHarness } from './harness.js';

let h: SlackHarness;
beforeAll(async () => {
  h = await startHarness({
    users: { U0ALICE: { tz: 'Asia/Shanghai', locale: 'en-US', name: 'alice' }, U0WANG: { tz: 'Asia/Shanghai', locale: 'zh-CN', name: 'wang' } },
  });
});
afterAll(() => h.close());

type Message = { text?: string; blocks?: unknown };

/** Confirms a new relay while chat.postMessage fails `times` times as told; returns the answer the person sees. */
async function confirmRefused(failure: SlackFailure, times: number, user = 'U0ALICE'): Promise<{ text: string; message: Message }> {
  const preview = JSON.parse((await h.slash('https://cdn.example.com/a.mp4 to live/evening tomorrow 8pm for 2h', user)).text) as Message;
  const confirm = buttonsOf(preview).find((b) => b.action_id.startsWith('relay_confirm'))!;
  h.slack.failNext('chat.postMessage', failure, times);
  const responses = h.slack.callsTo('response_url').length;
  await h.click(confirm.action_id, confirm.value, user);
  const [answer] = (await h.slack.waitForCalls('response_url', responses + 1, 15_000)).slice(-1);
  const message = answer!.params as Message;
  // Whatever the cause, the answer keeps the button that posts the status once the cause is gone.
  expect(buttonsOf(message).some((b) => b.action_id.startsWith('relay_confirm') && b.value === confirm.value)).toBe(true);
  return { text: String(message.text), message };
}

describe('a status message Slack refuses at Confirm', () => {
  it('in an archived channel: says to unarchive it, not to invite the bot', async () => {
    const { text } = await confirmRefused({ error: 'is_archived' }, 1);
    expect(text).toMatch(/archived/);
    expect(text).toMatch(/Unarchive the channel, then press Post status/);
    expect(text).not.toContain('/invite');
  });

  it('in Chinese too', async () => {
    const { text } = await confirmRefused({ error: 'is_archived' }, 1, 'U0WANG');
    expect(text).toContain('已归档');
    expect(text).not.toContain('/invite');
  });

  it('rate limited (429 with Retry-After, also on the client’s retry): says to press Post status in a minute', async () => {
    const { text } = await confirmRefused({ status: 429, retryAfterSeconds: 1 }, 2);
    expect(text).toMatch(/Press Post status in a minute/);
    expect(text).not.toContain('/invite');
  }, 20_000);

  it('Slack down (503, also on the client’s retry): says to press Post status in a minute', async () => {
    const { text } = await confirmRefused({ status: 503 }, 2);
    expect(text).toMatch(/Press Post status in a minute/);
    expect(text).not.toContain('/invite');
  });

  it('a channel the bot is not in (not_in_channel, channel_not_found) still says to invite it', async () => {
    for (const error of ['not_in_channel', 'channel_not_found']) {
      const { text } = await confirmRefused({ error }, 1);
      expect(text).toContain('/invite @Relaybot');
    }
  });

  it('in a direct message between people: says the bot cannot post there and how to follow it in a channel', async () => {
    const dm = 'D0ALICEBOB';
    h.slack.refuseChannel(dm, 'channel_not_found');
    try {
      const preview = JSON.parse((await h.slash('https://cdn.example.com/a.mp4 to live/people tomorrow 8pm for 2h', 'U0ALICE', { channel_id: dm, channel_name: 'directmessage' })).text) as Message;
      const confirm = buttonsOf(preview).find((b) => b.action_id.startsWith('relay_confirm'))!;
      const responses = h.slack.callsTo('response_url').length;
      await h.click(confirm.action_id, confirm.value, 'U0ALICE', { channel: { id: dm, name: 'directmessage' } });
      const [answer] = (await h.slack.waitForCalls('response_url', responses + 1)).slice(-1);
      const message = answer!.params as Message;
      const id = h.store.tasks.list().find((t) => t.home?.channelId === dm)!.id;
      expect(String(message.text)).toContain("I can't post in a direct message between other people");
      expect(String(message.text)).toContain(`/relay stop ${id}`);
      expect(String(message.text)).not.toContain('/invite');
      // Pressing it again could not help there.
      expect(buttonsOf(message)).toHaveLength(0);
    } finally {
      h.slack.refuseChannel(dm, null);
    }
  });
});
