// Task news through the Slack notifier, against the Web API stand-in: threads, in-place edits, and Slack's
// "slow down" / "try later" answers turned into the errors the delivery worker retries on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackNotifier } from '../../../src/adapters/slack/notifier.js';
import type { DeliveryBatch } from '../../../src/core/events/ports.js';
import { ChatRateLimitedError, ChatTransientError } from '../../../src/core/notifier.js';
import { sendBatch } from '../../../src/delivery/send-batch.js';
import { makeTask } from '../../support/relay-fixtures.js';
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

  describe('a post whose answer was lost (a crash, a timeout) is found by its delivery id, not posted twice', () => {
    it('finds the thread reply and the channel post carrying the attempt id, and nothing for another id', async () => {
      const notifier = createSlackNotifier({ botToken: BOT_TOKEN, apiUrl: slack.apiUrl }, logger);
      const status = await notifier.post({ channelId: 'C0FIND' }, doc('Relay r7kq2m scheduled', { kind: 'status' }));
      const thread = { channelId: 'C0FIND', threadOf: status.messageId };
      // Slack applies the post but the answer is lost.
      slack.failNext('chat.postMessage', { status: 503, applied: true });
      const lost = await notifier.post({ ...thread, idempotencyKey: 'attempt-1' }, doc('Relay r7kq2m started')).catch((e: unknown) => e);
      expect(lost).toBeInstanceOf(ChatTransientError);
      const landed = slack.messagesIn('C0FIND').find((m) => m.thread_ts === status.messageId);
      expect(landed?.metadata).toEqual({ event_type: 'relaybot_delivery', event_payload: { attempt_id: 'attempt-1' } });

      expect(await notifier.findPosted(thread, 'attempt-1')).toEqual({ messageId: landed!.ts });
      expect(await notifier.findPosted(thread, 'attempt-2')).toBeNull();
      const alarm = await notifier.post({ channelId: 'C0FIND', idempotencyKey: 'alarm-1' }, doc('Alarm', { kind: 'alarm' }));
      expect(await notifier.findPosted({ channelId: 'C0FIND' }, 'alarm-1')).toEqual(alarm);
      // It asked for the metadata (Slack leaves it out otherwise).
      expect(slack.callsTo('conversations.replies').at(-1)?.params).toMatchObject({ channel: 'C0FIND', ts: status.messageId, include_all_metadata: 'true' });
    });

    it('looks past the first page of a long thread', async () => {
      const notifier = createSlackNotifier({ botToken: BOT_TOKEN, apiUrl: slack.apiUrl }, logger);
      const status = await notifier.post({ channelId: 'C0LONG' }, doc('Relay r7kq2m scheduled', { kind: 'status' }));
      const thread = { channelId: 'C0LONG', threadOf: status.messageId };
      for (let i = 0; i < 250; i += 1) await notifier.post({ ...thread, idempotencyKey: `a-${i}` }, doc(`event ${i}`));
      expect(await notifier.findPosted(thread, 'a-249')).not.toBeNull();
      expect(slack.callsTo('conversations.replies').filter((c) => c.params.channel === 'C0LONG')).toHaveLength(2);
    });

    it('resumes a delivery without posting again when its earlier attempt landed', async () => {
      const notifier = createSlackNotifier({ botToken: BOT_TOKEN, apiUrl: slack.apiUrl }, logger);
      const status = await notifier.post({ channelId: 'C0RESUME' }, doc('Relay scheduled', { kind: 'status' }));
      const task = makeTask({ state: 'running', home: { platform: 'slack', channelId: 'C0RESUME', statusMessageId: status.messageId } });
      const batch: DeliveryBatch = {
        attemptId: 'attempt-resume',
        groupKey: `${task.id}:thread`,
        taskId: task.id,
        target: { kind: 'thread', platform: 'slack', channelId: 'C0RESUME', locale: 'en' },
        events: [
          {
            id: 1,
            taskId: task.id,
            event: { providerTaskId: 'p-1', event: 'TaskStart', occurredAt: Date.now(), detail: {}, sourceUrls: [], toUrl: '', streamId: '' },
            receivedAt: Date.now(),
            stateBefore: 'scheduled',
            stateAfter: 'running',
            alarm: false,
          },
        ],
        attempts: 1,
        resumed: false,
      };
      slack.failNext('chat.postMessage', { status: 503, applied: true });
      const options = { logger, writing: () => undefined };
      await expect(sendBatch(notifier, task, batch, options)).rejects.toBeInstanceOf(ChatTransientError);
      const posts = slack.callsTo('chat.postMessage').length;

      const messageId = await sendBatch(notifier, task, { ...batch, attempts: 2, resumed: true }, options);
      expect(slack.callsTo('chat.postMessage')).toHaveLength(posts);
      expect(slack.messagesIn('C0RESUME').filter((m) => m.thread_ts === status.messageId)).toHaveLength(1);
      expect(messageId).toBe(slack.messagesIn('C0RESUME').at(-1)?.ts);
    });

    it('posts again (as before) where it may not read the conversation, instead of failing the delivery', async () => {
      const notifier = createSlackNotifier({ botToken: BOT_TOKEN, apiUrl: slack.apiUrl }, logger);
      slack.failNext('conversations.history', { error: 'missing_scope' });
      expect(await notifier.findPosted({ channelId: 'D0DIRECT' }, 'attempt-x')).toBeNull();
      slack.failNext('conversations.history', { status: 503 });
      expect(await notifier.findPosted({ channelId: 'C0RELAYS' }, 'attempt-x').catch((e: unknown) => e)).toBeInstanceOf(ChatTransientError);
    });
  });
});
