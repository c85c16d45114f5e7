// `/relay tz <words>`: people answer "which zone are you in?" with an IANA name, a city, an abbreviation or an
// offset. A preference is read for months, across clock changes: only a zone with rules is saved, and a fixed
// offset is answered with the zones that keep it. The chat runs on the real store, the reply says the zone's
// clock and offset now, so that a wrong choice shows at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatOutcome } from '../../../src/core/chat-commands.js';
import type { ReplyDocument } from '../../../src/core/reply.js';
import { context, startChatHarness, type ChatHarness } from './harness.js';

let h: ChatHarness;
beforeAll(async () => {
  h = await startChatHarness();
});
afterAll(async () => {
  await h.close();
});

function titleOf(outcome: ChatOutcome): string {
  if (outcome.kind !== 'reply') throw new Error(`expected a reply, got ${outcome.kind}`);
  return (outcome.doc as ReplyDocument).title;
}

/** What the user's saved zone is after typing `line` (undefined: none saved). */
async function savedAfter(line: string, user: string, locale: 'en' | 'zh-CN' = 'en') {
  const title = titleOf(await h.chat.handle(line, context({ user, locale, timeZone: 'America/New_York' })));
  return { title, saved: h.store.preferences.get('slack', user)?.timeZone };
}

/** The zone's offset now as the reply prints it, computed with Intl apart from the code under test. */
function offsetNow(zone: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')!.value;
  const offset = name.replace(/^GMT/, '');
  return offset ? `UTC${offset.replace('-', '−')}` : 'UTC+0';
}

describe('/relay tz: cities and zone names are saved as zones', () => {
  it('saves a city named in English or Chinese as its zone, saying its clock and offset now', async () => {
    for (const [line, locale, zone] of [
      ['tz Tokyo', 'en', 'Asia/Tokyo'],
      ['tz new york', 'en', 'America/New_York'],
      ['tz London', 'en', 'Europe/London'],
      ['时区 东京', 'zh-CN', 'Asia/Tokyo'],
      ['时区 北京', 'zh-CN', 'Asia/Shanghai'],
      ['时区 北京时间', 'zh-CN', 'Asia/Shanghai'],
      ['tz Asia/Kolkata', 'en', 'Asia/Calcutta'],
      ['tz europe/berlin', 'en', 'Europe/Berlin'],
      ['tz US/Eastern', 'en', 'America/New_York'],
      ['tz EST/EDT', 'en', 'America/New_York'],
      ['tz UTC', 'en', 'UTC'],
    ] as const) {
      const user = `U-${line}`;
      const { title, saved } = await savedAfter(line, user, locale);
      expect(saved, line).toBe(zone);
      expect(title, line).toContain(zone);
      expect(title, line).toContain(offsetNow(zone));
      expect(title, line).toMatch(locale === 'en' ? /^Saved: .* It is .+ there now \(UTC/ : /^已保存：.*那里现在是 .+（UTC/);
    }
  });

  it('shows the zone in use with its offset now', async () => {
    await savedAfter('tz Asia/Kolkata', 'U-show');
    const title = titleOf(await h.chat.handle('tz', context({ user: 'U-show' })));
    expect(title).toMatch(/^Your time zone is Asia\/Calcutta \(now .+, UTC\+5:30\)/);
  });
});

describe('/relay tz: abbreviations and offsets are not zones', () => {
  it('refuses EST (the runtime took it as America/Panama, with no summer time) and names the zones that keep it', async () => {
    const { title, saved } = await savedAfter('tz EST', 'U-est');
    expect(saved).toBeUndefined();
    expect(title).toMatch(/“EST” is a fixed offset \(UTC−5\), not a time zone/);
    expect(title).toContain('`/relay tz America/New_York`');
  });

  it('names the zones of an offset in the order people mean them, standard time first', async () => {
    expect((await savedAfter('tz CET', 'U-cet')).title).toContain('Europe/Paris, Europe/Berlin, or Europe/Madrid');
    expect((await savedAfter('tz PST', 'U-pst')).title).toContain('`/relay tz America/Los_Angeles`');
    const { title, saved } = await savedAfter('时区 UTC+8', 'U-utc8', 'zh-CN');
    expect(saved).toBeUndefined();
    expect(title).toMatch(/^“UTC\+8” 是固定的 UTC 偏移（UTC\+8），不是时区.*Asia\/Shanghai/);
    expect((await savedAfter('tz +05:30', 'U-530')).title).toContain('(UTC+5:30)');
    expect((await savedAfter('时区 东八区', 'U-e8', 'zh-CN')).title).toContain('`/relay 时区 Asia/Shanghai`');
  });

  it('names the zones that keep a summer time’s offset in summer first: BST is London, not Paris', async () => {
    // Each of these offsets is another zone's standard time (UTC+1 Paris, UTC−4 Halifax, UTC−7 Phoenix, UTC+2 Cairo).
    expect((await savedAfter('tz BST', 'U-bst')).title).toContain('`/relay tz Europe/London`');
    expect((await savedAfter('tz EDT', 'U-edt')).title).toContain('`/relay tz America/New_York`');
    expect((await savedAfter('tz PDT', 'U-pdt')).title).toContain('`/relay tz America/Los_Angeles`');
    expect((await savedAfter('tz CEST', 'U-cest')).title).toContain('Europe/Paris, Europe/Berlin, or Europe/Madrid');
    expect((await savedAfter('时区 UTC-4', 'U-m4', 'zh-CN')).title).toContain('`/relay 时区 America/Halifax`');
  });

  it('offers the place an abbreviation belongs to first: MSK is Moscow, KST Seoul, SGT Singapore', async () => {
    // By offset alone these came second (Istanbul, Tokyo, Shanghai first), or not at all (Singapore).
    expect((await savedAfter('tz MSK', 'U-msk')).title).toContain('`/relay tz Europe/Moscow`');
    expect((await savedAfter('tz KST', 'U-kst')).title).toContain('`/relay tz Asia/Seoul`');
    expect((await savedAfter('tz SGT', 'U-sgt')).title).toContain('`/relay tz Asia/Singapore`');
    expect((await savedAfter('时区 HKT', 'U-hkt', 'zh-CN')).title).toContain('`/relay 时区 Asia/Hong_Kong`');
    // An abbreviation of no one place keeps the order by offset.
    expect((await savedAfter('tz CET', 'U-cet')).title).toContain('Europe/Paris, Europe/Berlin, or Europe/Madrid');
  });

  it('says what Etc/GMT+8 really is (UTC−8: the zone database writes signs the other way round)', async () => {
    const { title, saved } = await savedAfter('tz Etc/GMT+8', 'U-etc');
    expect(saved).toBeUndefined();
    expect(title).toMatch(/“Etc\/GMT\+8” is a fixed offset \(UTC−8\)/);
    expect(title).toContain('America/Los_Angeles');
  });

  it('offers UTC and London for GMT, which is as often said for London’s clock', async () => {
    const { title, saved } = await savedAfter('tz GMT', 'U-gmt');
    expect(saved).toBeUndefined();
    expect(title).toContain('UTC, Europe/London, or Europe/Dublin');
  });

  it('asks for a city when a country has several zones, and keeps the old answer for names nobody knows', async () => {
    expect(await savedAfter('tz US', 'U-us')).toEqual({ title: expect.stringMatching(/^“US” has several time zones\. Name a city/), saved: undefined });
    expect((await savedAfter('时区 美国', 'U-us-zh', 'zh-CN')).title).toMatch(/^“美国” 有多个时区/);
    expect((await savedAfter('tz Mars/Olympus_Mons', 'U-mars')).title).toMatch(/^“Mars\/Olympus_Mons” is not a time zone I know\. Name a city/);
    expect((await savedAfter('tz tomorrow 8pm', 'U-words')).saved).toBeUndefined();
  });

  it('keeps the zone saved before when a new answer is refused', async () => {
    await savedAfter('tz Tokyo', 'U-keep');
    expect((await savedAfter('tz EST', 'U-keep')).saved).toBe('Asia/Tokyo');
  });
});
