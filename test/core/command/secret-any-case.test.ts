// Words not understood are quoted back lowercased: a push URL's stream key or query value typed again loose, in any
// case, must still be masked (secret-guard.ts). "… zq7K3yAbc99 to rtmp://…/live/zq7K3yAbc99" quoted "zq7k3yabc99".
// So must a key typed apart from its push URL with the query glued to it ("…/live/ KEY?txSecret=…").
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';
import { describeErrorFor } from '../../../src/core/error-text.js';
import type { Locale } from '../../../src/core/i18n.js';

const KEY = 'zq7K3yAbc99';
const SECRET = 'Sx0f9e8d7c6b5';
const PUSH = `rtmp://push.partner.com/live/${KEY}?txSecret=${SECRET}`;

function messages(command: string, locale: Locale): string {
  const parsed = parseRelayCommand(command, {
    timeZone: 'America/New_York', now: new Date('2026-11-28T15:00:00Z'), locale, operator: 'op', maxSpanDays: 7, allowPrivateNetworks: false, defaultDomain: 'push.example.com',
  });
  if (parsed.ok) throw new Error(`accepted: ${command}`);
  return parsed.error.map((error) => describeErrorFor({ locale, timeZone: 'America/New_York' }, error)).join('\n');
}

describe('secrets typed again loose, in another case, are masked', () => {
  it.each([
    [`https://cdn.example.com/show.mp4 ${KEY} to ${PUSH} tomorrow 8pm for 2h`, 'en'],
    [`https://cdn.example.com/show.mp4 ${KEY.toUpperCase()} to ${PUSH} tomorrow 8pm for 2h`, 'en'],
    [`https://cdn.example.com/show.mp4 to ${PUSH} ${SECRET} tomorrow 8pm for 2h`, 'en'],
    [`https://cdn.example.com/show.mp4 ${KEY} 推到 ${PUSH} 明晚8点到10点`, 'zh-CN'],
    // The key typed apart from its push URL, its query glued to it: no URL holds it.
    [`https://cdn.example.com/show.mp4 to rtmp://push.partner.com/live/ ${KEY}?txSecret=${SECRET} tomorrow 8pm for 2h`, 'en'],
    [`https://cdn.example.com/show.mp4 推到 rtmp://push.partner.com/live/ ${KEY}?txSecret=${SECRET} 明晚8点到10点`, 'zh-CN'],
    [`https://cdn.example.com/show.mp4 to rtmp://push.partner.com/live/ "${KEY}?txSecret=${SECRET}" tomorrow 8pm for 2h`, 'en'],
  ] as const)('%s', (command, locale) => {
    const said = messages(command, locale).toLowerCase();
    expect(said).toContain('****');
    expect(said).not.toContain(KEY.toLowerCase());
    expect(said).not.toContain(SECRET.toLowerCase());
  });
});
