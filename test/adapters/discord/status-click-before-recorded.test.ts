// A status message can be clicked as soon as Discord has made it, before the post's answer has come back and its
// id is recorded (or after that answer was lost, until "post it again" finds the message by its mark). Such a
// click is answered apart from the message (a message of its own, seen only by the one who clicked), never by
// rewriting the message (an UPDATE_MESSAGE answer, or a deferred one edited through @original): its buttons keep
// the delivery mark (delivery-mark.ts) by which the post is found again. But the change it makes (Stop) had no
// status message recorded to edit, and its edit was dropped: the message found again showed the relay scheduled,
// with Stop and Restart, for good. Whole bot through the Discord harness; the stand-in holds or drops the answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carriesDeliveryMark } from '../../../src/adapters/discord/delivery-mark.js';
import { buttonInteraction, CHANNEL_ID, commandInteraction, createRelayByConfirm, pressButton, sendProviderEvent, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => {
  await h?.close();
});

const customIdsOf = (body: Record<string, unknown>) =>
  ((body.components ?? []) as { components: { custom_id: string }[] }[]).flatMap((row) => row.components.map((button) => button.custom_id));

/** A click on the status message itself (Discord names the message clicked). */
const clickOn = (message: { id: string }, customId: string) => ({ ...(buttonInteraction(customId) as { token: string }), message: { id: message.id, channel_id: CHANNEL_ID } });
const answerTo = (token: string) => h.discord.calls.find((c) => c.method === 'PATCH' && c.path.includes(`/${token}/messages/@original`));

describe('a click on a status message before its id is recorded', () => {
  it('is answered apart from the message, which keeps its delivery mark', async () => {
    const preview = await h.interact(commandInteraction('new', [{ name: 'command', value: 'https://cdn.example.com/a.mp4 to live/click-early tomorrow 8pm for 2h' }]));
    const confirm = (preview.json.data.components[0].components as { custom_id: string }[])[0]!.custom_id;
    // Discord makes the status message at once; the post's answer (its id) comes back only on release.
    const held = h.discord.holdNextPost();
    const confirming = pressButton(h, confirm);
    const status = await held.made;
    const id = /Relay (\w+)/.exec(JSON.stringify(status.body))![1]!;
    for (const action of ['show', 'stop']) {
      const answer = await h.interact(clickOn(status, customIdsOf(status.body).find((c) => c.startsWith(`relay:${action}:`))!));
      // A message of its own (4), ephemeral; never an update of the clicked message (7, or 6 and @original).
      expect({ action, type: answer.json?.type, ephemeral: (answer.json?.data?.flags ?? 0) & 64 }).toEqual({ action, type: 4, ephemeral: 64 });
    }
    expect(h.discord.messages.get(status.id)!.edits).toBe(0);
    expect(carriesDeliveryMark({ id: status.id, components: h.discord.messages.get(status.id)!.body.components as never }, `status-${id}`)).toBe(true);
    held.release();
    await confirming;
    // The Stop's edit waited behind the post (the REST client sends a channel's posts in order): it shows.
    await waitFor(() => JSON.stringify(h.discord.messages.get(status.id)!.body).includes('· stopped'), 'the status message to show the relay stopped');
  }, 30_000);

  it('after a post whose answers were lost: the message found again shows the change', async () => {
    // Another relay in the channel, whose news is delivered after whatever the click's change brings (delivery
    // sends a channel's news in order): when it arrives, the click's status edit has been tried.
    const other = await createRelayByConfirm(h, 'click-lost-other');
    const preview = await h.interact(commandInteraction('new', [{ name: 'command', value: 'https://cdn.example.com/a.mp4 to live/click-lost tomorrow 8pm for 2h' }]));
    const confirm = (preview.json.data.components[0].components as { custom_id: string }[])[0]!.custom_id;
    const before = new Set(h.discord.messages.keys());
    h.discord.loseAnswers(10); // the post and the REST client's own retries: all land, no answer comes back
    const first = clickOn({ id: '1' }, confirm);
    await h.interact(first);
    await waitFor(() => answerTo(first.token), 'the answer to the Confirm ("post it again")', 30_000);
    h.discord.loseAnswers(0);
    const status = [...h.discord.messages.values()].find((m) => !before.has(m.id) && m.channel_id === CHANNEL_ID && JSON.stringify(m.body).includes('· scheduled'))!;
    const stop = await h.interact(clickOn(status, customIdsOf(status.body).find((c) => c.startsWith('relay:stop:'))!));
    expect(stop.json?.type).toBe(4);
    const callsBefore = h.discord.calls.length;
    await sendProviderEvent(h, 'click-lost-other', Math.floor(Date.now() / 1000), 'TaskStart');
    await waitFor(() => h.discord.calls.slice(callsBefore).find((c) => c.method === 'POST' && c.path === `/channels/${other.statusId}/messages`), "the other relay's news");
    expect(JSON.stringify(h.discord.messages.get(status.id)!.body)).toContain('· scheduled');
    // "Post it again": the message is found by its mark, recorded, and brought to the relay's state now.
    const again = clickOn({ id: '1' }, confirm);
    await h.interact(again);
    await waitFor(() => answerTo(again.token), 'the answer to "post it again"');
    const shown = await waitFor(() => {
      const body = JSON.stringify(h.discord.messages.get(status.id)!.body);
      return body.includes('· stopped') ? body : undefined;
    }, 'the status message to show the relay stopped');
    expect(shown).not.toContain('relay:stop:');
    expect([...h.discord.messages.values()].filter((m) => !before.has(m.id) && m.channel_id === CHANNEL_ID && /Relay \w+ · (scheduled|stopped)/.test(JSON.stringify(m.body)))).toHaveLength(1);
  }, 60_000);
});
