// `relaybot parse` reads ./.env as every other command does: RELAYBOT_PUSH_DOMAIN written there is the default
// push domain of `to app/stream`, as the README's Settings section promises.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRelaybot } from '../config/run-relaybot.js';

const dir = mkdtempSync(join(tmpdir(), 'relaybot-parse-dotenv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('relaybot parse with a .env file', () => {
  it('takes the default push domain from RELAYBOT_PUSH_DOMAIN in ./.env', async () => {
    writeFileSync(join(dir, '.env'), 'RELAYBOT_PUSH_DOMAIN=push.example.com\n');
    const args = ['parse', '--json', '--now', '2026-03-01T04:00:00Z', '--tz', 'UTC', '--', 'https://cdn.example.com/show.mp4 to live/evening tomorrow 8pm for 2h'];
    const result = await runRelaybot(args, {}, dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, request: { DomainName: 'push.example.com', AppName: 'live', StreamName: 'evening' } });
  });
});
