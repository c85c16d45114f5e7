#!/usr/bin/env node
// Rebuilds test/fixtures/duckling-extended.json from the public corpus and a facebook/duckling checkout
// (commit 2c226585): every phrasing of each Duckling example the public corpus draws a case from, with that
// case's expected times (all phrasings of one example share its value), minus self-contradictory phrasings
//; then further examples of the same categories, with times derived the same
// way (Duckling's value at 2013-02-12 04:30 UTC-2, " for 1h" after instants, lengths after "tomorrow 8pm for").
// Usage, from the project root: node scripts/build-duckling-extended.mjs [DUCKLING_GIT_DIR] > test/fixtures/duckling-extended.json
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pub = JSON.parse(readFileSync('../shared/bench/duckling-schedule.json', 'utf8'));
const G = `git -C ${process.argv[2] ?? '/work/.mirror/facebook+duckling/repo'} show 2c226585:`;
const files = {};
const lines = (f) => (files[f] ??= execSync(G + f, { maxBuffer: 1e8 }).toString().split('\n'));
function phrases(f, ln) {
  const L = lines(f); const out = [];
  const text = [];
  for (let j = ln - 1; j < L.length; j++) { text.push(L[j]); if (/^\s*\]|"\s*\]\s*$/.test(L[j])) break; }
  const joined = text.join('\n');
  const body = joined.slice(joined.indexOf('[', joined.indexOf(')')) );
  for (const m of body.matchAll(/"((?:[^"\\]|\\.)*)"/g)) out.push(JSON.parse('"' + m[1] + '"'));
  return { head: L[ln - 1].trim(), out };
}
const bySrc = new Map();
for (const c of pub.cases) { if (!bySrc.has(c.source)) bySrc.set(c.source, []); bySrc.get(c.source).push(c); }
const res = [];
for (const [src, cs] of bySrc) {
  const [f, ln] = src.split(':');
  const { head, out } = phrases(f, +ln);
  const c0 = cs[0];
  const suffix = c0.locale === 'en' ? ' for 1h' : ' 持续1小时';
  const pre = c0.category === 'duration' ? (c0.locale === 'en' ? 'tomorrow 8pm for ' : '明天晚上8点 持续') : '';
  const known = new Set(cs.map((c) => c.time));
  out.forEach((p, k) => {
    let time;
    if (c0.category === 'duration') time = pre + p;
    else if (['range_time', 'timezone_range', 'range_start_plus_duration'].includes(c0.category)) time = p;
    else time = p + suffix;
    res.push({ src, cat: c0.category, head, k, time, known: known.has(time), c0 });
  });
}

const EXCLUDE = [
  /^this afternoon at 12 /,          // Duckling says midnight; "afternoon at 12" is noon to anyone scheduling
  /^for a quarter past/,             // "for <time> for 1h" reads as two lengths
  /(less|fewer) minutes/,            // "2 less minutes" is no length to run for
];
const cases = [];
for (const r of res) {
  if (EXCLUDE.some((re) => re.test(r.time))) continue;
  const c0 = r.c0;
  const c = { id: `${c0.id.split('-').slice(0, 2).join('-')}-x${r.k}`, locale: c0.locale, time: r.time };
  if (c0.startNear) { c.startNear = true; c.durationMin = c0.durationMin; } else { c.start = c0.start; c.end = c0.end; }
  Object.assign(c, { category: c0.category, source: c0.source, tz: c0.tz });
  cases.push(c);
}
const out = { ...pub, about: pub.about + ' Extended: every phrasing of each example the public corpus draws from (self-contradictory phrasings left out; Cantonese included), plus further examples of the same categories.', cases };

// Further examples of the same categories (other Duckling examples, and Simplified forms of ZH ones).
const L = (d, h, m = 0, s = 0) => new Date(Date.UTC(2013, 1, d, h + 2, m, s)).toISOString().replace('.000Z', 'Z');
const inst = (id, locale, time, d, h, m, s, category, src) => ({ id, locale, time: time + (locale === 'en' ? ' for 1h' : ' 持续1小时'), start: L(d, h, m, s), end: L(d, h + 1, m, s), category, source: src, tz: 'Etc/GMT+2' });
const near = (id, locale, time, src) => ({ id, locale, time: time + ' for 1h', startNear: true, durationMin: 60, category: 'relative_in', source: src, tz: 'Etc/GMT+2' });
const dur = (id, locale, d, min, sec = 0) => ({ id, locale, time: (locale === 'en' ? 'tomorrow 8pm for ' : '明天晚上8点 持续') + d, start: L(13, 20), end: L(13, 20, min, sec), category: 'duration', source: locale === 'en' ? 'Duckling/Duration/EN/Corpus.hs' : 'Duckling/Duration/ZH/Corpus.hs', tz: 'Etc/GMT+2' });
const E = 'Duckling/Time/EN/Corpus.hs:';
const more = [
  inst('en-t126-x1', 'en', '7a', 12, 7, 0, 0, 'time_of_day', E + 126),
  inst('en-t130-x0', 'en', '7p', 12, 19, 0, 0, 'time_of_day', E + 130),
  inst('en-t133-x0', 'en', 'ten thirty', 12, 10, 30, 0, 'time_of_day', E + 133),
  inst('en-t133-x1', 'en', 'ten-thirty', 12, 10, 30, 0, 'time_of_day', E + 133),
  inst('en-t162-x0', 'en', 'twelve zero three', 12, 12, 3, 0, 'time_of_day', E + 162),
  inst('en-t162-x3', 'en', 'twelve oh three', 12, 12, 3, 0, 'time_of_day', E + 162),
  inst('en-t162-x5', 'en', 'twelve-oh-three', 12, 12, 3, 0, 'time_of_day', E + 162),
  inst('en-t173-x0', 'en', 'tonight 815', 12, 20, 15, 0, 'time_of_day', E + 173),
  inst('en-t540-x0', 'en', '15h00', 12, 15, 0, 0, 'time_of_day', E + 540),
  inst('en-t540-x1', 'en', 'at 15h00', 12, 15, 0, 0, 'time_of_day', E + 540),
  inst('en-t540-x2', 'en', '15h', 12, 15, 0, 0, 'time_of_day', E + 540),
  inst('en-t540-x3', 'en', 'at 15h', 12, 15, 0, 0, 'time_of_day', E + 540),
  inst('en-t598-x0', 'en', 'nine fifty nine a m', 12, 9, 59, 0, 'time_of_day', E + 598),
  inst('en-t620-x0', 'en', 'a quarter past 2pm', 12, 14, 15, 0, 'time_of_day', E + 620),
  inst('en-t624-x0', 'en', 'a quarter past 8pm', 12, 20, 15, 0, 'time_of_day', E + 624),
  near('en-t652-x0', 'en', 'in a sec', E + 652),
  near('en-t652-x1', 'en', 'one second from now', E + 652),
  inst('en-t706-x0', 'en', 'in a few hours', 12, 7, 30, 0, 'relative_in', E + 706),
  inst('en-t717-x0', 'en', 'a day from right now', 13, 4, 30, 0, 'relative_in', E + 717),
  inst('en-t785-x0', 'en', '14 days hence', 26, 4, 0, 0, 'relative_in', E + 785),
  inst('en-t785-x1', 'en', 'a fortnight hence', 26, 4, 0, 0, 'relative_in', E + 785),
  dur('zh-d-1h-0', 'zh-CN', '1 小时', 60), dur('zh-d-1h-1', 'zh-CN', '一 小时', 60),
  dur('zh-d-30m-0', 'zh-CN', '30分钟', 30), dur('zh-d-30m-1', 'zh-CN', '半小时', 30), dur('zh-d-30m-2', 'zh-CN', '三十分钟', 30),
  dur('zh-d-12h-0', 'zh-CN', '十二小时', 720),
  dur('zh-d-90m-0', 'zh-CN', '一个半小时', 90), dur('zh-d-90m-1', 'zh-CN', '1.5小时', 90), dur('zh-d-90m-2', 'zh-CN', '一个小时三十分钟', 90), dur('zh-d-90m-3', 'zh-CN', '一小时零三十分钟', 90),
  dur('zh-d-130m-0', 'zh-CN', '两小时十分', 130), dur('zh-d-130m-1', 'zh-CN', '一百三十分钟', 130),
  dur('zh-d-3615s-0', 'zh-CN', '一小时零十五秒', 60, 15),
  dur('zh-d-330s-0', 'zh-CN', '五个半分钟', 5, 30), dur('zh-d-330s-1', 'zh-CN', '五点五分钟', 5, 30), dur('zh-d-330s-2', 'zh-CN', '5.5分钟', 5, 30), dur('zh-d-330s-3', 'zh-CN', '五分半钟', 5, 30),
  dur('zh-d-90s-0', 'zh-CN', '一分半钟', 1, 30), dur('zh-d-90s-1', 'zh-CN', '一分半', 1, 30),
  dur('zh-d-1m-0', 'zh-CN', '1 分钟', 1), dur('zh-d-1m-1', 'zh-CN', '一 分钟', 1),
  // The Duration/ZH corpus's own Traditional forms.
  dur('zh-d-1h-t0', 'zh-CN', '1 小時', 60), dur('zh-d-1h-t1', 'zh-CN', '一 小時', 60),
  dur('zh-d-1m-t0', 'zh-CN', '1 分鐘', 1), dur('zh-d-1m-t1', 'zh-CN', '一 分鐘', 1),
  dur('zh-d-30m-t0', 'zh-CN', '30分鐘', 30), dur('zh-d-30m-t1', 'zh-CN', '半小時', 30), dur('zh-d-30m-t2', 'zh-CN', '三十分鐘', 30),
  dur('zh-d-90m-t0', 'zh-CN', '一個半小時', 90), dur('zh-d-90m-t1', 'zh-CN', '1.5小時', 90),
  dur('zh-d-90m-t2', 'zh-CN', '一個小時三十分鐘', 90), dur('zh-d-90m-t3', 'zh-CN', '一小時零三十分鐘', 90),
  dur('zh-d-130m-t0', 'zh-CN', '兩小時十分', 130), dur('zh-d-130m-t1', 'zh-CN', '一百三十分鐘', 130),
  dur('zh-d-3615s-t0', 'zh-CN', '一小時零十五秒', 60, 15),
  dur('zh-d-90s-t0', 'zh-CN', '一分半鐘', 1, 30),
];
out.cases.push(...more);
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
