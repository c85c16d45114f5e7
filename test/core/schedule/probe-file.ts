// Runs a file of hand-checked phrasings (test/fixtures/*-unseen-probes.txt): lines `zone|now (UTC)|phrase|start|end`,
// each phrase after a fixed source and destination in its language. A case must come out exactly so; a refusal
// (`ERROR` as the start) must be refused, and when the end column names a reason (ERROR|validation.time.past), for
// that reason: refused for another one, a phrase was misread on the way and only happened to be refused.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';
import { describeErrorFor } from '../../../src/core/error-text.js';
import { hasMessage, type Locale } from '../../../src/core/i18n.js';

const PREFIX: Record<Locale, string> = {
  en: 'https://media.example.com/vod/show.mp4 to live/evening ',
  'zh-CN': 'https://media.example.com/vod/show.mp4 转推到 live/evening ',
};

function parse(locale: Locale, zone: string, now: string, phrase: string) {
  return parseRelayCommand(PREFIX[locale] + phrase, {
    timeZone: zone,
    now: new Date(now),
    locale,
    operator: 'alice',
    maxSpanDays: 7,
    allowPrivateNetworks: false,
    defaultDomain: 'push.example.com',
  });
}

function answer(locale: Locale, zone: string, now: string, phrase: string): string {
  const parsed = parse(locale, zone, now, phrase);
  if (!parsed.ok) return `ERROR ${parsed.error.map((e) => e.key).join(',')}`;
  return `${parsed.value.request.StartTime}|${parsed.value.request.EndTime}`;
}

// A refusal as its reader gets it: every placeholder filled, times on their wall clock rather than the API's
// "2026-03-10T00:00:00Z", and a message of their own language for each key.
function messageProblems(locale: Locale, zone: string, now: string, phrase: string): string[] {
  const parsed = parse(locale, zone, now, phrase);
  if (parsed.ok) return [];
  return parsed.error.flatMap((error) => {
    const text = describeErrorFor({ locale, timeZone: zone }, error);
    const problems: string[] = [];
    if (!hasMessage(locale, error.key)) problems.push(`no ${locale} message for ${error.key}`);
    if (/\{\w+\}/.test(text)) problems.push(`placeholder left in "${text}"`);
    if (/\d{4}-\d\d-\d\dT\d\d:\d\d/.test(text)) problems.push(`raw UTC time in "${text}"`);
    return problems;
  });
}

export interface ProbeFileOptions {
  /** Lines carry their own locale, `zone|now|locale|phrase|start|end` (a file of both languages). */
  localePerLine?: boolean;
  /** Every refusal must name the key it gives, and its message must read whole (see messageProblems). */
  refusalsNameTheirKey?: boolean;
}

/** Asserts every case of the fixture `name`, and that it holds at least `atLeast` of them. */
export function expectProbeFile(name: string, locale: Locale | null, atLeast: number, options: ProbeFileOptions = {}): void {
  const lines = readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  expect(lines.length).toBeGreaterThan(atLeast);
  const wrong: string[] = [];
  for (const line of lines) {
    const fields = line.split('|');
    const lineLocale = (options.localePerLine ? fields.splice(2, 1)[0] : locale) as Locale;
    const [zone, now, phrase, start, end] = fields;
    const got = answer(lineLocale, zone!, now!, phrase!);
    const ok = start === 'ERROR' ? got.startsWith('ERROR') && (end === '' || got.includes(end!)) : got === `${start}|${end}`;
    if (!ok) wrong.push(`${line}  => ${got}`);
    if (options.refusalsNameTheirKey && start === 'ERROR') {
      if (!end) wrong.push(`${line}  names no key`);
      for (const problem of messageProblems(lineLocale, zone!, now!, phrase!)) wrong.push(`${line}  => ${problem}`);
    }
  }
  expect(wrong).toEqual([]);
}
