// What people type comes back in Discord embeds (the preview, the status message): a comment, a nickname, a stream
// name. Discord renders markdown there, masked links included, so user text must reach Discord escaped: it reads
// as typed, links only where a URL is written out, and the bot's own timestamps and `code` keep working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeDiscordMarkdown } from '../../../src/adapters/discord/escape-markdown.js';
import { buttonInteraction, CHANNEL_ID, commandInteraction, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

const OPERATOR = { id: '555555555555555555', roles: ['333333333333333333'] };
const COMMENT = '[Watch here](https://elsewhere.example/login) **URGENT** <@&777777777777777777> ||spoiler||';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(() => h.close());

type Embed = { title: string; description?: string; fields: { name: string; value: string }[] };
const embedOf = (body: unknown) => (body as { embeds: Embed[] }).embeds[0]!;
const fieldText = (embed: Embed) => embed.fields.map((f) => f.value).join('\n');
const confirmIdOf = (data: { components: { components: { custom_id: string }[] }[] }) =>
  data.components.flatMap((row) => row.components.map((b) => b.custom_id)).find((id) => id.startsWith('relay:confirm:'))!;

describe('user text in Discord messages', () => {
  it('shows a comment with a masked link, bold, a role mention and a spoiler as typed, in the preview and the status message', async () => {
    const preview = await h.interact(
      commandInteraction(
        'new',
        [
          { name: 'command', value: 'https://media.example.com/vod/my_show__final.mp4 to live/_evening_ tomorrow 8pm for 2h' },
          { name: 'comment', value: COMMENT },
        ],
        { ...OPERATOR, locale: 'zh-CN' },
      ),
    );
    const shown = fieldText(embedOf(preview.json.data));
    // Escaped: no masked link, no bold, no role pill, no spoiler; the words themselves are all there.
    expect(shown).toContain('\\[Watch here\\](https://elsewhere.example/login) \\*\\*URGENT\\*\\* \\<@&777777777777777777\\> \\|\\|spoiler\\|\\|');
    // A written-out URL stays exactly as typed (Discord links it whole), and instants stay timestamps.
    expect(shown).toContain('https://media.example.com/vod/my_show__final.mp4');
    expect(shown).toMatch(/<t:\d+:F> \(<t:\d+:R>\)/);
    // The stream name (masked, as a stream key is) is not italics or bold.
    expect(shown).toContain('rtmp://push.example.com/live/\\_e\\*\\*\\*\\*');

    const before = new Set(h.discord.messages.keys());
    await h.interact(buttonInteraction(confirmIdOf(preview.json.data), OPERATOR));
    const status = await waitFor(
      () => [...h.discord.messages.values()].find((m) => !before.has(m.id) && m.channel_id === CHANNEL_ID),
      'the status message',
    );
    const statusText = JSON.stringify(embedOf(status.body));
    expect(statusText).not.toMatch(/(?<!\\)\[Watch here(?<!\\)\]/);
    expect(statusText).not.toContain('**');
  });

  it('keeps what must render: timestamps, `code` the bot writes, http(s) links; and escapes line-start markup', () => {
    expect(escapeDiscordMarkdown('at <t:1795953600:T> by _bob_')).toBe('at <t:1795953600:T> by \\_bob\\_');
    expect(escapeDiscordMarkdown('Use `/relay show <id>` for any of them.')).toBe('Use `/relay show <id>` for any of them.');
    expect(escapeDiscordMarkdown('https://cdn.example.com/a_b__c*.mp4')).toBe('https://cdn.example.com/a_b__c*.mp4');
    expect(escapeDiscordMarkdown('rtmp://push.example.com/live/ev****')).toBe('rtmp://push.example.com/live/ev\\*\\*\\*\\*');
    expect(escapeDiscordMarkdown('# Big\n- item\n12. twelve\n-# small\n> quoted')).toBe('\\# Big\n\\- item\n12\\. twelve\n\\-# small\n\\> quoted');
    // Near misses that are plain text already stay as they were.
    expect(escapeDiscordMarkdown('Relay r7kq2m · scheduled')).toBe('Relay r7kq2m · scheduled');
    expect(escapeDiscordMarkdown('转推任务 pspey7 · 已排期（2 小时 0 分钟）')).toBe('转推任务 pspey7 · 已排期（2 小时 0 分钟）');
    expect(escapeDiscordMarkdown('… (+16)')).toBe('… (+16)');
  });
});
