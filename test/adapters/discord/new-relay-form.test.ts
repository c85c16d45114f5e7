// `/relay new` with nothing typed (an older registration, or a client that let the option through empty) opens
// a form in the user's language, as `/relay` alone does on Slack, instead of an English dead end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, CHANNEL_ID, commandInteraction, GUILD_ID, OPERATOR_ROLE, startDiscordHarness, type DiscordHarness } from './harness.js';

const ZH_OPERATOR = { id: '666666666666666666', roles: [OPERATOR_ROLE], locale: 'zh-CN' };

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(() => h.close());

let nextId = 1_500_000_000_000_000_000n;
/** The form submitted by the zh-CN operator, as Discord sends a MODAL_SUBMIT (the input inside a Label). */
function submission(customId: string, inputId: string, value: string): object {
  const id = String(nextId++);
  return {
    id, application_id: APP_ID, type: 5, token: `modal-${id}`, version: 1, guild_id: GUILD_ID, channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0 }, locale: ZH_OPERATOR.locale, app_permissions: '2048', entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID }, context: 0,
    member: { user: { id: ZH_OPERATOR.id, username: 'zhop', global_name: null }, roles: ZH_OPERATOR.roles, nick: null },
    data: { custom_id: customId, components: [{ type: 18, id: 1, component: { type: 4, id: 2, custom_id: inputId, value } }] },
  };
}

const creates = () => h.tencent.requests.filter((r) => r.action === 'CreateLivePullStreamTask');

describe('Discord: /relay new without a command', () => {
  it('opens a Chinese form for a zh-CN user, and its submission is previewed like a typed command', async () => {
    const answer = await h.interact(commandInteraction('new', [], ZH_OPERATOR));
    expect(answer.status).toBe(200);
    expect(answer.json.type).toBe(9); // MODAL
    const modal = answer.json.data;
    expect(modal.title).toBe('新建转推');
    expect(modal.title.length).toBeLessThanOrEqual(45);
    const label = modal.components[0];
    expect(label.type).toBe(18);
    expect(label.label).toMatch(/[\u4e00-\u9fff]/);
    expect(label.component).toMatchObject({ type: 4, style: 2, required: true });
    expect(label.component.placeholder).toContain('转推到');

    const preview = await h.interact(
      submission(modal.custom_id, label.component.custom_id, 'https://cdn.example.com/zh.mp4 转推到 live/zh 明天晚上8点 持续2小时'),
    );
    expect(preview.json.type).toBe(4);
    expect(preview.json.data.flags & 64).toBe(64);
    const ids = (preview.json.data.components as { components: { custom_id: string }[] }[]).flatMap((row) => row.components.map((b) => b.custom_id));
    expect(ids.some((id) => id.startsWith('relay:confirm:'))).toBe(true);
    expect(JSON.stringify(preview.json.data.embeds)).toMatch(/[\u4e00-\u9fff]/);
    expect(creates()).toHaveLength(0);
  });

  it('answers an empty form with a Chinese hint that says what to type, with an example', async () => {
    const answer = await h.interact(submission('relay:new-form', 'command', '   '));
    expect(answer.json.type).toBe(4);
    const text = answer.json.data.embeds[0].title as string;
    expect(text).toContain('/转推 新建 命令: https://cdn.example.com/show.mp4 转推到 live/evening');
    expect(text).not.toMatch(/not supported/);
  });
});
