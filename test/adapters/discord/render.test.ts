import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, parseCustomId, renderDiscordMessage } from '../../../src/adapters/discord/render.js';
import type { ReplyDocument } from '../../../src/core/reply.js';

function doc(overrides: Partial<ReplyDocument> = {}): ReplyDocument {
  return { kind: 'status', title: 'Relay r7kq2m', lines: [], fields: [], actions: [], severity: 'info', text: 'Relay r7kq2m', ...overrides };
}

describe('Discord rendering', () => {
  it('shows instants as Discord timestamps, which each reader sees in their own zone', () => {
    const start = Date.parse('2026-12-01T12:00:00Z');
    const message = renderDiscordMessage(doc({ fields: [{ label: 'Start', value: '2026-12-01 20:00 (Asia/Shanghai)' }], instants: { Start: start } }));
    // Under it, the time as read, in the zone it was read in (Discord never tells the bot a user's zone).
    expect(message.embeds[0]!.fields[0]!.value).toBe(`<t:${start / 1000}:F> (<t:${start / 1000}:R>)\n2026-12-01 20:00 (Asia/Shanghai)`);
  });

  it('cuts a long list of sources at a line, whole URLs only, and says how many are left out', () => {
    const urls = Array.from({ length: 30 }, (_, i) => `https://cdn.example.com/${'segment/'.repeat(10)}part-${String(i + 1).padStart(2, '0')}.mp4`);
    const value = renderDiscordMessage(doc({ fields: [{ label: 'Sources (30)', value: urls.join('\n') }] })).embeds[0]!.fields[0]!.value;
    expect(value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    const lines = value.split('\n');
    const shown = lines.slice(0, -1);
    expect(shown.length).toBeGreaterThan(3);
    expect(shown).toEqual(urls.slice(0, shown.length));
    expect(lines.at(-1)).toBe(`… (+${30 - shown.length})`);
  });

  it('keeps an oversized document within every documented limit', () => {
    const huge = 'x'.repeat(10_000);
    const message = renderDiscordMessage(
      doc({
        title: huge,
        lines: [huge, huge],
        fields: Array.from({ length: 40 }, (_, i) => ({ label: `${i}${huge}`, value: huge })),
        actions: Array.from({ length: 30 }, (_, i) => ({ id: 'stop' as const, label: huge, value: `task${i}` })),
      }),
    );
    const embed = message.embeds[0]!;
    expect(embed.title.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed.fields.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
    for (const field of embed.fields) {
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
    const total = embed.title.length + (embed.description?.length ?? 0) + embed.fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(message.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.rows);
    for (const row of message.components) {
      expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
      for (const button of row.components) {
        expect(button.label.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
        expect(button.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
      }
    }
  });

  it('round-trips button ids and refuses foreign ones', () => {
    const message = renderDiscordMessage(doc({ actions: [{ id: 'restart', label: 'Restart', value: 'r7kq2m' }] }));
    expect(parseCustomId(message.components[0]!.components[0]!.custom_id)).toEqual({ action: 'restart', value: 'r7kq2m' });
    expect(parseCustomId('relay:format:c:')).toBeNull();
    expect(parseCustomId('other:stop:r7kq2m')).toBeNull();
  });

  it('pings only the creator: user text can never mention @everyone or a role', () => {
    const message = renderDiscordMessage(doc({ kind: 'alarm', mentionUserId: '123456789012345678', lines: ['@everyone <@&999999999999999999>'] }));
    expect(message.content).toBe('<@123456789012345678>');
    expect(message.allowed_mentions).toEqual({ parse: [], users: ['123456789012345678'] });
  });
});
