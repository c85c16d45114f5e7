// On Discord, a relay paused or stopped with /relay subcommands or buttons must show in its channel (the status
// message edited, one thread line saying who did what), and every time in a thread line is a Discord timestamp,
// which each reader sees in their own zone, as the status message's times already are. The whole bot in this
// process against the Discord and Tencent stand-ins (harness.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackBody, postCallback } from '../../support/relay-fixtures.js';
import { buttonInteraction, CHANNEL_ID, commandInteraction, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

let h: DiscordHarness;
beforeAll(async () => {
  // The bot's default zone is not the reader's: a bare clock time would be read wrongly.
  h = await startDiscordHarness({ RELAYBOT_DEFAULT_TZ: 'America/New_York', RELAYBOT_CHANNEL_RATE: '20' });
});
afterAll(() => h.close());

type Body = { embeds?: { title?: string; description?: string }[]; components?: { components: { custom_id: string }[] }[] };
const bodyOf = (call: { body: unknown }) => call.body as Body;
const textOf = (call: { body: unknown }) => JSON.stringify(bodyOf(call).embeds ?? []);
const buttonsOf = (call: { body: unknown }) => (bodyOf(call).components ?? []).flatMap((row) => row.components.map((c) => c.custom_id.split(':')[1]));

/** Creates a relay through its preview's Confirm; returns its id and its status message's id. */
async function createRelay(command: string): Promise<{ id: string; statusId: string }> {
  const preview = await h.interact(commandInteraction('new', [{ name: 'command', value: command }]));
  const confirm = (preview.json.data.components[0].components as { custom_id: string }[])[0]!.custom_id;
  const before = h.discord.messages.size;
  await h.interact(buttonInteraction(confirm));
  const status = await waitFor(
    () => [...h.discord.messages.values()].slice(before).find((m) => m.channel_id === CHANNEL_ID && /Relay \w+ · scheduled/.test(JSON.stringify(m.body))),
    'the status message',
  );
  return { id: /Relay (\w+) ·/.exec(JSON.stringify(status.body))![1]!, statusId: status.id };
}

/** The status message's next edit and the next post in its thread, after `mark` calls. */
async function newsAfter(mark: number, statusId: string) {
  const later = () => h.discord.calls.slice(mark);
  const edit = await waitFor(() => later().find((c) => c.method === 'PATCH' && c.path === `/channels/${CHANNEL_ID}/messages/${statusId}`), 'the status edit');
  const line = await waitFor(() => later().find((c) => c.method === 'POST' && c.path === `/channels/${statusId}/messages`), 'the thread line');
  return { edit, line };
}

describe('changes made from Discord show in the channel', () => {
  it('/relay pause edits the status message to paused and puts who paused it in the thread, at a Discord timestamp', async () => {
    const { id, statusId } = await createRelay('https://cdn.example.com/a.mp4 to live/a tomorrow 8pm for 2h');
    const mark = h.discord.calls.length;
    expect((await h.interact(commandInteraction('pause', [{ name: 'id', value: id }]))).status).toBe(200);
    const { edit, line } = await newsAfter(mark, statusId);
    expect(bodyOf(edit).embeds![0]!.title).toBe(`Relay ${id} · paused`);
    expect(buttonsOf(edit)).toEqual(['stop', 'show']);
    expect(bodyOf(line).embeds![0]!.description).toMatch(/^<t:\d+:T> Paused by user555\.$/);
  });

  it('Stop clicked on the status message leaves it stopped with only Show, and says who stopped it', async () => {
    const { id, statusId } = await createRelay('https://cdn.example.com/b.mp4 to live/b tomorrow 8pm for 2h');
    const mark = h.discord.calls.length;
    expect((await h.interact(buttonInteraction(`relay:stop:${id}`))).status).toBe(200);
    const { edit, line } = await newsAfter(mark, statusId);
    expect(bodyOf(edit).embeds![0]!.title).toBe(`Relay ${id} · stopped`);
    expect(buttonsOf(edit)).toEqual(['show']);
    expect(textOf(line)).toMatch(/<t:\d+:T> Stopped by user/);
  });

  it('a provider event’s thread line carries a Discord timestamp, not a bare clock time in the bot’s zone', async () => {
    const { id, statusId } = await createRelay('https://cdn.example.com/c.mp4 to live/c tomorrow 8pm for 2h');
    const task = [...h.tencent.tasks.values()].find((t) => t.StreamName === 'c')!;
    const eventTime = Math.floor(Date.now() / 1000);
    const mark = h.discord.calls.length;
    const path = new URL(task.CallbackUrl!).pathname;
    const answer = await postCallback(`${h.bot.url}${path}`, callbackBody({ providerTaskId: task.TaskId }, 'TaskStart', { eventTime }));
    expect(answer.status).toBe(200);
    const { edit, line } = await newsAfter(mark, statusId);
    expect(bodyOf(line).embeds![0]!.description).toBe(`<t:${eventTime}:T> The relay started.`);
    expect(bodyOf(edit).embeds![0]!.description).toBe(`Latest: <t:${eventTime}:T> The relay started.`);
    expect(textOf(line) + textOf(edit)).not.toMatch(/\b\d\d:\d\d:\d\d\b/);
    expect(bodyOf(edit).embeds![0]!.title).toBe(`Relay ${id} · running`);
  });
});
