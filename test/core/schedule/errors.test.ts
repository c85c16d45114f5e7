// What cannot be scheduled is asked about, never guessed; the messages exist in both languages.
import { describe, expect, it } from 'vitest';
import { describeError, hasMessage } from '../../../src/core/i18n.js';
import { parseSchedule } from '../../../src/core/schedule/index.js';
import { expectRejected } from './schedule-case.js';

const ref = { timeZone: 'Europe/London', now: '2026-03-10T12:00:00Z' };

describe('rejections', () => {
  it('no time at all', () => {
    expectRejected('', ref, 'noTime', 'StartTime');
    expectRejected('whenever you like', ref, 'noTime', 'StartTime');
    expectRejected('随便', { ...ref, locale: 'zh-CN' }, 'noTime', 'StartTime');
  });

  it('a start but no end or length', () => {
    expectRejected('tomorrow 8pm', ref, 'noEnd', 'EndTime');
    expectRejected('in 30 minutes', ref, 'noEnd', 'EndTime');
    expectRejected('明天晚上8点', { ...ref, locale: 'zh-CN' }, 'noEnd', 'EndTime');
  });

  it('a day without a clock time', () => {
    // A part of the day alone started the relay at once.
    expectRejected('this evening for 2 hours', ref, 'dayWithoutTime', 'StartTime');
    expectRejected('in the afternoon for 1h', ref, 'dayWithoutTime', 'StartTime');
    expectRejected('tomorrow', ref, 'dayWithoutTime', 'StartTime');
    expectRejected('monday for 2h', ref, 'dayWithoutTime', 'StartTime');
    expectRejected('明天', { ...ref, locale: 'zh-CN' }, 'dayWithoutTime', 'StartTime');
  });

  it('an end that cannot be placed, or two ends', () => {
    expectRejected('monday 8pm to tuesday', ref, 'badEnd', 'EndTime');
    expectRejected('8pm to 10pm for 3h', ref, 'endAndDuration', 'EndTime');
  });

  it('a clock time no day has, named (it was "a day without a time")', () => {
    const zh = { ...ref, locale: 'zh-CN' as const };
    for (const [text, at] of [['tomorrow 8:75pm for 1h', ref], ['tomorrow 25:00 for 1h', ref], ['明天25点 1小时', zh], ['明天8点75分 1小时', zh]] as const) {
      expectRejected(text, at, 'noSuchTime', 'StartTime');
    }
    const result = parseSchedule('明天25点 1小时', { ...zh, now: new Date(zh.now) });
    expect(result.ok ? '' : describeError('zh-CN', result.error[0]!)).toContain('“25点”不是有效的时刻');
    // Still times: 24:00, a length written as a clock, minutes that are a length.
    expect(parseSchedule('tomorrow 22:00-24:00', { ...ref, locale: 'en', now: new Date(ref.now) }).ok).toBe(true);
    expect(parseSchedule('tomorrow 8pm for 36:00', { ...ref, locale: 'en', now: new Date(ref.now) }).ok).toBe(true);
    expect(parseSchedule('明晚8点 90分钟', { ...zh, now: new Date(zh.now) }).ok).toBe(true);
  });

  it('quotes words not understood as typed, linking characters inside them included', () => {
    const zh = { ...ref, locale: 'zh-CN' as const };
    expect(parseSchedule('随便什么时候 2小时', { ...zh, now: new Date(zh.now) })).toMatchObject({ ok: true, value: { unrecognized: ['随便什么时候'] } });
    // Linking characters at a word's edges are still not reported ("开始吧": only "吧").
    expect(parseSchedule('明天晚上8点开始吧 2小时', { ...zh, now: new Date(zh.now) })).toMatchObject({ ok: true, value: { unrecognized: ['吧'] } });
  });

  it('garbage is an error, never a crash or a guess', () => {
    const garbage = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('');
    expectRejected(garbage, ref, 'tooLong', 'StartTime');
    for (let from = 0; from < 1800; from += 150) {
      const result = parseSchedule(garbage.slice(from, from + 190), { timeZone: 'UTC', now: new Date(ref.now), locale: 'en' });
      // Either no time at all, or a time with the garbage reported as not understood.
      if (result.ok) expect(result.value.unrecognized.length).toBeGreaterThan(0);
      else expect(result.error[0]?.code).toBe('InvalidParameter.InvalidTaskTime');
    }
  });

  it('every message says what to type, in both languages', () => {
    const result = parseSchedule('tomorrow', { timeZone: 'UTC', now: new Date('2026-03-10T12:00:00Z'), locale: 'zh-CN' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [error] = result.error;
    expect(hasMessage('en', error!.key) && hasMessage('zh-CN', error!.key)).toBe(true);
    expect(describeError('en', error!)).toContain('tomorrow 8pm for 2h');
    expect(describeError('zh-CN', error!)).toContain('2026-03-11');
  });
});
