// The Block Kit renderer: what Slack would reject never leaves the bot, and what users must see survives.
import { describe, expect, it } from 'vitest';
import { BLOCK_KIT_LIMITS, escapeMrkdwn, parseActionId, renderDocument, truncate } from '../../../src/adapters/slack/block-kit.js';
import type { ReplyDocument } from '../../../src/core/reply.js';
import { blockKitViolation } from '../../support/slack-standin.js';

const doc = (over: Partial<ReplyDocument> = {}): ReplyDocument => ({
  kind: 'preview',
  title: 'Relay preview',
  lines: ['Starts tomorrow 20:00 (Asia/Shanghai), 12:00 UTC'],
  fields: [{ label: 'Destination', value: 'rtmp://push.example.com/live/ev****' }],
  actions: [
    { id: 'confirm', label: 'Confirm', value: 'p1', style: 'primary' },
    { id: 'cancel', label: 'Cancel', value: 'p1' },
  ],
  severity: 'info',
  text: 'Relay preview',
  ...over,
});

const allText = (blocks: unknown) => JSON.stringify(blocks);

describe('renderDocument', () => {
  it('cuts a long list of sources at a line, whole URLs only, and says how many are left out', () => {
    const urls = Array.from({ length: 30 }, (_, i) => `https://cdn.example.com/${'segment/'.repeat(10)}part-${String(i + 1).padStart(2, '0')}.mp4`);
    const { blocks } = renderDocument(doc({ fields: [{ label: 'Sources (30)', value: urls.join('\n') }] }));
    const field = (blocks.find((b) => b.type === 'section' && 'fields' in b) as { fields: { text: string }[] }).fields[0]!.text;
    expect(field.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.fieldText);
    const lines = field.split('\n');
    const shown = lines.slice(1, -1);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown).toEqual(urls.slice(0, shown.length));
    expect(lines.at(-1)).toBe(`… (+${30 - shown.length})`);
    expect(blockKitViolation(blocks, 50)).toBeNull();
  });

  it('renders title, lines, fields and buttons whose ids and values come back on click', () => {
    const { blocks, text } = renderDocument(doc());
    expect(blocks[0]).toMatchObject({ type: 'header' });
    expect(allText(blocks)).toContain('Starts tomorrow 20:00');
    expect(allText(blocks)).toContain('*Destination*');
    const actions = blocks.find((b) => b.type === 'actions') as { elements: { action_id: string; value: string; style?: string }[] };
    expect(actions.elements.map((e) => [parseActionId(e.action_id), e.value, e.style])).toEqual([
      ['confirm', 'p1', 'primary'],
      ['cancel', 'p1', undefined],
    ]);
    expect(text).toBe('Relay preview');
  });

  it('cuts very long content to Slack’s limits and keeps the buttons', () => {
    const huge = doc({
      title: 'T'.repeat(400),
      lines: Array.from({ length: 300 }, (_, i) => `line ${i} ${'x'.repeat(i % 2 ? 5000 : 400)}`),
      fields: Array.from({ length: 120 }, (_, i) => ({ label: `field ${i}`, value: 'v'.repeat(2500) })),
      actions: Array.from({ length: 40 }, (_, i) => ({ id: 'stop' as const, label: `Stop ${'s'.repeat(100)}`, value: `task${i}`.repeat(400) })),
      text: 'y'.repeat(50_000),
    });
    const { blocks, text } = renderDocument(huge);
    expect(blockKitViolation(blocks, BLOCK_KIT_LIMITS.blocksPerMessage)).toBeNull();
    expect(blocks).toHaveLength(BLOCK_KIT_LIMITS.blocksPerMessage);
    expect(blocks.at(-1)).toMatchObject({ type: 'actions' });
    expect(blocks.at(-2)).toMatchObject({ type: 'context' }); // the visible "… (+N)" marker
    expect(allText(blocks.at(-2))).toMatch(/… \(\+\d+\)/);
    expect(text.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.fallbackText);
    // App Home and modals allow 100 blocks.
    expect(blockKitViolation(renderDocument(huge, BLOCK_KIT_LIMITS.blocksPerView).blocks, 100)).toBeNull();
  });

  it('never lets user text ping the channel or forge links, and mentions only a real user id', () => {
    const { blocks, text } = renderDocument(doc({ lines: ['<!channel> see <https://evil.example|here> & more'], text: '<!here>', mentionUserId: 'U0ALICE' }));
    expect(allText(blocks)).not.toContain('<!channel>');
    expect(allText(blocks)).toContain('&lt;!channel&gt;');
    expect(text).toBe('<@U0ALICE> &lt;!here&gt;');
    expect(renderDocument(doc({ mentionUserId: '!channel' })).text).not.toContain('<@');
  });

  it('puts a sentence in a mrkdwn section, whole, and only a short heading in the (150-character, plain-text) header', () => {
    const sentence = `You can look at relays here but not change them. ${'Ask someone allowed to manage relays, or ask an admin. '.repeat(3)}Use \`/relay help\`.`;
    const notice = renderDocument(doc({ kind: 'info', title: sentence, lines: [], fields: [], actions: [], severity: 'warning', text: sentence }));
    expect(notice.blocks.some((b) => b.type === 'header')).toBe(false);
    expect(notice.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: `:warning: ${sentence}` } });
    // A long title over other content is not cut either: it opens the first section, in bold.
    const long = renderDocument(doc({ title: sentence }));
    expect(long.blocks[0]).toMatchObject({ type: 'section', text: { text: expect.stringContaining(`*${sentence}*`) } });
    expect(allText(long.blocks)).toContain('Starts tomorrow 20:00');
    expect(renderDocument(doc()).blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: ':information_source: Relay preview', emoji: true } });
  });

  it('truncates by characters without splitting emoji or CJK', () => {
    expect(truncate('转推任务🎥🎥🎥', 6)).toBe('转推任务🎥…');
    expect(escapeMrkdwn('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
  });
});
