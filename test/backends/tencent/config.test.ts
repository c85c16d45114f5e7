// The Tencent settings are validated once at start: a missing or malformed one stops start-up naming it.
import { describe, expect, it } from 'vitest';
import { createTencentBackend } from '../../../src/backends/tencent/index.js';
import { createLogger } from '../../../src/log.js';
import { startTencentStandin } from '../../support/tencent-standin.js';
import { ConfigError, loadConfig, parseSettings } from '../../../src/config/index.js';
import { tencentSettingsSchema } from '../../../src/config/tencent.js';

const keys = { TENCENTCLOUD_SECRET_ID: 'AKIDexample', TENCENTCLOUD_SECRET_KEY: 'secret', RELAYBOT_PUBLIC_URL: 'https://relaybot.example.com' };

function problemsOf(env: Record<string, string>): { setting: string; problem: string }[] {
  try {
    parseSettings(tencentSettingsSchema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('Tencent settings', () => {
  it('is off (null) when no API key is set', () => {
    expect(parseSettings(tencentSettingsSchema, {})).toBeNull();
  });

  it('with both keys and a public URL, uses the defaults for region and endpoint', () => {
    expect(parseSettings(tencentSettingsSchema, keys)).toEqual({
      secretId: 'AKIDexample',
      secretKey: 'secret',
      region: 'ap-guangzhou',
      endpoint: 'https://live.tencentcloudapi.com',
      timeoutSeconds: 10,
      publicUrl: 'https://relaybot.example.com',
    });
  });

  it('accepts a loopback http endpoint with a port (the stand-in) and a listed region', () => {
    const config = parseSettings(tencentSettingsSchema, { ...keys, RELAYBOT_TENCENT_ENDPOINT: 'http://127.0.0.1:4567', TENCENTCLOUD_REGION: 'na-ashburn' });
    expect(config).toMatchObject({ endpoint: 'http://127.0.0.1:4567', region: 'na-ashburn' });
  });

  it('names the missing half of a key pair', () => {
    expect(problemsOf({ TENCENTCLOUD_SECRET_ID: 'AKIDexample', RELAYBOT_PUBLIC_URL: 'https://x.example.com' }).map((p) => p.setting)).toEqual(['TENCENTCLOUD_SECRET_KEY']);
    expect(problemsOf({ TENCENTCLOUD_SECRET_KEY: 'secret', RELAYBOT_PUBLIC_URL: 'https://x.example.com' }).map((p) => p.setting)).toEqual(['TENCENTCLOUD_SECRET_ID']);
  });

  it('requires RELAYBOT_PUBLIC_URL when the backend is on, and an http(s) one', () => {
    const { RELAYBOT_PUBLIC_URL: _omit, ...withoutUrl } = keys;
    expect(problemsOf(withoutUrl)).toEqual([{ setting: 'RELAYBOT_PUBLIC_URL', problem: expect.stringContaining('required') }]);
    expect(problemsOf({ ...keys, RELAYBOT_PUBLIC_URL: 'ftp://relaybot.example.com' }).map((p) => p.setting)).toEqual(['RELAYBOT_PUBLIC_URL']);
  });

  it('refuses a region the API page does not list, naming the valid ones', () => {
    const [problem] = problemsOf({ ...keys, TENCENTCLOUD_REGION: 'eu-moscow' });
    expect(problem?.setting).toBe('TENCENTCLOUD_REGION');
    expect(problem?.problem).toContain('ap-singapore');
  });

  it('refuses an endpoint that is not a bare http(s) URL', () => {
    for (const endpoint of ['live.tencentcloudapi.com', 'ftp://live.tencentcloudapi.com', 'https://live.tencentcloudapi.com/v3']) {
      expect(problemsOf({ ...keys, RELAYBOT_TENCENT_ENDPOINT: endpoint }).map((p) => p.setting), endpoint).toEqual(['RELAYBOT_TENCENT_ENDPOINT']);
    }
  });

  it('refuses a non-positive timeout', () => {
    expect(problemsOf({ ...keys, RELAYBOT_TENCENT_TIMEOUT_SECONDS: '0' }).map((p) => p.setting)).toEqual(['RELAYBOT_TENCENT_TIMEOUT_SECONDS']);
  });

  it('is part of the whole configuration, and its problems are reported with the others', () => {
    expect(() => loadConfig({ TENCENTCLOUD_SECRET_ID: 'AKIDexample' })).toThrow(/TENCENTCLOUD_SECRET_KEY/);
  });

  it('a backend built from the settings reaches the endpoint and region they name', async () => {
    const standin = await startTencentStandin({ secretId: 'AKIDwired', secretKey: 'wired-key' });
    try {
      const config = parseSettings(tencentSettingsSchema, {
        TENCENTCLOUD_SECRET_ID: 'AKIDwired',
        TENCENTCLOUD_SECRET_KEY: 'wired-key',
        TENCENTCLOUD_REGION: 'ap-tokyo',
        RELAYBOT_TENCENT_ENDPOINT: standin.url,
        RELAYBOT_PUBLIC_URL: 'https://relaybot.example.com',
      });
      const backend = createTencentBackend(config!, createLogger({ level: 'silent' }));
      expect(await backend.quota()).toEqual({ count: 0, limit: 20 });
      expect(standin.requests[0]).toMatchObject({ region: 'ap-tokyo', secretId: 'AKIDwired', errorCode: undefined });
    } finally {
      await standin.close();
    }
  });
});
