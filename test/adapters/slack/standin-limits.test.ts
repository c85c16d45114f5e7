// The Slack stand-in refuses what Slack refuses, so a test cannot pass on an answer people would never see:
// a response_url post breaking Block Kit's limits (HTTP 400, as Slack's webhooks answer errors), posts and edits
// in a channel that is archived or that the bot left, and replies in the thread of a deleted message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackStandin, type SlackStandin } from '../../support/slack-standin.js';

let slack: SlackStandin;
beforeAll(async () => {
  slack = await startSlackStandin({ botToken: 'xoxb-limits' });
});
afterAll(() => slack.close());

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const call = (method: string, body: Record<string, unknown>) =>
  fetch(`${slack.apiUrl}${method}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer xoxb-limits' }, body: JSON.stringify(body) }).then(
    async (r) => ({ status: r.status, body: (await r.json()) as { ok: boolean; error?: string; ts?: string } }),
  );

describe('the Slack stand-in', () => {
  it('refuses a response_url answer over Block Kit limits, and takes one within them', async () => {
    const post = (blocks: unknown[]) =>
      fetch(slack.responseUrl('limits'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x', blocks }) });
    const tooMany = await post(Array.from({ length: 51 }, (_, i) => section(`line ${i}`)));
    expect(tooMany.status).toBe(400);
    expect(await tooMany.text()).toBe('invalid_blocks');
    expect((await post([section('x'.repeat(3001))])).status).toBe(400);
    expect((await post([section('fine')])).status).toBe(200);
  });

  it('refuses posts and edits in a refused channel only, until told otherwise', async () => {
    const posted = await call('chat.postMessage', { channel: 'C0LIMITS', text: 'hello' });
    slack.refuseChannel('C0LIMITS', 'is_archived');
    expect((await call('chat.postMessage', { channel: 'C0LIMITS', text: 'x' })).body.error).toBe('is_archived');
    expect((await call('chat.update', { channel: 'C0LIMITS', ts: posted.body.ts, text: 'x' })).body.error).toBe('is_archived');
    expect((await call('chat.postMessage', { channel: 'U0SOMEONE', text: 'x' })).body.ok).toBe(true);
    slack.refuseChannel('C0LIMITS', null);
    expect((await call('chat.postMessage', { channel: 'C0LIMITS', text: 'x' })).body.ok).toBe(true);
  });

  it('answers a reply to a deleted message thread_not_found and its edit message_not_found', async () => {
    const parent = await call('chat.postMessage', { channel: 'C0LIMITS', text: 'parent' });
    slack.deleteMessage('C0LIMITS', parent.body.ts!);
    expect((await call('chat.postMessage', { channel: 'C0LIMITS', thread_ts: parent.body.ts, text: 'x' })).body.error).toBe('thread_not_found');
    expect((await call('chat.update', { channel: 'C0LIMITS', ts: parent.body.ts, text: 'x' })).body.error).toBe('message_not_found');
    expect(slack.messagesIn('C0LIMITS').some((m) => m.ts === parent.body.ts)).toBe(false);
  });
});
