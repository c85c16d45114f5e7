// The new-relay modal: what a person fills in becomes the same command text they could have typed.
import { describe, expect, it } from 'vitest';
import { buildRelayForm, findFeedUrl, readRelayForm, relayFormToCommand } from '../../../src/adapters/slack/relay-form.js';
import { parseRelayCommand } from '../../../src/core/command/index.js';
import { blockKitViolation } from '../../support/slack-standin.js';

describe('relay form', () => {
  it('turns the filled-in form into command text, quoting the comment', () => {
    const state = {
      sources: { value: { value: 'https://cdn.example.com/a.mp4\nhttps://cdn.example.com/b.mp4' } },
      destination: { value: { value: 'live/evening' } },
      when: { value: { value: 'tomorrow 8pm for 2h' } },
      loop: { value: { value: '3' } },
      backup: { value: { value: null } },
      comment: { value: { value: 'Say "hi"' } },
    };
    const { values, origin } = readRelayForm(state, JSON.stringify({ channelId: 'C0RELAYS' }));
    expect(origin).toEqual({ channelId: 'C0RELAYS' });
    expect(relayFormToCommand(values)).toBe(
      `https://cdn.example.com/a.mp4 https://cdn.example.com/b.mp4 to live/evening tomorrow 8pm for 2h loop 3 times comment "Say 'hi'"`,
    );
  });

  it('reads the Loop field as people write it, in English or Chinese', () => {
    const loopsOf = (loop: string) => {
      const text = relayFormToCommand({ sources: 'https://cdn.example.com/a.mp4', destination: 'push.example.com/live/e', when: 'tomorrow 8pm for 2h', loop });
      const parsed = parseRelayCommand(text, { timeZone: 'Asia/Shanghai', now: new Date('2026-03-01T04:00:00Z'), locale: 'zh-CN', operator: 'a', maxSpanDays: 7, allowPrivateNetworks: false });
      return parsed.ok ? parsed.value.request.VodLoopTimes : parsed.error.map((e) => e.key).join();
    };
    for (const typed of ['3', '3 times', '3次', '3 遍', ' 3x ']) expect(loopsOf(typed), typed).toBe('3');
    for (const typed of ['forever', '无限循环']) expect(loopsOf(typed), typed).toBe('-1');
    expect(loopsOf('不循环')).toBe('0');
  });

  it('asks for a channel when opened outside one, and uses the chosen one', () => {
    const withoutChannel = buildRelayForm('en', {});
    expect(withoutChannel.blocks.some((b) => b.block_id === 'channel')).toBe(true);
    expect(buildRelayForm('en', { channelId: 'C1' }).blocks.some((b) => b.block_id === 'channel')).toBe(false);
    expect(readRelayForm({ channel: { value: { selected_conversation: 'C0CHOSEN' } } }, '{}').origin).toEqual({ channelId: 'C0CHOSEN' });
    expect(blockKitViolation(withoutChannel.blocks, 100)).toBeNull();
  });

  it('is labelled in the user’s language and keeps their input when shown again', () => {
    const zh = buildRelayForm('zh-CN', { channelId: 'C1' }, { sources: 'https://cdn.example.com/a.mp4' });
    expect(zh.title.text).toBe('新建转推');
    expect(JSON.stringify(zh.blocks)).toContain('"initial_value":"https://cdn.example.com/a.mp4"');
  });

  it('finds the feed URL in a message, as Slack formats links', () => {
    expect(findFeedUrl('tonight: <https://cdn.example.com/show.m3u8?a=1&amp;b=2|the feed> ok')).toBe('https://cdn.example.com/show.m3u8?a=1&b=2');
    expect(findFeedUrl('pull rtmp://origin.example.com/live/cam1 please')).toBe('rtmp://origin.example.com/live/cam1');
    expect(findFeedUrl('no link here')).toBeUndefined();
  });
});
