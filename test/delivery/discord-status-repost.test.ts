// A deleted status message is replaced by one new post (delivery/repost-status.ts) on Discord too, across a crash
// at any point. Discord's nonce (enforce_nonce) dedups a repeated post for a few minutes only, so a crash between
// the new post and the store's write, and a restart after those minutes, used to post a second status message.
// The real Discord notifier against the Discord stand-in (which reads a channel back as Get Channel Messages does,
// without nonces, and forgets nonces when told), the real SQLite store on a file, and sendBatch as the delivery
// worker calls it; a crash is the store closed under the write, the restart the same file opened again.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DiscordNotifier } from '../../src/adapters/discord/notifier.js';
import { parseCustomId } from '../../src/adapters/discord/render.js';
import { createDiscordRest } from '../../src/adapters/discord/rest-client.js';
import { sendBatch } from '../../src/delivery/send-batch.js';
import { createLogger } from '../../src/log.js';
import type { Store } from '../../src/store/index.js';
import { startDiscordStandin, type DiscordStandin } from '../support/discord-standin.js';
import { makeTask } from '../support/relay-fixtures.js';
import { taskStartStatusBatch } from './status-batch.js';
import { crashableStores } from './crashable-stores.js';

const TOKEN = 'discord-status-repost-token-aaaaaaaaaaaa';
const logger = createLogger({ level: 'silent' });
const GUILD = '600000000000000000';
let discord: DiscordStandin;

beforeAll(async () => {
  discord = await startDiscordStandin({ botToken: TOKEN });
});
afterAll(async () => {
  await discord?.close();
});

/** Each test's store, on a file so that a test can close it (a crash) and open it again (the restart). */
const files = crashableStores();
const storeIn = (dir: string) => files.openIn(dir);
afterEach(() => files.cleanUp());

/** A fresh notifier, as a restarted process has (nothing in memory). */
const newNotifier = () => new DiscordNotifier(createDiscordRest({ apiUrl: discord.apiUrl, botToken: TOKEN }), logger);

/** A running relay whose status message in `channel` was posted and then deleted by someone. */
async function relayWithDeletedStatus(channel: string, options: { newsInThread?: boolean } = {}) {
  const task = makeTask({ state: 'running' });
  const notifier = newNotifier();
  const doc = (title: string) => ({ kind: 'status' as const, title, text: title, lines: [], fields: [], actions: [{ id: 'show' as const, label: 'Show', value: task.id }], severity: 'info' as const });
  const old = await notifier.post({ channelId: channel }, doc(`Relay ${task.id}`));
  if (options.newsInThread) await notifier.post({ channelId: channel, threadOf: old.messageId }, doc(`News of ${task.id}`));
  discord.messages.delete(old.messageId);
  const homed = { ...task, home: { platform: 'discord', teamId: GUILD, channelId: channel, statusMessageId: old.messageId } };
  const batch = taskStartStatusBatch(task.id, { kind: 'status', platform: 'discord', channelId: channel, locale: 'en' });
  const dir = files.newDir('relaybot-discord-repost-');
  const store = storeIn(dir);
  store.tasks.insert(homed);
  const recorded = (from: Store) => from.tasks.get(task.id)!.home?.statusMessageId;
  const inChannel = () => [...discord.messages.values()].filter((m) => m.channel_id === channel);
  /** The crash: the new status message is posted, and the store's write of it fails (the process dies). */
  const crashAfterPost = async () => {
    store.close();
    await expect(sendBatch(newNotifier(), homed, batch, { logger, tasks: store.tasks, writing: () => undefined })).rejects.toThrow(/not open/);
    expect(inChannel()).toHaveLength(1);
  };
  return { old: old.messageId, task: homed, batch, dir, recorded, inChannel, crashAfterPost };
}

describe('a deleted status message on Discord, re-posted across a crash', () => {
  it('is posted once when the restart comes after Discord has forgotten the nonce', async () => {
    const { old, task, batch, dir, recorded, inChannel, crashAfterPost } = await relayWithDeletedStatus('500000000000000001');
    await crashAfterPost();
    discord.forgetNonces();
    const restarted = storeIn(dir);
    expect(recorded(restarted)).toBe(old);
    const messageId = await sendBatch(newNotifier(), task, { ...batch, attemptId: 'after-restart' }, { logger, tasks: restarted.tasks, writing: () => undefined });
    expect(inChannel().map((m) => m.id)).toEqual([messageId]);
    expect(recorded(restarted)).toBe(messageId);
    // Its buttons still work: the mark after '#' names the post, not the action.
    const button = (discord.messages.get(messageId!)!.body as { components: { components: { custom_id: string }[] }[] }).components[0]!.components[0]!;
    expect(button.custom_id).toContain('#');
    expect(parseCustomId(button.custom_id)).toEqual({ action: 'stop', value: task.id });
  });

  it('is found however much the channel said in the meantime (reads back page by page)', async () => {
    const { task, batch, dir, recorded, inChannel, crashAfterPost } = await relayWithDeletedStatus('500000000000000002');
    await crashAfterPost();
    const chatter = newNotifier();
    for (let i = 0; i < 130; i += 1) {
      await chatter.post({ channelId: '500000000000000002' }, { kind: 'info', title: `chatter ${i}`, text: '', lines: [], fields: [], actions: [], severity: 'info' });
    }
    discord.forgetNonces();
    const restarted = storeIn(dir);
    const messageId = await sendBatch(newNotifier(), task, batch, { logger, tasks: restarted.tasks, writing: () => undefined });
    expect(inChannel().filter((m) => JSON.stringify(m.body).includes(`Relay ${task.id}`)).map((m) => m.id)).toEqual([messageId]);
    expect(recorded(restarted)).toBe(messageId);
  });

  it('is posted again, under the same nonce, when the bot may not read the channel', async () => {
    const channel = '500000000000000003';
    const { task, batch, dir, recorded, inChannel, crashAfterPost } = await relayWithDeletedStatus(channel);
    await crashAfterPost();
    discord.refuse({ method: 'GET', path: new RegExp(`^/channels/${channel}/messages$`) }, { status: 403, code: 50001, message: 'Missing Access' });
    const restarted = storeIn(dir);
    const messageId = await sendBatch(newNotifier(), task, batch, { logger, tasks: restarted.tasks, writing: () => undefined });
    // Within Discord's minutes the nonce still answers with the message already made.
    expect(inChannel().map((m) => m.id)).toEqual([messageId]);
    expect(recorded(restarted)).toBe(messageId);
  });
});

describe('the thread of a deleted status message', () => {
  it('is told, once, where the news continues, with a link to the new status message', async () => {
    const channel = '500000000000000004';
    const { old, task, batch, dir, inChannel, crashAfterPost } = await relayWithDeletedStatus(channel, { newsInThread: true });
    const inOldThread = () => [...discord.messages.values()].filter((m) => m.channel_id === old);
    await crashAfterPost();
    // The note comes after the store's write, which the crash prevented: none yet.
    expect(inOldThread()).toHaveLength(1);
    discord.forgetNonces();
    const restarted = storeIn(dir);
    const messageId = await sendBatch(newNotifier(), task, batch, { logger, tasks: restarted.tasks, writing: () => undefined });
    const notes = inOldThread().slice(1);
    expect(notes).toHaveLength(1);
    expect(JSON.stringify(notes[0]!.body)).toContain(`https://discord.com/channels/${GUILD}/${channel}/${messageId}`);
    expect(JSON.stringify(notes[0]!.body)).toContain(task.id);
    // The channel itself has the new status message only.
    expect(inChannel().map((m) => m.id)).toEqual([messageId]);
    // Later edits go to the new message: no second note.
    await sendBatch(newNotifier(), { ...task, home: restarted.tasks.get(task.id)!.home }, batch, { logger, tasks: restarted.tasks, writing: () => undefined });
    expect(inOldThread()).toHaveLength(2);
  });

  it('is not written to when the deleted message had none, and the new status message stands', async () => {
    const channel = '500000000000000005';
    const { old, task, batch, dir, recorded, inChannel } = await relayWithDeletedStatus(channel);
    const store = storeIn(dir);
    const messageId = await sendBatch(newNotifier(), task, batch, { logger, tasks: store.tasks, writing: () => undefined });
    expect(inChannel().map((m) => m.id)).toEqual([messageId]);
    expect([...discord.messages.values()].filter((m) => m.channel_id === old)).toHaveLength(0);
    expect(recorded(store)).toBe(messageId);
  });
});
