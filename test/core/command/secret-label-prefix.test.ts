// A stream key or query value that begins with a word that names a secret ("SECRETKEY123", "tokenQ8x7w6v",
// "keyboardMX77"), typed again loose, was quoted back as "secretke****": the label rule (secret-guard.ts) read
// "secret" as a label and masked only what followed it, which then no longer matched the key. Eight of twelve
// characters of a stream key reached the channel. A message may show two characters of a secret, never more.
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';
import { describeErrorFor } from '../../../src/core/error-text.js';
import type { Locale } from '../../../src/core/i18n.js';

function messages(command: string, locale: Locale): string {
  const parsed = parseRelayCommand(command, {
    timeZone: 'Asia/Shanghai', now: new Date('2026-11-28T07:00:00Z'), locale, operator: 'op', maxSpanDays: 7, allowPrivateNetworks: false, defaultDomain: 'push.example.com',
  });
  if (parsed.ok) throw new Error(`accepted: ${command}`);
  return parsed.error.map((error) => describeErrorFor({ locale, timeZone: 'Asia/Shanghai' }, error)).join('\n');
}

/** Every piece of three characters or more of `secret` (case ignored): more than the two a mask shows. */
function piecesOf(secret: string): string[] {
  const lower = secret.toLowerCase();
  const pieces: string[] = [];
  for (let start = 0; start + 3 <= lower.length; start += 1) pieces.push(lower.slice(start, start + 3));
  return pieces;
}

describe('a secret that begins with a label word is masked whole', () => {
  // key, txSecret, what is typed again loose, locale
  it.each([
    ['SECRETKEY123', 'tx9Q8w7E6r5t', 'SECRETKEY123', 'en'],
    ['tokenQ8x7w6v', 'tx9Q8w7E6r5t', 'tokenQ8x7w6v', 'en'],
    ['keyboardMX77', 'tx9Q8w7E6r5t', 'KEYBOARDmx77', 'en'],
    ['PasswordZ9y8', 'tx9Q8w7E6r5t', 'PasswordZ9y8', 'zh-CN'],
    ['zq7K3yAbc99x', 'secretW5v4u3', 'secretW5v4u3', 'en'],
    ['zq7K3yAbc99x', 'pwdWvUtSrQpO', 'pwdWvUtSrQpO', 'zh-CN'],
  ] as const)('key %s, txSecret %s, %s typed again', (key, value, loose, locale) => {
    const push = `rtmp://push.partner.com/live/${key}?txSecret=${value}`;
    const to = locale === 'en' ? 'to' : '推到';
    const when = locale === 'en' ? 'tomorrow 8pm for 2h' : '明晚8点到10点';
    const said = messages(`https://cdn.example.com/show.mp4 ${to} ${push} ${when} blah ${loose} zzz`, locale).toLowerCase();
    expect(said).toContain('blah');
    for (const piece of [...piecesOf(key).slice(1), ...piecesOf(value).slice(1)]) expect(said, piece).not.toContain(piece);
  });

  it('still masks a word after a label when no URL holds it, and the label stays readable', () => {
    const said = messages('https://cdn.example.com/show.mp4 to live/evening tomorrow 8pm for 2h blah password: Zz99qq88rr', 'en');
    expect(said).toMatch(/password:? zz\*\*\*\*/i);
    expect(said.toLowerCase()).not.toContain('99qq88');
  });
});
