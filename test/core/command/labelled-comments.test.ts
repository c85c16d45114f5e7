// A comment after a label with its colon ("comment: at 8pm", 备注：晚上 8点开始) is a comment even when it reads as a
// time: the label says what it is. One unquoted word had been the comment ("at"), and the rest a second time for the
// schedule: a whole command was refused as an end and a length at once, and an edit moved the relay to 9 pm without a
// word. Words that are not a time with the comment word, or that leave no schedule behind, are refused as before.
import { describe, expect, it } from 'vitest';
import { parseRelayChanges } from '../../../src/core/command/index.js';
import { accepted, context, keys, rejected, SHOW_FILE, TOMORROW_EVENING } from './helpers.js';

const FILE = SHOW_FILE;
// Helpers' now: Sunday 2026-03-01 12:00 in Shanghai (UTC+8); "tomorrow 8pm for 2h" is Monday 20:00-22:00.
const T = { StartTime: TOMORROW_EVENING.StartTime, EndTime: TOMORROW_EVENING.EndTime };
const zh = { locale: 'zh-CN' as const };
const current = TOMORROW_EVENING;

describe('a labelled comment that reads as a time', () => {
  it.each([
    ['tomorrow 8pm for 2h comment: at 8pm', 'at 8pm'],
    ['tomorrow 8pm for 2h comment: at 8pm.', 'at 8pm'],
    ['tomorrow 8pm for 2h comment: starts at 8pm', 'starts at 8pm'],
    ['tomorrow 8pm for 2h note: friday 8pm', 'friday 8pm'],
    ['comment: at 8pm, tomorrow 8pm for 2h', 'at 8pm'],
    ['tomorrow 8pm for 2h comment: until 10pm', 'until 10pm'],
    ['tomorrow 8pm for 2h note=at 8pm', 'at 8pm'],
  ])('%s', (words, comment) => {
    expect(accepted(`${FILE} to live/evening ${words}`).request).toMatchObject({ ...T, Comment: comment });
  });

  it('keeps an option after it', () => {
    expect(accepted(`${FILE} to live/evening tomorrow 8pm for 2h comment: at 8pm, loop 2`).request).toMatchObject({
      ...T,
      Comment: 'at 8pm',
      VodLoopTimes: '2',
    });
  });

  it.each([
    ['明晚8点到10点 备注：晚上 8点开始', '晚上 8点开始'],
    ['明晚8点到10点 备注: 周五 晚上8点', '周五 晚上8点'],
  ])('%s', (words, comment) => {
    expect(accepted(`${FILE} 转推到 live/evening ${words}`, zh).request).toMatchObject({ ...T, Comment: comment });
  });

  it.each([
    // No label: "at" is one word, and 8pm a second time.
    'tomorrow 8pm for 2h comment at 8pm',
    // Not a time with the comment word: which was meant is the user's to say.
    'tomorrow 8pm for 2h comment: rerun at 8pm',
    // Nothing left for the schedule without it.
    'comment: at 8pm tomorrow 8pm for 2h',
  ])('is refused as before when it is not that: %s', (words) => {
    expect(keys(rejected(`${FILE} to live/evening ${words}`)).length).toBeGreaterThan(0);
  });

  it('asks which was meant when the schedule needs the words ("until" had been the comment and 10pm the end)', () => {
    expect(rejected(`${FILE} to live/evening tomorrow 8pm comment: until 10pm`)).toEqual([
      expect.objectContaining({ key: 'parse.commentMayBeTime', params: { comment: 'until 10pm' } }),
    ]);
  });

  it('is a comment in an edit, not a new start', () => {
    const edit = (text: string, locale: 'en' | 'zh-CN' = 'en') => parseRelayChanges(text, context({ locale }), current);
    expect(edit('comment: at 9pm')).toEqual({ ok: true, value: { Comment: 'at 9pm' } });
    expect(edit('备注：晚上 9点开始', 'zh-CN')).toEqual({ ok: true, value: { Comment: '晚上 9点开始' } });
    expect(edit('extend by 30 min comment: at 9pm')).toEqual({ ok: true, value: { Comment: 'at 9pm', EndTime: '2026-03-02T14:30:00Z' } });
  });
});
