// Discord never tells the bot a user's time zone: "tomorrow 8pm" is read in the zone the user set with /relay tz,
// else in the bot's default. The preview's times are Discord timestamps, which each reader sees converted to
// their own zone, so a reading in the wrong zone showed only as an unexpected clock time ("07:00" for "8pm"),
// with nothing saying why. Each time field now also says the time as read and the zone it was read in. The whole
// bot against the Discord and Tencent stand-ins (harness.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDiscordMessage } from '../../../src/adapters/discord/render.js';
import type { ReplyDocument } from '../../../src/core/reply.js';
import { commandInteraction, startDiscordHarness, type DiscordHarness } from './harness.js';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness({ RELAYBOT_DEFAULT_TZ: 'Asia/Shanghai' });
});
afterAll(() => h.close());

type Field = { name: string; value: string };
async function previewFields(user: { id: string; locale: string }, command: string): Promise<Field[]> {
  const answer = await h.interact(commandInteraction('new', [{ name: 'command', value: command }], { ...user, roles: ['333333333333333333'] }));
  expect(answer.json.type).toBe(4);
  return answer.json.data.embeds[0].fields as Field[];
}

const valueOf = (fields: Field[], name: string) => fields.find((f) => f.name === name)?.value ?? '';

describe('the zone a Discord preview read its times in', () => {
  it('names the bot default zone for a user who never set one, beside the timestamp', async () => {
    const fields = await previewFields({ id: '700000000000000001', locale: 'en-US' }, 'https://cdn.example.com/a.mp4 to live/z1 tomorrow 8pm for 2h');
    expect(valueOf(fields, 'Start')).toMatch(/^<t:\d+:F> \(<t:\d+:R>\)\n.*20:00 \(Asia\/Shanghai\) · .* 12:00 UTC$/);
    expect(valueOf(fields, 'End')).toMatch(/^<t:\d+:F> \(<t:\d+:R>\)\n.*22:00 \(Asia\/Shanghai\) · .* 14:00 UTC$/);
  });

  it('names the zone the user set with /relay tz, in Chinese for a zh-CN client', async () => {
    const user = { id: '700000000000000002', locale: 'zh-CN' };
    const tz = await h.interact(commandInteraction('tz', [{ name: 'zone', value: 'America/New_York' }], { ...user, roles: [] }));
    expect(tz.json.type).toBe(4);
    const fields = await previewFields(user, 'https://cdn.example.com/a.mp4 推到 live/z2 明晚8点 持续2小时');
    expect(valueOf(fields, '开始')).toMatch(/^<t:\d+:F> \(<t:\d+:R>\)\n.*20:00（America\/New\\_York）· .* 01:00 UTC$/);
  });

  it('keeps a bare timestamp where the embed has no room left for the line (6,000 characters in all)', () => {
    const start = Date.parse('2026-11-29T12:00:00Z');
    const huge = 'x'.repeat(1024);
    const doc: ReplyDocument = {
      kind: 'preview', title: 'New relay', lines: [], actions: [], severity: 'info', text: '',
      // 5 × (6 + 1,024) + 6 + 760 of the 5,991 left after the title: 75 remain, too few for both lines.
      fields: [
        ...Array.from({ length: 5 }, (_, i) => ({ label: `Part ${i}`, value: huge })),
        { label: 'Part 5', value: 'y'.repeat(760) },
        { label: 'Start', value: 'Sun 29 Nov 20:00 (Asia/Shanghai) · 12:00 UTC' },
      ],
      instants: { Start: start },
    };
    const fields = renderDiscordMessage(doc).embeds[0]!.fields;
    const total = 'New relay'.length + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
    expect(valueOf(fields, 'Start')).toBe(`<t:${start / 1000}:F> (<t:${start / 1000}:R>)`);
  });
});
