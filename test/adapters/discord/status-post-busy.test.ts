// When Discord does not take a new relay's status message, the answer says the relay exists and offers "Post
// status". What to do before pressing it depends on why: a refusal (no permission to post or embed here) needs
// the channel's permissions checked; a rate limit or an outage (429, 5xx) needs only a minute's wait, and
// advice about permissions would send people to their server settings for nothing. The whole bot against the
// Discord and Tencent stand-ins (harness.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonInteraction, CHANNEL_ID, commandInteraction, OPERATOR_ROLE, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(() => h.close());

type Payload = { embeds?: { title?: string; description?: string }[]; components?: { components: { custom_id: string; label: string }[] }[] };
const textOf = (payload: Payload) => (payload.embeds ?? []).map((e) => `${e.title ?? ''}\n${e.description ?? ''}`).join('\n');
const answerTo = (token: string) => h.discord.calls.find((c) => c.method === 'PATCH' && c.path.includes(`/${token}/messages/@original`))?.body as Payload | undefined;

async function confirmWith(stream: string, locale: string): Promise<{ confirm: string; answer: Payload }> {
  const user = { id: '555555555555555555', roles: [OPERATOR_ROLE], locale };
  const preview = await h.interact(commandInteraction('new', [{ name: 'command', value: `https://cdn.example.com/a.mp4 to live/${stream} tomorrow 8pm for 2h` }], user));
  const confirm = (preview.json.data.components[0].components as { custom_id: string }[])[0]!.custom_id;
  const click = { ...(buttonInteraction(confirm) as { token: string }), locale };
  expect((await h.interact(click)).json.type).toBe(6);
  return { confirm, answer: await waitFor(() => answerTo(click.token), 'the Confirm answer', 20_000) };
}

describe('a status message Discord did not take', () => {
  it('after a rate limit, says to press Post status in a minute, not to check permissions; then it posts', async () => {
    h.discord.rateLimitNext(1, 6);
    const { confirm, answer } = await confirmWith('busy', 'en-US');
    const shown = textOf(answer);
    expect(shown).toMatch(/is set up, but its status message isn't posted yet/);
    expect(shown).toMatch(/asked me to wait/);
    expect(shown).toMatch(/Press “Post status” in a minute/);
    expect(shown).not.toMatch(/Check that I may send messages/);

    await new Promise((resolve) => setTimeout(resolve, 6_500));
    const again = buttonInteraction(confirm) as { token: string };
    await h.interact(again);
    await waitFor(() => answerTo(again.token), 'the Post status answer');
    expect([...h.discord.messages.values()].filter((m) => m.channel_id === CHANNEL_ID && JSON.stringify(m.body).includes('· scheduled'))).toHaveLength(1);
  }, 30_000);

  it('after a refusal (50013), still says to check the permissions, in Chinese for a zh-CN client', async () => {
    h.discord.refuse({ method: 'POST', path: new RegExp(`^/channels/${CHANNEL_ID}/messages$`) }, { status: 403, code: 50013, message: 'Missing Permissions' }, 1);
    const { answer } = await confirmWith('refused', 'zh-CN');
    const shown = textOf(answer);
    expect(shown).toMatch(/已创建，但状态消息尚未发布/);
    expect(shown).toMatch(/请确认我在这里有发送消息和嵌入链接的权限/);
  });
});
