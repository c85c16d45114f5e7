// When someone deletes a relay's status message, every later edit of it fails (10008 Unknown Message). The relay
// used to stay without a status message for the rest of its life, its Stop / Restart / Show buttons gone with it.
// The next edit that finds it gone now posts a fresh one in the channel (the relay's state now, with its
// buttons), once, and later edits and thread news go to it. The whole bot against the Discord and Tencent
// stand-ins (harness.ts); the stand-in answers an edit of a message it no longer holds as Discord does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_ID, createRelayByConfirm, sendProviderEvent, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness({ RELAYBOT_CHANNEL_RATE: '20' });
});
afterAll(() => h.close());

const createRelay = (stream: string) => createRelayByConfirm(h, stream);
const sendEvent = (stream: string, eventTime: number, event: 'TaskStart' | 'ResetTaskConfig') => sendProviderEvent(h, stream, eventTime, event);

/** Status messages of relay `id` in the channel (its title line, not its news). */
const statusMessagesOf = (id: string) =>
  [...h.discord.messages.values()].filter((m) => m.channel_id === CHANNEL_ID && JSON.stringify(m.body).includes(`Relay ${id} ·`));

describe('a relay whose status message was deleted', () => {
  it('gets one new status message, with its buttons, which later edits and thread news use', async () => {
    const { id, statusId } = await createRelay('reposted');
    h.discord.messages.delete(statusId);
    const at = Math.floor(Date.now() / 1000) - 60;
    await sendEvent('reposted', at, 'TaskStart');

    const fresh = await waitFor(() => statusMessagesOf(id).find((m) => m.id !== statusId), 'a new status message in the channel');
    expect(JSON.stringify(fresh.body.components ?? [])).toMatch(/stop/i);
    expect(h.discord.calls.some((c) => c.method === 'PATCH' && c.path.endsWith(`/messages/${statusId}`))).toBe(true);

    // Later news: in the new message's thread, and the new message edited.
    const edits = fresh.edits;
    await sendEvent('reposted', at + 10, 'ResetTaskConfig');
    await waitFor(
      () => [...h.discord.messages.values()].find((m) => m.channel_id === fresh.id && JSON.stringify(m.body).includes(`<t:${at + 10}:T>`)),
      'the news in the new thread',
    );
    await waitFor(() => (fresh.edits > edits ? fresh : undefined), 'an edit of the new status message');
    expect(statusMessagesOf(id)).toHaveLength(1);
  });

  it('is edited in place, with no new post, while its status message is there', async () => {
    const { id, statusId } = await createRelay('kept');
    await sendEvent('kept', Math.floor(Date.now() / 1000) - 60, 'TaskStart');
    await waitFor(() => (h.discord.messages.get(statusId)!.edits > 0 ? true : undefined), 'the edit of the status message');
    expect(statusMessagesOf(id).map((m) => m.id)).toEqual([statusId]);
  });
});
