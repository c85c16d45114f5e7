// A status message someone deleted is replaced by a fresh post (delivery/repost-status.ts), exactly once: a
// crash between that post and the store's write, or a retry, must find the post already made rather than make a
// second; a refused post is not retried in a loop; an edit refused for another reason posts nothing. The real
// Slack notifier against the Slack stand-in, and sendBatch as the delivery worker calls it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackNotifier } from '../../src/adapters/slack/notifier.js';
import { sendBatch } from '../../src/delivery/send-batch.js';
import { createLogger } from '../../src/log.js';
import type { Store } from '../../src/store/index.js';
import { makeTask } from '../support/relay-fixtures.js';
import { startSlackStandin, type SlackStandin } from '../support/slack-standin.js';
import { taskStartStatusBatch } from './status-batch.js';
import { crashableStores } from './crashable-stores.js';

const BOT_TOKEN = 'xoxb-status-repost-test';
const logger = createLogger({ level: 'silent' });
let slack: SlackStandin;

beforeAll(async () => {
  slack = await startSlackStandin({ botToken: BOT_TOKEN });
});
afterAll(async () => {
  await slack?.close();
});

/** Each test's store, on a file so that a test can close it (a crash) and open it again (the restart). */
const files = crashableStores();
const storeIn = (dir: string) => files.openIn(dir);
afterEach(() => files.cleanUp());

/** A running relay whose status message in `channel` was posted and then deleted by someone. */
async function relayWithDeletedStatus(channel: string) {
  const notifier = createSlackNotifier({ botToken: BOT_TOKEN, apiUrl: slack.apiUrl }, logger);
  const old = await notifier.post({ channelId: channel }, { kind: 'status', title: 'Relay scheduled', text: 'Relay scheduled', lines: [], fields: [], actions: [], severity: 'info' });
  slack.deleteMessage(channel, old.messageId);
  const task = makeTask({ state: 'running', home: { platform: 'slack', channelId: channel, statusMessageId: old.messageId } });
  const batch = taskStartStatusBatch(task.id, { kind: 'status', platform: 'slack', channelId: channel, locale: 'en' });
  const dir = files.newDir('relaybot-status-repost-');
  const store = storeIn(dir);
  store.tasks.insert(task);
  /** The status message the store names for the task now. */
  const recorded = (from: Store = store) => from.tasks.get(task.id)!.home?.statusMessageId;
  const topLevel = () => slack.messagesIn(channel).filter((m) => !m.thread_ts);
  return { notifier, old: old.messageId, task, batch, dir, store, recorded, topLevel };
}

describe('an edit of a deleted status message', () => {
  it('posts a new status message and records it as the task’s', async () => {
    const { notifier, old, task, batch, store, recorded, topLevel } = await relayWithDeletedStatus('C0REPOST');
    const messageId = await sendBatch(notifier, task, batch, { logger, tasks: store.tasks, writing: () => undefined });
    expect(messageId).not.toBe(old);
    expect(topLevel().map((m) => m.ts)).toEqual([messageId]);
    expect(store.tasks.get(task.id)!.home).toEqual({ platform: 'slack', channelId: 'C0REPOST', statusMessageId: messageId });
    expect(recorded()).toBe(messageId);
  });

  it('does not post twice when the store’s write was lost (a crash) and the edit is redone', async () => {
    const { notifier, old, task, batch, dir, store, recorded, topLevel } = await relayWithDeletedStatus('C0CRASH');
    // The process dies between the new post and the store's write: its database is gone from under it.
    store.close();
    await expect(sendBatch(notifier, task, batch, { logger, tasks: store.tasks, writing: () => undefined })).rejects.toThrow(/not open/);
    expect(topLevel()).toHaveLength(1);
    // After the restart the task still names the deleted message: the redone edit finds the post it made.
    const restarted = storeIn(dir);
    expect(recorded(restarted)).toBe(old);
    const messageId = await sendBatch(notifier, task, { ...batch, attemptId: 'attempt-after-restart' }, { logger, tasks: restarted.tasks, writing: () => undefined });
    expect(topLevel().map((m) => m.ts)).toEqual([messageId]);
    expect(recorded(restarted)).toBe(messageId);
  });

  it('stops when the new post is refused too, recording nothing', async () => {
    const { notifier, old, task, batch, store, recorded, topLevel } = await relayWithDeletedStatus('C0REFUSED');
    slack.refuseChannel('C0REFUSED', 'not_in_channel');
    const posts = slack.callsTo('chat.postMessage').length;
    await expect(sendBatch(notifier, task, batch, { logger, tasks: store.tasks, writing: () => undefined })).rejects.toMatchObject({ data: { error: 'not_in_channel' } });
    expect(slack.callsTo('chat.postMessage').length - posts).toBeLessThanOrEqual(1);
    expect(topLevel()).toHaveLength(0);
    expect(recorded()).toBe(old);
  });

  it('posts nothing when the edit was refused for another reason', async () => {
    const { notifier, old, task, batch, store, recorded } = await relayWithDeletedStatus('C0OTHER');
    slack.failNext('chat.update', { error: 'cant_update_message' });
    const posts = slack.callsTo('chat.postMessage').length;
    await expect(sendBatch(notifier, task, batch, { logger, tasks: store.tasks, writing: () => undefined })).rejects.toMatchObject({ data: { error: 'cant_update_message' } });
    expect(slack.callsTo('chat.postMessage').length).toBe(posts);
    expect(recorded()).toBe(old);
  });
});
