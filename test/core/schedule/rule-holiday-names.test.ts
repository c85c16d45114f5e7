// Holidays that follow a rule, named instead of dated: "thanksgiving 8pm", "easter sunday 10am", 复活节晚上8点, 清明节.
// They were refused as words not understood. Said on Saturday 28 November 2026 (two days after Thanksgiving). Those
// kept on different dates in different countries are read for a user in the US or Canada, and asked elsewhere ("labor
// day 8pm" in Shanghai or London had been September's, silently, where 1 May or no such day was as likely).
import { describe, expect, it } from 'vitest';
import { describeErrorFor } from '../../../src/core/error-text.js';
import { parseSchedule } from '../../../src/core/schedule/index.js';
import { expectRejected, expectSchedule, parsed } from './schedule-case.js';

const LA = { timeZone: 'America/Los_Angeles', now: '2026-11-28T18:00:00Z' };
const LONDON = { timeZone: 'Europe/London', now: '2026-11-28T18:00:00Z' };
const SHANGHAI = { timeZone: 'Asia/Shanghai', now: '2026-11-28T02:00:00Z', locale: 'zh-CN' as const };
const TORONTO = { timeZone: 'America/Toronto', now: '2026-11-28T18:00:00Z' };
const SYDNEY = { timeZone: 'Australia/Sydney', now: '2026-11-28T02:00:00Z' };
const BERLIN = { timeZone: 'Europe/Berlin', now: '2026-11-28T18:00:00Z' };

describe('English names of rule holidays', () => {
  it('are their next date, in any zone for Easter, in a US zone for the US holidays', () => {
    expectSchedule('easter sunday 10am for 2h', LONDON, '2027-03-28T09:00:00Z', '2027-03-28T11:00:00Z'); // BST by then
    expectSchedule('good friday 7pm for 1h', LONDON, '2027-03-26T19:00:00Z', '2027-03-26T20:00:00Z');
    expectSchedule('Easter Monday at 3pm for 1h', LONDON, '2027-03-29T14:00:00Z', '2027-03-29T15:00:00Z');
    expectSchedule('memorial day noon for 2h', LA, '2027-05-31T19:00:00Z', '2027-05-31T21:00:00Z');
    expectSchedule('labor day 8pm for 2h', LA, '2027-09-07T03:00:00Z', '2027-09-07T05:00:00Z');
  });

  it('read Thanksgiving, Mother’s Day and Father’s Day as the US keeps them for a user in a US zone', () => {
    expectSchedule('thanksgiving 8pm for 3h', LA, '2027-11-26T04:00:00Z', '2027-11-26T07:00:00Z');
    expectSchedule('Thanksgiving Day at 4pm for 3h', LA, '2027-11-26T00:00:00Z', '2027-11-26T03:00:00Z');
    expectSchedule("mother's day 8pm for 1h", LA, '2027-05-10T03:00:00Z', '2027-05-10T04:00:00Z');
    expectSchedule('fathers day 3pm for 2h', LA, '2027-06-20T22:00:00Z', '2027-06-21T00:00:00Z');
  });

  it('take the year said with them, and today’s date on the day itself', () => {
    expectSchedule('easter 2028 10am for 1h', LONDON, '2028-04-16T09:00:00Z', '2028-04-16T10:00:00Z');
    expectSchedule('thanksgiving 8pm for 1h', { ...LA, now: '2026-11-26T18:00:00Z' }, '2026-11-27T04:00:00Z', '2026-11-27T05:00:00Z');
  });

  it('read them as Canada keeps them for a user in a Canadian zone', () => {
    expectSchedule('thanksgiving 8pm for 3h', TORONTO, '2027-10-12T00:00:00Z', '2027-10-12T03:00:00Z'); // 2nd Monday of October
    expectSchedule('labour day 8pm for 2h', TORONTO, '2027-09-07T00:00:00Z', '2027-09-07T02:00:00Z');
    expectSchedule("mother's day 8pm for 1h", TORONTO, '2027-05-10T00:00:00Z', '2027-05-10T01:00:00Z');
    expectRejected('memorial day noon for 2h', TORONTO, 'countryHoliday', 'StartTime');
  });

  it('read Mother’s Day and Father’s Day as the UK and Australia keep them there', () => {
    // Mothering Sunday, three weeks before Easter (28 March 2027); Father's Day the third Sunday of June.
    expectSchedule("mother's day 8pm for 1h", LONDON, '2027-03-07T20:00:00Z', '2027-03-07T21:00:00Z');
    expectSchedule('mothering sunday 11am for 1h', LA, '2027-03-07T19:00:00Z', '2027-03-07T20:00:00Z');
    expectSchedule('fathers day 3pm for 2h', LONDON, '2027-06-20T14:00:00Z', '2027-06-20T16:00:00Z');
    // Australia: the second Sunday of May, and the first Sunday of September.
    expectSchedule("mother's day 8pm for 1h", SYDNEY, '2027-05-09T10:00:00Z', '2027-05-09T11:00:00Z');
    expectSchedule('fathers day 3pm for 2h', SYDNEY, '2027-09-05T05:00:00Z', '2027-09-05T07:00:00Z');
    expectRejected('labour day 8pm for 2h', SYDNEY, 'countryHoliday', 'StartTime'); // by state
  });

  it('ask, naming the words, where the date depends on the country', () => {
    const elsewhere = ['thanksgiving 8pm for 3h', "mother's day 8pm for 1h", 'fathers day 3pm for 2h', 'labor day 8pm for 2h', 'labour day 8pm for 2h', 'memorial day noon for 2h'];
    for (const text of elsewhere) {
      expectRejected(text, BERLIN, 'countryHoliday', 'StartTime');
      expectRejected(text, { ...SHANGHAI, locale: 'en' }, 'countryHoliday', 'StartTime');
    }
    for (const text of ['thanksgiving 8pm for 3h', 'labor day 8pm for 2h', 'memorial day noon for 2h']) expectRejected(text, LONDON, 'countryHoliday', 'StartTime');
    const refused = parseSchedule('thanksgiving 8pm for 3h', { timeZone: LONDON.timeZone, now: new Date(LONDON.now), locale: 'en' });
    if (!refused.ok) expect(describeErrorFor({ locale: 'en', timeZone: LONDON.timeZone }, refused.error[0]!)).toMatch(/^“thanksgiving” falls on different dates/);
  });

  it('leave Easter Island and "easter time" alone', () => {
    expectSchedule('easter island time 8pm for 1h', LA, '2026-11-29T01:00:00Z', '2026-11-29T02:00:00Z');
    // "easter time" is the weeks around Easter: the word is left not understood (the command refuses it), not a date.
    const around = parsed('8pm easter time for 1h', LA);
    expect(around.start.toISOString()).toBe('2026-11-29T04:00:00.000Z');
    expect(around.unrecognized.join(' ')).toMatch(/easter/);
  });
});

describe('Chinese names of rule holidays', () => {
  it('are their next date, or the year said with them', () => {
    expectSchedule('感恩节晚上8点 持续2小时', SHANGHAI, '2027-11-25T12:00:00Z', '2027-11-25T14:00:00Z');
    expectSchedule('复活节晚上8点到10点', SHANGHAI, '2027-03-28T12:00:00Z', '2027-03-28T14:00:00Z');
    expectSchedule('清明节晚上8点 2小时', SHANGHAI, '2027-04-05T12:00:00Z', '2027-04-05T14:00:00Z');
    expectSchedule('清明晚上7点到9点', SHANGHAI, '2027-04-05T11:00:00Z', '2027-04-05T13:00:00Z');
    expectSchedule('明年母亲节晚上8点 1小时', SHANGHAI, '2027-05-09T12:00:00Z', '2027-05-09T13:00:00Z');
    expectSchedule('2028年父亲节晚上8点 1小时', SHANGHAI, '2028-06-18T12:00:00Z', '2028-06-18T13:00:00Z');
    expectSchedule('2028年清明节晚上8点 1小时', SHANGHAI, '2028-04-04T12:00:00Z', '2028-04-04T13:00:00Z');
  });
});
