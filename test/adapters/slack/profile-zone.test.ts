// A broadcast time is read in the user's own zone or not at all: when Slack's profile (users.info) is slow,
// rate limited or failing, the command is acknowledged at once and answered through the response_url once the
// profile is in, a saved `/relay tz` is used without waiting for Slack, and a zone that can't be had is asked
// for — never guessed (a Chinese user's "明天晚上8点" read in UTC starts the relay 8 hours late).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/core/i18n.js';
import { buttonsOf, CHANNEL, startHarness, TEAM, triggerId, type SlackHarness } from './harness.js';

let h: SlackHarness;
const ZH_RELAY = 'https://cdn.example.com/a.mp4 转推到 live/a 明天晚上8点 持续2小时';
type Message = { response_type?: string; text?: string; blocks?: unknown[] };

beforeAll(async () => {
  h = await startHarness({
    users: {
      U0ZHANG: { tz: 'Asia/Shanghai', locale: 'zh-CN', name: 'zhang' },
      U0LI: { tz: 'Asia/Shanghai', locale: 'zh-CN', name: 'li' },
      U0WANG: { tz: 'Asia/Shanghai', locale: 'zh-CN', name: 'wang' },
      U0SAVED: { tz: 'Europe/Berlin', locale: 'en-US', name: 'saved' },
      U0FORM: { tz: 'Asia/Shanghai', locale: 'zh-CN', name: 'form' },
      U0LIST: { tz: 'Asia/Shanghai', locale: 'zh-CN', name: 'list' },
    },
  });
});
afterAll(async () => {
  await h.close();
});

/** The next message posted to a response_url after `before` of them. */
async function nextResponse(before: number): Promise<Message> {
  const [call] = (await h.slack.waitForCalls('response_url', before + 1, 20_000)).slice(before, before + 1);
  return call!.params as Message;
}

/** Confirms a preview and returns the created task's start (UTC ISO). */
async function confirmAndStart(message: Message, user: string): Promise<string | undefined> {
  const confirm = buttonsOf(message).find((b) => b.action_id.startsWith('relay_confirm'));
  expect(confirm).toBeDefined();
  const before = h.store.tasks.list().length;
  const responses = h.slack.callsTo('response_url').length;
  await h.click(confirm!.action_id, confirm!.value, user);
  for (let i = 0; i < 100 && h.store.tasks.list().length === before; i++) await new Promise((r) => setTimeout(r, 50));
  // The click ends with the preview removed through the response_url: wait for it, or it lands in the next test's count.
  await h.slack.waitForCalls('response_url', responses + 1, 20_000);
  return h.store.tasks.list().find((task) => task.createdBy.userId === user)?.request.StartTime;
}

describe('a command that reads times, when Slack’s profile is not there in time', () => {
  it('a failing users.info: acknowledged empty, then the preview in her own zone and language, and the task starts at 20:00 Shanghai', async () => {
    h.slack.failNext('users.info', { status: 503 }, 2); // the first lookup and its one retry
    const responses = h.slack.callsTo('response_url').length;
    const ack = await h.slash(ZH_RELAY, 'U0ZHANG');
    expect(ack.status).toBe(200);
    expect(ack.text).toBe('');
    const preview = await nextResponse(responses);
    expect(preview.response_type).toBe('ephemeral');
    expect(JSON.stringify(preview)).toContain('Asia/Shanghai');
    expect(preview.text).toMatch(/[\u4e00-\u9fff]/);
    // 8pm in Shanghai is 12:00 UTC, whatever day tomorrow is.
    expect(await confirmAndStart(preview, 'U0ZHANG')).toMatch(/T12:00:00(\.000)?Z$/);
  });

  it('a rate-limited users.info (429, Retry-After): acknowledged within Slack’s 3 s, answered once the profile is in', async () => {
    h.slack.failNext('users.info', { status: 429, retryAfterSeconds: 2 });
    const responses = h.slack.callsTo('response_url').length;
    const started = Date.now();
    const ack = await h.slash(ZH_RELAY, 'U0LI');
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(ack.text).toBe('');
    const preview = await nextResponse(responses);
    expect(JSON.stringify(preview)).toContain('Asia/Shanghai');
    expect(JSON.stringify(preview)).not.toContain('(UTC)');
    expect(buttonsOf(preview).some((b) => b.action_id.startsWith('relay_confirm'))).toBe(true);
  });

  it('a profile that can’t be had: asks for /relay tz in both languages, with no preview, and creates nothing', async () => {
    h.slack.failNext('users.info', { status: 503 }, 4); // both lookups, each with its retry
    const tasks = h.store.tasks.list().length;
    const responses = h.slack.callsTo('response_url').length;
    const ack = await h.slash(ZH_RELAY, 'U0WANG');
    expect(ack.text).toBe('');
    const answer = await nextResponse(responses);
    const shown = JSON.stringify(answer);
    expect(shown).toContain('/relay tz Asia/Shanghai');
    expect(shown).toContain('请先用');
    expect(shown).toContain('Set it once with');
    expect(buttonsOf(answer)).toHaveLength(0);
    expect(h.store.tasks.list()).toHaveLength(tasks);
    // Once the zone is saved, the same command is previewed in it, inline.
    h.slack.failNext('users.info', { status: 503 }, 2);
    await h.slash('tz Asia/Shanghai', 'U0WANG');
    const again = (await h.slash(ZH_RELAY, 'U0WANG')).json() as Message;
    expect(JSON.stringify(again)).toContain('Asia/Shanghai');
    expect(buttonsOf(again).some((b) => b.action_id.startsWith('relay_confirm'))).toBe(true);
  });

  it('a saved zone is used at once, inside the acknowledgement, however slow Slack is', async () => {
    h.store.preferences.set('slack', 'U0SAVED', { timeZone: 'America/New_York' });
    h.slack.failNext('users.info', { status: 429, retryAfterSeconds: 5 });
    const started = Date.now();
    const answer = await h.slash('https://cdn.example.com/a.mp4 to live/a tomorrow 8pm for 2h', 'U0SAVED');
    expect(Date.now() - started).toBeLessThan(2_500);
    const message = answer.json() as Message;
    expect(JSON.stringify(message)).toContain('America/New_York');
    expect(buttonsOf(message).some((b) => b.action_id.startsWith('relay_confirm'))).toBe(true);
  });

  it('the form keeps “When” open and asks for /relay tz rather than reading it in a guessed zone', async () => {
    h.slack.failNext('users.info', { status: 503 }, 2);
    const values = { sources: 'https://cdn.example.com/a.mp4', destination: 'live/x', when: '明天晚上8点 持续2小时' };
    const state = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { value: { type: 'plain_text_input', value } }]));
    const payload = {
      type: 'view_submission',
      team: { id: TEAM, domain: 'standin' },
      user: { id: 'U0FORM', username: 'form', name: 'form', team_id: TEAM },
      api_app_id: 'ASTANDIN',
      token: 'x',
      trigger_id: triggerId(),
      view: { id: 'V1', type: 'modal', callback_id: 'relay_new', private_metadata: JSON.stringify({ channelId: CHANNEL }), state: { values: state }, hash: 'h' },
    };
    const answer = await h.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
    const body = answer.json() as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors.when).toContain('/relay tz');
    expect(h.slack.callsTo('chat.postEphemeral').filter((c) => c.params.user === 'U0FORM')).toHaveLength(0);
  });
});

describe('a command that reads no times', () => {
  it('answers inside the acknowledgement in the default language, its times labelled with the zone', async () => {
    h.slack.failNext('users.info', { status: 503 }, 2);
    const started = Date.now();
    const answer = (await h.slash('list', 'U0LIST')).json() as Message;
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(answer.response_type).toBe('ephemeral');
    // The task the first test created, in English and in UTC, which its times say.
    expect(answer.text).toContain(t('en', 'chat.list.title', { count: h.store.tasks.list().length }));
    expect(answer.text).toMatch(/\d{2}:\d{2} UTC/);
  });
});
