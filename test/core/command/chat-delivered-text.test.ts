// Commands as Slack and Discord deliver them, read through the chat front end's text handling and then the command
// parser: each gives the request its clean text gives, or the same refusal. Invisible characters are written as
// escapes here, so that a reader can see them.
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';
import { context, keys } from './helpers.js';

const F = 'https://media.example.com/vod/show.mp4';
const Q = 'https://media.example.com/vod/show.mp4?a=1&b=2';
const EN = (source: string) => `${source} to live/x tomorrow 8pm for 2h`;
const ZH = (source: string) => `${source} 推到 live/x 明晚8点到10点`;

/** The request (or the refusal's keys) a command gives, in the language of its words. */
function outcome(text: string) {
  const result = parseRelayCommand(text, context({ locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en' }));
  return result.ok ? result.value.request : keys(result.error);
}

describe('invisible characters pasted into a command are not read', () => {
  it.each([
    ['a zero-width space after the source URL', EN(`${F}\u200b`), EN(F)],
    ['a zero-width space after a URL with a query', EN(`${Q}\u200b`), EN(Q)],
    ['a zero-width space before the source URL', EN(`\u200b${F}`), EN(F)],
    ['a word joiner after a live URL', EN('rtmp://live.example.com/app/src\u2060'), EN('rtmp://live.example.com/app/src')],
    ['a zero-width space inside a word', `${F} to live/x tomor\u200brow 8pm for 2h`, EN(F)],
    ['a zero-width space inside a time', `${F} to live/x tomorrow 8\u200bpm for 2h`, EN(F)],
    ['a soft hyphen inside a stream name', `${F} to live/ev\u00adening tomorrow 8pm for 2h`, `${F} to live/evening tomorrow 8pm for 2h`],
    ['a direction mark after the destination', `${F} to live/x\u200f tomorrow 8pm for 2h`, EN(F)],
    ['a zero-width space in a comment', `${EN(F)} comment "final\u200b cut"`, `${EN(F)} comment "final cut"`],
    ['Chinese: a zero-width space after the URL', ZH(`${F}\u200b`), ZH(F)],
    ['Chinese: a zero-width space inside the time', `${F} 推到 live/x 明晚8\u200b点到10点`, ZH(F)],
  ])('%s', (_name, delivered, clean) => {
    expect(outcome(delivered)).toEqual(outcome(clean));
  });

  it('a zero-width space never ends up in the source URL', () => {
    const result = parseRelayCommand(EN(`${F}\u200b`), context());
    expect(result.ok && result.value.request.SourceUrls).toEqual([F]);
  });
});
