// An unquoted comment is one word. Chinese has no space to end it, and a word can be a day as well as a comment:
// what it swallowed (a loop, the runner, a region, the day) must come back or be asked about, never be dropped.
import { describe, expect, it } from 'vitest';
import { accepted, keys, rejected } from './helpers.js';
import { t } from '../../../src/core/i18n.js';

const FILE = 'https://media.example.com/vod/show.mp4';
// Helpers' now: Sunday 2026-03-01 12:00 in Shanghai (UTC+8).
const TOMORROW_8_TO_10 = { StartTime: '2026-03-02T12:00:00Z', EndTime: '2026-03-02T14:00:00Z' };
const zh = { locale: 'zh-CN' as const };
const ZH_COMMAND = `${FILE} 转推到 live/x 明晚8点到10点`;

describe('options glued to a Chinese one-word comment', () => {
  it.each([
    ['备注周五节目循环3次', '周五节目', { VodLoopTimes: '3' }],
    ['备注：重播地域东京', '重播', { Region: 'ap-tokyo' }],
    ['备注：重播不循环', '重播', { VodLoopTimes: '0' }],
    ['备注：重播立即切换', '重播', { VodRefreshType: 'ImmediateNewSource' }],
    ['备注：周五节目循环两次不用本地', '周五节目循环两次不用本地', {}],
  ])('%s', (words, comment, options) => {
    expect(accepted(`${ZH_COMMAND} ${words}`, zh).request).toMatchObject({ ...TOMORROW_8_TO_10, ...options, Comment: comment });
  });

  it('gives back the runner', () => {
    const parsed = accepted(`${ZH_COMMAND} 备注：周五节目用本地`, zh);
    expect(parsed.request.Comment).toBe('周五节目');
    expect(parsed.backend).toBe('local');
  });

  it('keeps a comment that only contains an option word, and says when an option comes twice', () => {
    expect(accepted(`${ZH_COMMAND} 备注：周五循环赛`, zh).request.Comment).toBe('周五循环赛');
    expect(accepted(`${ZH_COMMAND} 备注：重播3次`, zh).request).not.toHaveProperty('VodLoopTimes');
    expect(keys(rejected(`${ZH_COMMAND} 循环2次 备注：重播循环3次`, zh))).toEqual(['parse.duplicateOption']);
  });
});

describe('a day or time swallowed by a one-word comment', () => {
  it.each([
    `${FILE} 转推到 live/x 备注：决赛明晚 8点到10点`,
    `${FILE} 转推到 live/x 备注：决赛明晚8点到10点`,
    `${FILE} 转推到 live/x 备注周五节目循环3次明晚8点到10点`,
  ])('gives the glued time back in Chinese: %s', (command) => {
    const { request } = accepted(command, zh);
    expect(request).toMatchObject(TOMORROW_8_TO_10);
    expect(request.Comment).toMatch(/^(决赛|周五节目)$/);
  });

  it.each([
    [`${FILE} to live/x comment: tomorrow 8pm for 2h`, 'tomorrow'],
    [`${FILE} to live/x 8pm comment: tomorrow for 2h`, 'tomorrow'],
    [`${FILE} to live/x comment friday 8pm for 2h`, 'friday'],
    [`${FILE} 转推到 live/x 备注：明晚 8点到10点`, '明晚'],
  ])('asks for quotes when the whole word may be the day: %s', (command, word) => {
    const errors = rejected(command, /[\u4e00-\u9fff]/.test(command) ? zh : {});
    expect(errors).toEqual([expect.objectContaining({ field: 'Comment', key: 'parse.commentMayBeTime', params: { comment: word } })]);
    expect(t('en', errors[0]!.key, errors[0]!.params)).toContain(`comment "${word}"`);
    expect(t('zh-CN', errors[0]!.key, errors[0]!.params)).toContain(`备注“${word}”`);
  });

  it('keeps a day word as the comment when it changes nothing', () => {
    expect(accepted(`${FILE} to live/x tomorrow 8pm for 2h comment: tomorrow`).request).toMatchObject({ ...TOMORROW_8_TO_10, Comment: 'tomorrow' });
    expect(accepted(`${FILE} to live/x comment: friday tomorrow 8pm for 2h`).request).toMatchObject({ ...TOMORROW_8_TO_10, Comment: 'friday' });
    expect(accepted(`${FILE} 转推到 live/x 备注：重播周五 明晚8点到10点`, zh).request).toMatchObject({ ...TOMORROW_8_TO_10, Comment: '重播周五' });
  });

  it('still says a time went into the comment when no part of it is one', () => {
    expect(keys(rejected(`${FILE} 转推到 live/x 备注：决赛明晚8点`, zh))).toEqual(['parse.scheduleInComment', 'parse.noSchedule']);
  });
});

describe('punctuation and quotes around a comment', () => {
  it.each([
    ['comment: rerun.', 'rerun', {}],
    ['comment rerun!', 'rerun', {}],
    ['comment: rerun, loop 3', 'rerun', { VodLoopTimes: '3' }],
    ['note: v2.1', 'v2.1', {}],
  ])('ends a one-word comment before the sentence punctuation: %s', (words, comment, options) => {
    expect(accepted(`${FILE} to live/x tomorrow 8pm for 2h ${words}`).request).toMatchObject({ ...TOMORROW_8_TO_10, ...options, Comment: comment });
  });

  it.each([
    ['备注：重播！', '重播'],
    ['备注：重播。', '重播'],
    ['备注：第2场：决赛', '第2场：决赛'],
  ])('in Chinese too: %s', (words, comment) => {
    expect(accepted(`${ZH_COMMAND} ${words}`, zh).request.Comment).toBe(comment);
  });

  it.each([
    [`${ZH_COMMAND} 备注‘周五节目’`, '周五节目', zh],
    [`${FILE} to live/x tomorrow 8pm for 2h comment ‘Friday show’`, 'Friday show', {}],
    [`${FILE} to live/x tomorrow 8pm for 2h comment ‘Friday’s show’`, 'Friday’s show', {}],
    [`${FILE} to live/x tomorrow 8pm for 2h comment 'Friday's show'`, "Friday's show", {}],
  ])('reads curly single quotes as a pair, and an apostrophe inside a word as an apostrophe: %s', (command, comment, locale) => {
    expect(accepted(command, locale).request).toMatchObject({ ...TOMORROW_8_TO_10, Comment: comment });
  });

  it('refuses curly single quotes that belong to nothing, as other quotes', () => {
    expect(keys(rejected(`${FILE} to live/x tomorrow 8pm for 2h ‘Friday show’`))).toEqual(['parse.strayQuote']);
  });
});
