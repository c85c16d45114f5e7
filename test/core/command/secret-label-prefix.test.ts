// A stream key or query value that begins with a word that names a secret ("SECRETKEY123", "tokenQ8x7w6v",
// "keyboardMX77"), typed again loose, was quoted back as "secretke****": the label rule (secret-guard.ts) read
// "secret" as a label and masked only what followed it, which then no longer matched the key. Eight of twelve
// characters of a stream key reached the channel. A message may show two characters of a secret, never more.
import { describe, expect, it } from 'vitest';
import { parseRelayChanges, parseRelayCommand } from '../../../src/core/command/index.js';
import { describeErrorFor } from '../../../src/core/error-text.js';
import type { Locale } from '../../../src/core/i18n.js';
import type { RelayRequest } from '../../../src/core/relay-request.js';
import { context, TOMORROW_EVENING } from './helpers.js';

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

// An edit names no URL that holds the relay's secrets, so its guard knew none of them: the relay's own key or txSecret
// typed again loose in an edit was quoted back as "secretW5****", or cut by the reader into pieces ("tokenq8x 6v").
describe('an edit quoting back the relay\'s own secrets', () => {
  const withToUrl: RelayRequest = { ...TOMORROW_EVENING, ToUrl: 'rtmp://push.partner.com/live/tokenQ8x7w6v?txSecret=secretW5v4u3', DomainName: '', AppName: '', StreamName: '' };
  const withStreamName: RelayRequest = { ...TOMORROW_EVENING, DomainName: 'push.example.com', AppName: 'live', StreamName: 'keyboardMX77', PushArgs: 'txSecret=pwdWvUtSrQpO' };

  it.each([
    ['blah secretW5v4u3 zzz', withToUrl, ['secretW5v4u3']],
    ['move to 9pm blah SECRETW5V4U3', withToUrl, ['secretW5v4u3']],
    ['blah tokenQ8x7w6v', withToUrl, ['tokenQ8x7w6v']],
    ['blah keyboardMX77 zzz', withStreamName, ['keyboardMX77']],
    ['blah pwdWvUtSrQpO zzz', withStreamName, ['pwdWvUtSrQpO']],
  ] as const)('%s', (edit, relay, secrets) => {
    const result = parseRelayChanges(edit, context(), relay);
    if (result.ok) throw new Error(`accepted: ${edit}`);
    const said = result.error.map((error) => describeErrorFor({ locale: 'en', timeZone: 'Asia/Shanghai' }, error)).join('\n').toLowerCase();
    expect(said).toContain('blah');
    for (const piece of secrets.flatMap((secret) => piecesOf(secret).slice(1))) expect(said, piece).not.toContain(piece);
  });

  it('still quotes words that are no secret of the relay', () => {
    const result = parseRelayChanges('blah zzQ8x7w6v', context(), withToUrl);
    if (result.ok) throw new Error('accepted');
    expect(JSON.stringify(result.error[0]?.params)).toContain('zzq8x');
  });
});
