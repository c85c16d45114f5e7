// Slack settings: off when absent, one clear message per mistake when half-set.
import { describe, expect, it } from 'vitest';
import { ConfigError, parseSettings } from '../../../src/config/index.js';
import { slackConfigSchema } from '../../../src/config/slack.js';
import { startHarness } from './harness.js';

const parse = (env: Record<string, string>) => parseSettings(slackConfigSchema, env);
const problems = (env: Record<string, string>) => {
  try {
    parse(env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems.map((p) => p.setting);
  }
};

describe('Slack settings', () => {
  it('leaves Slack off when nothing is set', () => {
    expect(parse({})).toMatchObject({ botToken: null, apiUrl: 'https://slack.com/api/', allowedUsers: [] });
  });

  it('chooses HTTP mode with a signing secret and Socket Mode with an app token', () => {
    expect(parse({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: '0123456789abcdef0123' }).mode).toBe('http');
    expect(parse({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' }).mode).toBe('socket');
  });

  it('names what is missing or malformed', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual(['SLACK_SIGNING_SECRET']);
    expect(problems({ SLACK_SIGNING_SECRET: '0123456789abcdef0123' })).toEqual(['SLACK_BOT_TOKEN']);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxp-user', SLACK_APP_TOKEN: 'xapp-1' })).toEqual(['SLACK_BOT_TOKEN']);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_ALLOWED_USERS: 'alice' })).toEqual(['SLACK_ALLOWED_USERS']);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'file:///etc/passwd' })).toEqual(['SLACK_API_URL']);
  });

  it('reads id lists separated by commas or spaces, and adds the trailing slash to the API URL', () => {
    const settings = parse({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_ALLOWED_USERS: 'U0ALICE, W0BOB',
      SLACK_ALLOWED_CHANNELS: 'C0RELAYS G0PRIVATE',
      SLACK_API_URL: 'https://slack-gov.com/api',
    });
    expect(settings.allowedUsers).toEqual(['U0ALICE', 'W0BOB']);
    expect(settings.allowedChannels).toEqual(['C0RELAYS', 'G0PRIVATE']);
    expect(settings.apiUrl).toBe('https://slack-gov.com/api/');
  });
});

describe('start-up', () => {
  it('stops with a message naming SLACK_BOT_TOKEN when Slack refuses the token', async () => {
    await expect(startHarness({ env: { SLACK_BOT_TOKEN: 'xoxb-revoked' } })).rejects.toThrow(/SLACK_BOT_TOKEN \(invalid_auth\)/);
  });
});

