// Whole commands against the API page, in English and Chinese: each request field said several ways, each limit at and
// beyond its edge with the page's error code, URLs in every shape, and no secret of a URL ever quoted back in a message
// (test/fixtures/whole-command-probes.txt explains the format and the shorthands).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';
import { describeErrorFor } from '../../../src/core/error-text.js';
import type { Locale } from '../../../src/core/i18n.js';

const NOW = new Date('2026-03-10T13:00:00Z');
const ZONES: Record<string, string> = { en: 'America/New_York', 'zh-CN': 'Asia/Shanghai' };
const TIMES: Record<string, [string, string]> = {
  $T: ['2026-03-12T00:00:00Z', '2026-03-12T02:00:00Z'],
  $Z: ['2026-03-11T12:00:00Z', '2026-03-11T14:00:00Z'],
};
const SHORTHANDS: Record<string, string> = {
  $F: 'https://media.example.com/vod/show.mp4',
  $L: 'rtmp://live.example.com/app/src',
  $T: 'tomorrow 8pm for 2h',
  $Z: '明晚8点到10点',
  '@31FILES': Array.from({ length: 31 }, (_, i) => `https://media.example.com/f${i}.mp4`).join(' '),
};

interface Probe {
  locale: Locale;
  written: string;
  command: string;
  expectation: string;
}

function probes(): Probe[] {
  const text = readFileSync(new URL('../../fixtures/whole-command-probes.txt', import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const parts = line.split('|');
      const written = parts.slice(1, -1).join('|');
      const command = written.replace(/\$[FLTZ]|@31FILES/g, (name) => SHORTHANDS[name] ?? name);
      return { locale: parts[0] as Locale, written, command, expectation: parts.at(-1)!.trim() };
    });
}

/** The parts of the command's URLs that must never be quoted back: user, password, query values, fragment, push key (and user:password@ before a host without a scheme). */
function secretsOf(command: string): string[] {
  const found: string[] = [];
  for (const [url] of command.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^\s"“”]+/gi)) {
    const userInfo = /^[a-z0-9+.-]+:\/\/([^/?#]*)@/i.exec(url)?.[1];
    if (userInfo) found.push(...userInfo.split(':').filter((part) => !['user', 'password'].includes(part)));
    const query = url.split('?')[1]?.split('#')[0];
    for (const pair of query?.split('&') ?? []) found.push(pair.split('=')[1] ?? '');
    found.push(url.split('#')[1] ?? '');
    if (/^(?:rtmps?|rtsp|rtp|srt):/i.test(url)) {
      const last = url.split(/[?#]/)[0]!.replace(/^[^:]+:\/\/[^/]*/, '').split('/').filter(Boolean).at(-1) ?? '';
      if (!/\.(?:mp4|flv|m3u8)$/i.test(last)) found.push(last);
    }
  }
  // user:password@host typed without a scheme
  for (const [, info = ''] of command.matchAll(/(?:^|[\s/])([^\s@/]+)@[A-Za-z0-9-]+\.[A-Za-z]/g)) found.push(...info.split(':').filter((part) => !['user', 'password'].includes(part)));
  return found.filter((secret) => secret.length >= 4);
}

describe('whole commands against the API page (test/fixtures/whole-command-probes.txt)', () => {
  const all = probes();
  it('holds the hand-checked commands', () => expect(all.length).toBeGreaterThanOrEqual(1000));

  it.each(all.map((probe) => [`[${probe.locale}] ${probe.written.slice(0, 160)}`, probe] as const))('%s', (_name, probe) => {
    const timeZone = ZONES[probe.locale]!;
    const parsed = parseRelayCommand(probe.command, {
      timeZone, now: NOW, locale: probe.locale, operator: 'op', maxSpanDays: 7, allowPrivateNetworks: false, defaultDomain: 'push.example.com',
    });
    const said = parsed.ok ? parsed.value.notes : parsed.error;
    const messages = said.map((error) => describeErrorFor({ locale: probe.locale, timeZone }, error)).join('\n');
    expect(messages).not.toMatch(/\{\w+\}/);
    for (const secret of secretsOf(probe.command)) expect(messages, `quotes the secret ${secret}`).not.toContain(secret);

    if (probe.expectation.startsWith('ERR')) {
      if (parsed.ok) throw new Error(`accepted: ${JSON.stringify(parsed.value.request)}`);
      const code = probe.expectation.slice(3).trim();
      if (code) expect(parsed.error.map((error) => error.code), messages).toContain(code);
      return;
    }
    if (!parsed.ok) throw new Error(`refused: ${messages}`);
    const request = parsed.value.request as unknown as Record<string, unknown>;
    const fields = JSON.parse(probe.expectation.slice(2).trim() || '{}') as Record<string, unknown>;
    for (const [name, value] of Object.entries(fields)) {
      if (value === '$absent') expect(request[name], name).toBeUndefined();
      else expect(request[name], name).toEqual(value);
    }
    const time = Object.keys(TIMES).find((name) => probe.written.includes(name));
    if (time && fields.StartTime === undefined) expect([request.StartTime, request.EndTime]).toEqual(TIMES[time]);
  });
});
