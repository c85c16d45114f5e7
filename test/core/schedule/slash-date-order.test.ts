// "5/12" is 12 May in the US and 5 December in most of the world: the date is read month first (as the date
// parser reads it), and the preview says so whenever the other reading is a date too, with how to write it.
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';
import { buildPreview } from '../../../src/core/preview.js';
import type { Locale } from '../../../src/core/i18n.js';

const now = new Date('2026-11-26T12:00:00Z');

function read(when: string, locale: Locale = 'en', timeZone = 'Europe/London') {
  const parsed = parseRelayCommand(`https://cdn.example.com/a.mp4 to push.example.com/live/x ${when}`, { now, timeZone, locale, operator: 'ann', maxSpanDays: 7, allowPrivateNetworks: false });
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
}

describe('a date written with a slash', () => {
  it('says how an ambiguous one was read and how to write the other, in the preview above the times', () => {
    const parsed = read('5/12 8pm for 1h');
    expect(parsed.request.StartTime).toBe('2027-05-12T19:00:00Z');
    const preview = buildPreview(parsed.request, { locale: 'en', timeZone: 'Europe/London', notes: parsed.notes });
    expect(preview.lines[0]).toBe('“5/12” was read month first: 12 May. If you meant 5 December, write “5 Dec”.');
    expect(preview.severity).toBe('warning');
    // Written the suggested way, it is 5 December and nothing needs saying.
    const meant = read('5 Dec 8pm for 1h');
    expect(meant.request.StartTime).toBe('2026-12-05T20:00:00Z');
    expect(meant.notes).toEqual([]);
  });

  it('says it in Chinese, and for a date with a year', () => {
    const zh = read('5/12 晚上8点 持续1小时', 'zh-CN', 'Asia/Shanghai');
    const text = buildPreview(zh.request, { locale: 'zh-CN', timeZone: 'Asia/Shanghai', notes: zh.notes }).text;
    expect(text).toContain('“5/12”按“月/日”理解为5月12日。如果你指的是12月5日，请写成“12月5日”。');
    expect(read('3/4/2027 8pm for 1h').notes.map((note) => note.params?.meant)).toEqual(['3 April']);
  });

  it('says nothing when only one reading is a date, both read the same, or the slash is not a date', () => {
    for (const when of ['14/2 8pm for 1h', '2/14 8pm for 1h', '12/12 8pm for 1h', 'tomorrow 8pm for 1/2h', 'tomorrow 8pm for 2h']) {
      expect(read(when).notes, when).toEqual([]);
    }
    expect(buildPreview(read('tomorrow 8pm for 2h').request, { locale: 'en', timeZone: 'Europe/London' }).severity).toBe('info');
  });
});

describe('a date written with dots, read day first', () => {
  it('says how an ambiguous one was read and how to write the other, and nothing for one with a single reading', () => {
    const parsed = read('4.12 8pm for 1h');
    expect(parsed.request.StartTime).toBe('2026-12-04T20:00:00Z');
    const preview = buildPreview(parsed.request, { locale: 'en', timeZone: 'Europe/London', notes: parsed.notes });
    expect(preview.lines[0]).toBe('“4.12” was read day first: 4 December. If you meant 12 April, write “12 Apr”.');
    expect(read('4.12.2026 8pm for 1h').notes.map((note) => note.params?.meant)).toEqual(['12 April']);
    for (const when of ['24.12 8pm for 1h', '12.12 8pm for 1h', 'tomorrow 20.30 for 1h']) expect(read(when).notes, when).toEqual([]);
  });
});
