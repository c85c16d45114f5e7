// A repeated Confirm (a double click, "post it again", Discord resending the click) of a relay whose status
// message is recorded used to do nothing. After someone deleted that message the relay then had none until its
// next news (which posts one again, e30a024). A repeat now shows the recorded message again, and if it is gone
// posts one new status message, exactly as delivery would. The whole bot through the Discord harness.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_ID, commandInteraction, pressButton, sendProviderEvent, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness({ RELAYBOT_CHANNEL_RATE: '20' });
});
afterAll(() => h.close());

/** A relay made by Confirm; `press` presses that Confirm again. */
async function relayWithConfirm(stream: string) {
  const preview = await h.interact(commandInteraction('new', [{ name: 'command', value: `https://cdn.example.com/a.mp4 to live/${stream} tomorrow 8pm for 2h` }]));
  const confirm = (preview.json.data.components[0].components as { custom_id: string }[])[0]!.custom_id;
  const press = () => pressButton(h, confirm);
  const before = new Set(h.discord.messages.keys());
  await press();
  const status = await waitFor(
    () => [...h.discord.messages.values()].find((m) => !before.has(m.id) && m.channel_id === CHANNEL_ID && JSON.stringify(m.body).includes('· scheduled')),
    'the status message',
  );
  const id = /Relay (\w+)/.exec(JSON.stringify(status.body))![1]!;
  const statusMessages = () => [...h.discord.messages.values()].filter((m) => m.channel_id === CHANNEL_ID && JSON.stringify(m.body).includes(`Relay ${id} ·`));
  return { press, statusId: status.id, statusMessages };
}

describe('a repeated Confirm on Discord', () => {
  it('gives a relay whose status message was deleted one new status message, which later news uses', async () => {
    const { press, statusId, statusMessages } = await relayWithConfirm('again-gone');
    h.discord.messages.delete(statusId);
    h.discord.rateLimitNext(1, 2);
    await press();
    const fresh = await waitFor(() => statusMessages().find((m) => m.id !== statusId), 'a new status message');
    await press();
    await waitFor(() => (fresh.edits > 0 ? true : undefined), 'the new status message shown again in place');
    // Later news edits the new message, and no other is posted.
    const edits = fresh.edits;
    await sendProviderEvent(h, 'again-gone', Math.floor(Date.now() / 1000) - 60, 'TaskStart');
    await waitFor(() => (fresh.edits > edits ? true : undefined), 'an edit of the new status message by the news');
    expect(statusMessages().map((m) => m.id)).toEqual([fresh.id]);
  });

  it('edits the status message that is there, and posts nothing', async () => {
    const { press, statusId, statusMessages } = await relayWithConfirm('again-kept');
    await press();
    await waitFor(() => (h.discord.messages.get(statusId)!.edits > 0 ? true : undefined), 'the status message shown again');
    expect(statusMessages().map((m) => m.id)).toEqual([statusId]);
  });
});
