// What Slack and Discord add around a command beyond emphasis: Markdown links ([show](url), [show](<url>)), a block
// quote's "> " opening the line, emoji and Slack's :shortcodes:. The link's label and the rest had been refused as
// words not understood, "[url](url)" was one source URL with "](" inside, and an emoji glued to a URL became part of it.
import { describe, expect, it } from 'vitest';
import { slashCommandText } from '../../../src/adapters/slack/slash-text.js';
import { parseRelayCommand } from '../../../src/core/command/index.js';
import { context, editOutcome, keys } from './helpers.js';

const F = 'https://media.example.com/vod/show.mp4';
const EN = `${F} to live/x tomorrow 8pm for 2h`;

function outcome(text: string) {
  const result = parseRelayCommand(text, context({ locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en' }));
  return result.ok ? result.value.request : keys(result.error);
}

describe('read as the command without them', () => {
  it.each([
    ['a Markdown link as the source', `[show](${F}) to live/x tomorrow 8pm for 2h`],
    ['a Discord link kept from unfurling', `[show](<${F}>) to live/x tomorrow 8pm for 2h`],
    ['a link whose label is its URL', `[${F}](${F}) to live/x tomorrow 8pm for 2h`],
    ['a quote marker', `> ${EN}`],
    ['a quote marker from Slack (&gt;)', slashCommandText(`&gt; ${EN}`)],
    ['a Discord quote of the rest', `>>> ${EN}`],
    ['emoji around the words', `🎬 ${F} to live/x 📅 tomorrow 8pm ⏰ for 2h 🚀`],
    ['an emoji glued to the URL', `${F}🚀 to live/x tomorrow 8pm for 2h`],
    ['an emoji glued to a word', `${F} to live/x tomorrow🌙 8pm for 2h`],
    ['a skin tone and a flag', `${EN} 👍🏽 🇺🇸`],
    ['a Slack shortcode', `${EN} :tada: :+1:`],
  ])('%s', (_name, text) => {
    expect(outcome(text)).toEqual(outcome(EN));
  });
});

describe('kept where they are the operator’s text', () => {
  it.each([
    [`${EN} comment "🎉 final :tada:"`, '🎉 final :tada:'],
    [`${EN} comment 🎉`, '🎉'],
    [`${F} 推到 live/x 明晚8点到10点 备注🔥`, '🔥'],
    [`${EN} comment "see [docs](https://docs.example.com/a)"`, 'see [docs](https://docs.example.com/a)'],
  ])('%s', (text, comment) => {
    expect(outcome(text)).toMatchObject({ Comment: comment });
  });
});

describe('in an edit', () => {
  it('a Markdown link is the new source, emoji are nothing', () => {
    expect(editOutcome('new source [b](https://cdn.example.com/b.mp4) 🙏')).toEqual({ SourceUrls: ['https://cdn.example.com/b.mp4'] });
    expect(editOutcome('> extend by 30 minutes 👍')).toEqual({ EndTime: '2026-03-02T14:30:00Z' });
    expect(editOutcome('延长半小时🙏')).toEqual({ EndTime: '2026-03-02T14:30:00Z' });
  });
});
