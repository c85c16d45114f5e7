// Runs a file of hand-checked phrasings (test/fixtures/*-unseen-probes.txt): lines `zone|now (UTC)|phrase|start|end`,
// each phrase after a fixed source and destination in its language. A case must come out exactly so; a refusal
// (`ERROR` as the start) must be refused, and when the end column names a reason (ERROR|validation.time.past), for
// that reason: refused for another one, a phrase was misread on the way and only happened to be refused.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';
import type { Locale } from '../../../src/core/i18n.js';

const PREFIX: Record<Locale, string> = {
  en: 'https://media.example.com/vod/show.mp4 to live/evening ',
  'zh-CN': 'https://media.example.com/vod/show.mp4 转推到 live/evening ',
};

function answer(locale: Locale, zone: string, now: string, phrase: string): string {
  const parsed = parseRelayCommand(PREFIX[locale] + phrase, {
    timeZone: zone,
    now: new Date(now),
    locale,
    operator: 'alice',
    maxSpanDays: 7,
    allowPrivateNetworks: false,
    defaultDomain: 'push.example.com',
  });
  if (!parsed.ok) return `ERROR ${parsed.error.map((e) => e.key).join(',')}`;
  return `${parsed.value.request.StartTime}|${parsed.value.request.EndTime}`;
}

/** Asserts every case of the fixture `name`, and that it holds at least `atLeast` of them. */
export function expectProbeFile(name: string, locale: Locale, atLeast: number): void {
  const lines = readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  expect(lines.length).toBeGreaterThan(atLeast);
  const wrong: string[] = [];
  for (const line of lines) {
    const [zone, now, phrase, start, end] = line.split('|');
    const got = answer(locale, zone!, now!, phrase!);
    const ok = start === 'ERROR' ? got.startsWith('ERROR') && (end === '' || got.includes(end!)) : got === `${start}|${end}`;
    if (!ok) wrong.push(`${line}  => ${got}`);
  }
  expect(wrong).toEqual([]);
}
