// Commands as Slack and Discord deliver them, read through the chat front end's text handling and then the command
// parser: each gives the request its clean text gives, or the same refusal. Invisible characters are written as
// escapes here, so that a reader can see them.
import { describe, expect, it } from 'vitest';
import { slashCommandText } from '../../../src/adapters/slack/slash-text.js';
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

describe('Slack slash-command text (escaped, links and mentions wrapped) reads as the clean command', () => {
  it.each([
    ['a link Slack wrapped', EN(`<${F}>`), EN(F)],
    ['a link with its label', EN(`<${F}|media.example.com/vod/show.mp4>`), EN(F)],
    ['a query whose & Slack escaped', EN(Q.replace('&', '&amp;')), EN(Q)],
    ['a wrapped link whose & Slack escaped', EN(`<${Q.replace('&', '&amp;')}>`), EN(Q)],
    ['a push URL with an escaped query', `${F} to rtmp://push.partner.com/live/KEY1?txSecret=ab&amp;txTime=5F tomorrow 8pm for 2h`, `${F} to rtmp://push.partner.com/live/KEY1?txSecret=ab&txTime=5F tomorrow 8pm for 2h`],
    ['a destination Slack turned into an http link', `${F} to <http://push.partner.com/live/x|push.partner.com/live/x> tomorrow 8pm for 2h`, `${F} to push.partner.com/live/x tomorrow 8pm for 2h`],
    ['a source typed without a scheme, linked by Slack', EN('<http://media.example.com/vod/show.mp4|media.example.com/vod/show.mp4>'), EN('media.example.com/vod/show.mp4')],
    ['an address in a comment', `${EN(F)} comment "ask <mailto:ops@example.com|ops@example.com>"`, `${EN(F)} comment "ask ops@example.com"`],
    ['a mention in a comment', `${EN(F)} comment "call <@U12345|bob>"`, `${EN(F)} comment "call @bob"`],
    ['a channel in a comment', `${EN(F)} comment "see <#C12345|ops>"`, `${EN(F)} comment "see #ops"`],
    ['an escaped < in a comment', `${EN(F)} comment "a &lt; b &amp; c"`, `${EN(F)} comment "a < b & c"`],
    ['Chinese: a wrapped link with an escaped query', ZH(`<${Q.replace('&', '&amp;')}>`), ZH(Q)],
  ])('%s', (_name, delivered, clean) => {
    expect(outcome(slashCommandText(delivered))).toEqual(outcome(clean));
  });

  it('keeps the & of a signed URL', () => {
    const result = parseRelayCommand(slashCommandText(EN(`<${Q.replace('&', '&amp;')}|show.mp4>`)), context());
    expect(result.ok && result.value.request.SourceUrls).toEqual([Q]);
  });

  it('a mention outside a comment is refused with its name quoted, not dropped', () => {
    expect(outcome(slashCommandText(`<@U12345|bob> ${EN(F)}`))).toEqual(['parse.unrecognized']);
    expect(outcome(slashCommandText(`<#C12345|ops> ${EN(F)}`))).toEqual(['parse.unrecognized']);
  });
});
