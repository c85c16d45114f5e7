// 1120 English phrasings written as operators type them (ordinal and spelled dates, slash dates beside weekdays,
// ranges and end verbs, relative starts, British week words, zones around both clock changes in New York, London
// and Sydney, chat noise, estimates and periods to refuse), each with the instants a relay must get in its zone at
// its "now". Every case must come out exactly so; a refusal case must be refused (for the reason named, if any).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';

const PREFIX = 'https://media.example.com/vod/show.mp4 to live/evening ';
const lines = readFileSync(new URL('../../fixtures/en-unseen-probes.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

function answer(zone: string, now: string, phrase: string): string {
  const parsed = parseRelayCommand(PREFIX + phrase, {
    timeZone: zone,
    now: new Date(now),
    locale: 'en',
    operator: 'alice',
    maxSpanDays: 7,
    allowPrivateNetworks: false,
    defaultDomain: 'push.example.com',
  });
  if (!parsed.ok) return `ERROR ${parsed.error.map((e) => e.key).join(',')}`;
  return `${parsed.value.request.StartTime}|${parsed.value.request.EndTime}`;
}

describe('English phrasings in several zones and at several "now"s (test/fixtures/en-unseen-probes.txt)', () => {
  it('reads every one as hand-checked', () => {
    expect(lines.length).toBeGreaterThan(800);
    const wrong: string[] = [];
    for (const line of lines) {
      const [zone, now, phrase, start, end] = line.split('|');
      const got = answer(zone!, now!, phrase!);
      const ok = start === 'ERROR' ? got.startsWith('ERROR') && (end === '' || got.includes(end!)) : got === `${start}|${end}`;
      if (!ok) wrong.push(`${line}  => ${got}`);
    }
    expect(wrong).toEqual([]);
  });
});
