// Task news through the Slack notifier, against the Web API stand-in: threads, in-place edits, and Slack's
// "slow down" / "try later" answers turned into the errors the delivery worker retries on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackNotifier } from '../../../src/adapters/slack/notifier.js';
import { ChatRateLimitedError, ChatTransientError } from '../../../src/core/notifier.js';
import type { ReplyDocument } from '../../../src/core/reply.js';
import { createLogger } from '../../../src/log.js';
import { startSlackStandin, type SlackStandin } from '../../support/slack-standin.js';

const BOT_TOKEN = 'xoxb-notifier-test';
let slack: SlackStandin;
const logger = createLogger({ level: 'silent' });

const doc = (title: string, over: Partial<ReplyDocument> = {}): ReplyDocument => ({
  kind: 'events',
  title,
  lines: ['VodSourceFileStart: show.mp4'],
  fields: [],
  actions: [],
  severity: 'info',
  text: title,
  ...over,
});

beforeAll(async () => {
  slack = await startSlackStandin({ botToken: BOT_TOKEN });
});
afterAll(async () => {
  await slack.close();
});

describe('SlackNotifier', () => {
  it('posts in the status message’s thread and edits the status message in place', async () => {
    const notifier = createSlackNotifier({ botToken: BOT_TOKEN, apiUrl: slack.apiUrl }, logger);
    const status = await notifier.post({ channelId: 'C0RELAYS' }, doc('Relay r7kq2m scheduled', { kind: 'status' }));
    const event = await notifier.post({ channelId: 'C0RELAYS', threadOf: status.messageId }, doc('Relay r7kq2m started'));
    await notifier.update({ platform: 'slack', channelId: 'C0RELAYS', statusMessageId: status.messageId }, doc('Relay r7kq2m running', { kind: 'status' }));

    const posts = slack.callsTo('chat.postMessage');
    expect(posts.at(-2)?.params.thread_ts).toBeUndefined();
    expect(posts.at(-1)?.params).toMatchObject({ channel: 'C0RELAYS', thread_ts: status.messageId });
    expect(event.messageId).not.toBe(status.messageId);
    const edit = slack.callsTo('chat.update').at(-1);
    expect(edit?.params).toMatchObject({ channel: 'C0RELAYS', ts: status.messageId });
    expect(JSON.stringify(edit?.params.blocks)).toContain('Relay r7kq2m running');
    expect(posts.every((call) => call.token === BOT_TOKEN)).toBe(true);
  });

  it('mentions the creator on an alarm', async () => {
    const notifier = createSlackNotifier({ botToken: BOT_TOKEN, apiUrl: slack.apiUrl }, logger);
    await notifier.post({ channelId: 'C0RELAYS' }, doc('Alarm', { kind: 'alarm', severity: 'warning', mentionUserId: 'U0ALICE' }));
    expect(String(slack.callsTo('chat.postMessage').at(-1)?.params.text)).toMatch(/^<@U0ALICE> /);
  });

  it('reports 429 with Retry-After as ChatRateLimitedError without waiting, and 5xx as transient', async () => {
    const notifier = createSlackNotifier({ botToken: BOT_TOKEN, apiUrl: slack.apiUrl }, logger);
    slack.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 7 });
    const posts = slack.callsTo('chat.postMessage').length;
    const limited = await notifier.post({ channelId: 'C0RELAYS' }, doc('x')).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(ChatRateLimitedError);
    expect((limited as ChatRateLimitedError).retryAfterMs).toBe(7000);
    // One attempt: the delivery worker does the waiting, not the client.
    expect(slack.callsTo('chat.postMessage')).toHaveLength(posts + 1);

    slack.failNext('chat.update', { status: 503 });
    const down = await notifier.update({ platform: 'slack', channelId: 'C0RELAYS', statusMessageId: '1.2' }, doc('x')).catch((e: unknown) => e);
    expect(down).toBeInstanceOf(ChatTransientError);

    slack.failNext('chat.postMessage', { error: 'internal_error' });
    expect(await notifier.post({ channelId: 'C0RELAYS' }, doc('x')).catch((e: unknown) => e)).toBeInstanceOf(ChatTransientError);
  });

  it('treats a request Slack refuses for good (unknown channel) as permanent', async () => {
    const notifier = createSlackNotifier({ botToken: BOT_TOKEN, apiUrl: slack.apiUrl }, logger);
    slack.failNext('chat.postMessage', { error: 'channel_not_found' });
    const refused = await notifier.post({ channelId: 'C0GONE' }, doc('x')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Error);
    expect(refused).not.toBeInstanceOf(ChatTransientError);
    expect(refused).not.toBeInstanceOf(ChatRateLimitedError);
    expect((refused as { data?: { error?: string } }).data?.error).toBe('channel_not_found');
  });

  it('reports an unreachable Slack as transient', async () => {
    const notifier = createSlackNotifier({ botToken: BOT_TOKEN, apiUrl: 'http://127.0.0.1:9/api/' }, logger);
    expect(await notifier.post({ channelId: 'C0RELAYS' }, doc('x')).catch((e: unknown) => e)).toBeInstanceOf(ChatTransientError);
  });
});
