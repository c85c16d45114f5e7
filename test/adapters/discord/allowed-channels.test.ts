// DISCORD_ALLOWED_CHANNELS follows SLACK_ALLOWED_CHANNELS: everyone may list and look everywhere; relays are
// created and changed only in the allowed channels, and elsewhere a change is refused saying so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonInteraction, CHANNEL_ID, commandInteraction, OPERATOR_ROLE, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

const ALLOWED_CHANNEL = '888888888888888888';
const ZH_OPERATOR = { id: '666666666666666666', roles: [OPERATOR_ROLE], locale: 'zh-CN' };
const REFUSAL_ZH = '此频道不能创建或修改转推任务';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness({ DISCORD_ALLOWED_CHANNELS: ALLOWED_CHANNEL });
});
afterAll(() => h.close());

/** The same interaction, sent from another channel of the guild. */
function inChannel<T extends object>(interaction: T, channelId: string): T {
  return { ...interaction, channel_id: channelId, channel: { id: channelId, type: 0 } };
}

const textOf = (data: { embeds?: { title?: string; description?: string; fields?: { value: string }[] }[] }) => JSON.stringify(data.embeds ?? []);
const buttonsOf = (data: { components?: { components: { custom_id: string }[] }[] }) => (data.components ?? []).flatMap((row) => row.components.map((b) => b.custom_id));
const requests = (action: string) => h.tencent.requests.filter((r) => r.action === action && !r.errorCode);

describe('Discord: DISCORD_ALLOWED_CHANNELS', () => {
  let taskId = '';

  it('creates relays in an allowed channel', async () => {
    const preview = await h.interact(inChannel(commandInteraction('new', [{ name: 'command', value: 'https://cdn.example.com/a.mp4 to live/evening tomorrow 8pm for 2h' }]), ALLOWED_CHANNEL));
    const confirm = buttonsOf(preview.json.data).find((id) => id.startsWith('relay:confirm:'))!;
    await h.interact(inChannel(buttonInteraction(confirm), ALLOWED_CHANNEL));
    const status = await waitFor(() => [...h.discord.messages.values()].find((m) => m.channel_id === ALLOWED_CHANNEL), 'the status message');
    taskId = /Relay (\w+)/.exec(JSON.stringify(status.body))![1]!;
    expect(requests('CreateLivePullStreamTask')).toHaveLength(1);
  });

  it('lets everyone list, look and get help in any other channel', async () => {
    const list = await h.interact(commandInteraction('list', [], ZH_OPERATOR));
    expect(list.json.type).toBe(4);
    expect(textOf(list.json.data)).toContain(taskId);
    expect(textOf(list.json.data)).not.toContain(REFUSAL_ZH);

    const help = await h.interact(commandInteraction('help', [], ZH_OPERATOR));
    expect(textOf(help.json.data)).toMatch(/[\u4e00-\u9fff]/);
    expect(textOf(help.json.data)).not.toContain(REFUSAL_ZH);

    const show = await h.interact(buttonInteraction(`relay:show:${taskId}`));
    expect(textOf(show.json.data)).toContain(taskId);
    expect(textOf(show.json.data)).not.toContain("can't be created or changed");
  });

  it('refuses creating and changing there, with the message that names the channel rule', async () => {
    const creating = await h.interact(commandInteraction('new', [{ name: 'command', value: 'https://cdn.example.com/b.mp4 转推到 live/b 明天晚上8点 持续2小时' }], ZH_OPERATOR));
    expect(creating.json.data.flags & 64).toBe(64);
    expect(textOf(creating.json.data)).toContain(REFUSAL_ZH);
    expect(buttonsOf(creating.json.data)).toEqual([]);

    const form = await h.interact(commandInteraction('new', [], ZH_OPERATOR));
    expect(form.json.type).toBe(4);
    expect(textOf(form.json.data)).toContain(REFUSAL_ZH);

    const stopping = await h.interact(commandInteraction('stop', [{ name: 'id', value: taskId }], ZH_OPERATOR));
    expect(textOf(stopping.json.data)).toContain(REFUSAL_ZH);
    const stopButton = await h.interact(buttonInteraction(`relay:stop:${taskId}`));
    expect(textOf(stopButton.json.data)).toContain("Relays can't be created or changed in this channel");

    expect(requests('CreateLivePullStreamTask')).toHaveLength(1);
    expect(requests('DeleteLivePullStreamTask')).toHaveLength(0);
    expect(h.tencent.tasks.size).toBe(1);
    expect(CHANNEL_ID).not.toBe(ALLOWED_CHANNEL);
  });
});
