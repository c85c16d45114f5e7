#!/usr/bin/env node
// Derives further scheduling cases from the example groups of facebook/duckling's Time/EN, Time/ZH,
// Duration/EN and Duration/ZH corpora (commit 2c226585) that neither the public corpus
// (../shared/bench/duckling-schedule.json) nor test/fixtures/duckling-extended.json draws from.
// Conventions are the public corpus's: reference Tuesday 2013-02-12 04:30 at UTC-2 (UTC = local + 2h);
// an instant with an hour/minute/second grain -> phrase + " for 1h" (zh " 持续1小时"), 1 h from the instant;
// a closed "A - B" interval -> the phrase as is, from A to B (Duckling's exclusive end minus one grain);
// a length -> "tomorrow 8pm for " + phrase (zh "明天晚上8点 持续" + phrase), from 2013-02-13T22:00Z,
// lengths of 7 days or more must be refused.
// Usage, from the project root: node scripts/build-duckling-more.mjs [DUCKLING_GIT_DIR] -> writes
// test/fixtures/duckling-more.json (the cases), and in the system's temp directory duckling-more-b.json (cases
// whose Duckling answer is no sensible relay schedule, each with the reason in "note") and duckling-groups.txt
// (every example group and what became of it).
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GIT = process.argv[2] ?? '/work/.mirror/facebook+duckling/repo';
const COMMIT = '2c226585';
const pub = JSON.parse(readFileSync('../shared/bench/duckling-schedule.json', 'utf8'));
const ext = JSON.parse(readFileSync('test/fixtures/duckling-extended.json', 'utf8'));
const FILES = ['Duckling/Time/EN/Corpus.hs', 'Duckling/Time/ZH/Corpus.hs', 'Duckling/Duration/EN/Corpus.hs', 'Duckling/Duration/ZH/Corpus.hs'];

// ---- reading the corpora -------------------------------------------------------------------------------
function groupsOf(file) {
  const L = execSync(`git -C ${GIT} show ${COMMIT}:${file}`, { maxBuffer: 1e8 }).toString().split('\n');
  const section = (ln) => { // which list the line belongs to
    let s = 'main';
    for (let i = 0; i < ln; i++) {
      const m = /^(\w+)\s*::/.exec(L[i]);
      if (m) s = m[1];
    }
    return s;
  };
  const out = [];
  for (let i = 0; i < L.length; i++) {
    if (!/\bexamples \(/.test(L[i]) || /^\s*--/.test(L[i])) continue;
    // value: from "examples (" to the "[" that opens the phrase list
    let text = '';
    let j = i;
    for (; j < L.length; j++) {
      const line = L[j].replace(/--.*$/, '');
      text += line + '\n';
      if (/"\s*\]\s*$/.test(line) || /^\s*\]/.test(line) || /\[\s*"[^"]*"\s*\]/.test(line)) break;
    }
    // the phrase list starts at the first "[" followed (after spaces/newlines) by a quote
    const start = text.search(/\[\s*\n?\s*"/);
    const value = text.slice(text.indexOf('examples (') + 'examples ('.length, start).trim().replace(/\)\s*$/, '').replace(/\s+/g, ' ');
    const phrases = [...text.slice(start).matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => JSON.parse('"' + x[1] + '"'));
    out.push({ file, line: i + 1, section: section(i), value, phrases });
    i = j;
  }
  return out;
}

const num = (s) => s.split(',').map((x) => Number(x.trim()));
function parseValue(v) {
  let m;
  if ((m = /^DurationData (\d+) (\w+)$/.exec(v))) return { kind: 'duration', n: +m[1], grain: m[2] };
  if ((m = /^datetime(Holiday)? \(([^)]*)\) (\w+)(?: "(.*)")?$/.exec(v))) return { kind: 'instant', holiday: m[4] ?? (m[1] ? '?' : null), t: num(m[2]), grain: m[3] };
  if ((m = /^datetimeInterval(Holiday)? \(\(([^)]*)\), ?\(([^)]*)\)\) (\w+)(?: "(.*)")?$/.exec(v))) return { kind: 'interval', holiday: m[5] ?? null, a: num(m[2]), b: num(m[3]), grain: m[4] };
  if ((m = /^datetimeOpenInterval (\w+) \(([^)]*)\) (\w+)$/.exec(v))) return { kind: 'open', dir: m[1], t: num(m[2]), grain: m[3] };
  return { kind: 'unknown' };
}

// ---- time arithmetic (local = UTC-2) -------------------------------------------------------------------
const NOW_LOCAL = Date.UTC(2013, 1, 12, 4, 30, 0); // local wall clock as a UTC number
const GRAIN_S = { Second: 1, Minute: 60, Hour: 3600, Day: 86400, Week: 7 * 86400, Month: 30 * 86400, Quarter: 91 * 86400, Year: 365 * 86400 };
const wall = ([y, mo, d, h = 0, mi = 0, s = 0]) => Date.UTC(y, mo - 1, d, h, mi, s);
const utc = (wallMs) => new Date(wallMs + 2 * 3600e3).toISOString().replace('.000Z', 'Z');
const SMALL = new Set(['Second', 'Minute', 'Hour']);

// ---- what the project already has ----------------------------------------------------------------------
const covered = new Set([...pub.cases, ...ext.cases].map((c) => c.source));
const knownTimes = new Set([...pub.cases, ...ext.cases].map((c) => `${c.locale}\u0000${c.time}`));

// ---- decisions that are not mechanical -----------------------------------------------------------------
// Phrase-level check of groups by their first phrase (robust to line shifts), with the category and how the
// value becomes a schedule.
const PART_OF_DAY = 'a part of the day, a weekend or a meal/school time: a vague period, which the public corpus has no case of';
const DEADLINE = 'a deadline ("by …"), not a window to run in';
const manual = [
  // EN instants that need a category
  [/^on Saturday for 9am$/, { category: 'date_time' }],
  [/^at 7 in 3 years$/, { category: 'date_time' }],
  [/^in 4 years at 5pm$/, { category: 'date_time' }],
  [/^xmas at 6 pm$/, { category: 'date_time' }], // Christmas is on a fixed date
  [/^儿童节下午三点十五$/, { category: 'date_time' }], // Children's Day, 1 June, a fixed date
  // "next N units": Duckling's interval is N whole units from the next unit boundary; the closed interval
  // covers the N units, so the relay runs to the exclusive end (no named end point to back off from).
  [/^next 3 (seconds|minutes|hours)$|^下三(秒|分钟|小时)$/, { category: 'range_time', mode: 'nextN' }],
  // "by X": from now to X
  [/^by 2:00pm$|^by EOD$/, { category: 'range_time', mode: 'until', skip: DEADLINE }],
  // (7 days or more: to be refused whether read as a window or as a deadline)
  [/^Within 2 weeks$|^by EOM$|^by the end of next month$|^by EOY$/, { category: 'range_time', mode: 'until' }],
  // vague parts of the day
  [/^(this evening|tomorrow evening|tomorrow lunch|yesterday evening|this week-end|monday mOrnIng|monday early in the morning|late tonight|february the 15th in the morning|in the afternoon|after lunch|after school|this morning|tomorrow afternoon|last weekend of October|last wkend of July|last weekend of October 2017|这周末|周一早上|二月十五号早上|情人节晚上|last night|late last night|this past weekend|morning|afternoon|evening|night|morning of xmas)$/, { skip: PART_OF_DAY }],
];
const T2S = { 個: '个', 鐘: '钟', 時: '时', 兩: '两', 後: '后', 節: '节', 點: '点', 兒: '儿', 週: '周', 禮: '礼' };
const toSimplified = (p) => [...p].map((ch) => T2S[ch] ?? ch).join('');
const FIXED_HOLIDAYS = new Set(['Christmas', '儿童节']);

// Cases judged (b) after running them: Duckling's answer is no sensible relay schedule.
const NEXT_N = 'Duckling starts "the next N units" at the next whole unit (04:31 / 05:00 when it is 04:30), so "next 3 hours" would leave the first half hour out; a person scheduling a relay means from now for N units, which is how the parser reads 下三小时 / next 3 minutes';
const AFTER_N = '"三小时后" / "三分钟后" is "in 3 hours" (an instant, so the relay has no end: refused as such); Duckling files it with 下三小时 as the following three whole hours, which contradicts the words';
const B = [
  [/^en-(524|741)-/, 'Duckling lands "in N years" on the 1st of the month (2016-02-01, 2017-02-01); "at 7 in 3 years" is 3 years from today (the 12th), as the parser reads it'],
  [/^(en-1026|zh-333)-/, 'a relay of 3 seconds is no schedule; (Duckling also starts it at the next whole second)'],
  [/^(en-1034|en-1042|zh-352-y[0-3]|zh-374-y[0-3])/, NEXT_N],
  [/^(zh-352-y[45]|zh-374-y[4-7]|zh-333-y[34])/, AFTER_N],
  [/^en-d38-y2$/, '`"` is the command language\'s quotation mark (quoted text keeps its spaces), so 1" cannot also mean one second; duckling-extended.json leaves "in 1\\"" out for the same reason'],
];
const bWhy = (id) => B.find(([re]) => re.test(id))?.[1];

// ---- building ------------------------------------------------------------------------------------------
const report = [];
const cases = [];
for (const file of FILES) {
  const zh = file.includes('/ZH/');
  const locale = zh ? 'zh-CN' : 'en';
  const isDur = file.includes('/Duration/');
  for (const g of groupsOf(file)) {
    const src = `${file}:${g.line}`;
    const tag = `${src.replace('Duckling/', '')} [${g.phrases[0]}${g.phrases.length > 1 ? ', …' : ''}] ${g.value}`;
    const skip = (why) => report.push(`skip  ${tag}\n      ${why}`);
    if (covered.has(src)) { skip('already drawn from (public or extended corpus)'); continue; }
    if (g.section === 'latentCorpus') { skip('latent example'); continue; }
    if (g.section === 'diffCorpus') { skip('other reference time (diffCorpus)'); continue; }
    const v = parseValue(g.value);
    const man = manual.find(([re]) => re.test(g.phrases[0]))?.[1] ?? {};
    const past = (v.kind === 'instant' && SMALL.has(v.grain) && wall(v.t) < NOW_LOCAL) || (v.kind === 'interval' && wall(v.a) < NOW_LOCAL);
    if (past) { skip('in the past'); continue; }
    if (man.skip && !man.mode) { skip(man.skip); continue; }
    let make; // phrase -> case fields
    let category = man.category;
    if (v.kind === 'duration') {
      const secs = v.n * GRAIN_S[v.grain];
      category = 'duration';
      const t0 = wall([2013, 2, 13, 20]);
      make = (p) => ({ time: (zh ? '明天晚上8点 持续' : 'tomorrow 8pm for ') + p, ...(secs >= 7 * 86400 ? { anyError: true } : { start: utc(t0), end: utc(t0 + secs * 1000) }) });
    } else if (v.kind === 'open') { skip('open interval: no end'); continue; }
    else if (v.kind === 'instant') {
      if (!SMALL.has(v.grain)) { skip(`date only (${v.grain} grain)`); continue; }
      if (v.holiday && !FIXED_HOLIDAYS.has(v.holiday)) { skip(`holiday (${v.holiday}) whose date moves`); continue; }
      const t = wall(v.t);
      if (t < NOW_LOCAL) { skip('in the past'); continue; }
      if (t === NOW_LOCAL && v.grain === 'Second') {
        category ??= 'now';
        make = (p) => ({ time: p + (zh ? ' 持续1小时' : ' for 1h'), startNear: true, durationMin: 60 });
      } else {
        if (!category) { skip('NEEDS REVIEW: instant without category'); continue; }
        make = (p) => ({ time: p + (zh ? ' 持续1小时' : ' for 1h'), start: utc(t), end: utc(t + 3600e3) });
      }
    } else if (v.kind === 'interval') {
      if (!SMALL.has(v.grain)) { skip(`date only (${v.grain}-grain interval)`); continue; }
      if (v.holiday && !FIXED_HOLIDAYS.has(v.holiday)) { skip(`holiday (${v.holiday}) whose date moves`); continue; }
      const a = wall(v.a), b = wall(v.b);
      if (a < NOW_LOCAL) { skip('in the past'); continue; }
      // ("by …" groups are still generated, to see what the parser does, but kept apart with the reason)
      if (man.mode === 'nextN') make = (p) => ({ time: p, start: utc(a), end: utc(b) });
      else if (man.mode === 'until') make = (p) => ((b - a) >= 7 * 86400e3 ? { time: p, anyError: true } : { time: p, start: utc(a), end: utc(b) });
      else if (category) make = (p) => ({ time: p, start: utc(a), end: utc(b - GRAIN_S[v.grain] * 1000) });
      else { skip('NEEDS REVIEW: interval without decision'); continue; }
    } else { skip('NEEDS REVIEW: value not understood'); continue; }

    const made = [];
    const seen = new Set();
    const forms = [];
    g.phrases.forEach((p, k) => {
      forms.push([p, `y${k}`]);
      // zh-CN users write Simplified: also the Simplified spelling of a Traditional phrasing
      const simp = zh ? toSimplified(p) : p;
      if (simp !== p) forms.push([simp, `y${k}s`]);
    });
    forms.forEach(([p, k]) => {
      const f = make(p);
      if (seen.has(f.time)) return;
      seen.add(f.time);
      if (knownTimes.has(`${locale}\u0000${f.time}`)) { made.push(`      = ${f.time} (already in the project's corpora)`); return; }
      const id = `${zh ? 'zh' : 'en'}-${isDur ? 'd' : ''}${g.line}-${k}`;
      const c = { id, locale, ...f, category, source: src, tz: 'Etc/GMT+2' };
      if (man.skip) c.note = man.skip;
      cases.push(c);
      made.push(`      + ${id}  ${f.time}  ${f.anyError ? 'must refuse' : f.startNear ? 'now, ' + f.durationMin + ' min' : f.start + '..' + f.end}`);
    });
    report.push(`take  ${tag}\n${made.join('\n')}`);
  }
}

const head = { about: pub.about + ' Further cases: the other example groups of the same four Duckling corpora, derived the same way.', now: pub.now, domain: pub.domain, operator: pub.operator, defaultTz: pub.defaultTz, prefix: pub.prefix };
const strip = ({ note: _note, ...c }) => c;
const good = cases.filter((c) => !bWhy(c.id) && !c.note);
const bad = cases.filter((c) => bWhy(c.id) || c.note).map((c) => ({ ...c, note: bWhy(c.id) ?? c.note }));
writeFileSync('test/fixtures/duckling-more.json', JSON.stringify({ ...head, cases: good.map(strip) }, null, 1) + '\n');
writeFileSync(join(tmpdir(), 'duckling-more-b.json'), JSON.stringify({ ...head, about: head.about + ' Cases whose Duckling answer is no sensible relay schedule (see each note); not for the tests.', cases: bad }, null, 1) + '\n');
writeFileSync(join(tmpdir(), 'duckling-groups.txt'), report.join('\n') + '\n');
const n = (re) => report.filter((r) => re.test(r)).length;
console.error(`groups: ${report.length} (already drawn from: ${n(/already drawn/)}; others: ${report.length - n(/already drawn/)}, of which yield new cases: ${n(/^take[^\n]*\n( {6}[=+][^\n]*\n)* {6}\+/)})`);
console.error(`cases: ${cases.length} (more.json: ${good.length}, more-b.json: ${bad.length})`);
