// The task is created at the provider before its status message is posted. When Discord then fails the post,
// the user must learn that the relay exists (not "nothing was changed"), and a later click must post the
// status message the first one could not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, CHANNEL_ID, commandInteraction, GUILD_ID, OPERATOR_ROLE, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

const ZH_OPERATOR = { id: '666666666666666666', roles: [OPERATOR_ROLE], locale: 'zh-CN' };

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(() => h.close());

let nextId = 1_400_000_000_000_000_000n;
/** A button click by the zh-CN operator, as Discord sends it. */
function click(customId: string): object {
  const id = String(nextId++);
  return {
    id, application_id: APP_ID, type: 3, token: `click-${id}`, version: 1, guild_id: GUILD_ID, channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0 }, locale: ZH_OPERATOR.locale, app_permissions: '2048', entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID }, context: 0,
    member: { user: { id: ZH_OPERATOR.id, username: 'zhop', global_name: null }, roles: ZH_OPERATOR.roles, nick: null },
    message: { id: '1', channel_id: CHANNEL_ID }, data: { custom_id: customId, component_type: 2 },
  };
}

type Payload = { embeds?: { title?: string; description?: string }[]; components?: { components: { custom_id: string; label: string }[] }[] };
const buttonsOf = (payload: Payload) => (payload.components ?? []).flatMap((row) => row.components);
const textOf = (payload: Payload) => (payload.embeds ?? []).map((e) => `${e.title ?? ''}\n${e.description ?? ''}`).join('\n');
const answerTo = (token: string) => h.discord.calls.find((c) => c.method === 'PATCH' && c.path.includes(`/${token}/messages/@original`))?.body as Payload | undefined;
const statusPosts = () => [...h.discord.messages.values()].filter((m) => m.channel_id === CHANNEL_ID && (m.body as Payload).embeds?.[0]?.title?.includes('转推'));
const creates = () => h.tencent.requests.filter((r) => r.action === 'CreateLivePullStreamTask' && !r.errorCode);

describe('Discord: the status message cannot be posted after the task was created', () => {
  it('says the relay is set up (with its id and how to see it), and a later click posts the status message once', async () => {
    const preview = await h.interact(commandInteraction('new', [{ name: 'command', value: 'https://cdn.example.com/a.mp4 转推到 live/a 明天晚上8点 持续2小时' }], ZH_OPERATOR));
    const confirm = buttonsOf(preview.json.data).find((b) => b.custom_id.startsWith('relay:confirm:'))!.custom_id;

    h.discord.failNext(1_000); // every Discord API call fails (500) until reset below
    const first = click(confirm) as { token: string };
    expect((await h.interact(first)).json.type).toBe(6);
    const failedAnswer = await waitFor(() => answerTo(first.token), 'the answer to the first Confirm', 20_000);
    h.discord.failNext(0);

    const taskId = /转推 (\w+)/.exec(failedAnswer.embeds![0]!.title!)?.[1];
    expect(h.tencent.tasks.size).toBe(1);
    expect(taskId).toBeDefined();
    const shown = textOf(failedAnswer);
    expect(shown).toContain(`转推 ${taskId} 已创建`);
    expect(shown).toContain(`/转推 详情 编号:${taskId}`);
    expect(shown).not.toContain('未做任何更改');
    // A button to post the status message (Confirm of the same preview) and one to show the relay.
    expect(buttonsOf(failedAnswer).map((b) => [b.custom_id, b.label])).toEqual([
      [confirm, '发布状态'],
      [`relay:show:${taskId}`, '查看转推'],
    ]);
    expect(statusPosts()).toHaveLength(0);

    const second = click(confirm) as { token: string };
    await h.interact(second);
    const secondAnswer = await waitFor(() => answerTo(second.token), 'the answer to the second Confirm');
    expect(statusPosts()).toHaveLength(1);
    expect(JSON.stringify(statusPosts()[0]!.body)).toContain(taskId!);
    expect(textOf(secondAnswer)).toContain(taskId!);
    expect(buttonsOf(secondAnswer)).toEqual([]);

    // The status message is recorded: one more click neither posts again nor creates another task.
    const third = click(confirm) as { token: string };
    await h.interact(third);
    await waitFor(() => answerTo(third.token), 'the answer to the third Confirm');
    expect(statusPosts()).toHaveLength(1);
    expect(creates()).toHaveLength(1);
    expect(h.tencent.tasks.size).toBe(1);
  });
});
