// SLACK_ALLOWED_USERS / _USERGROUPS / _CHANNELS: allowed people create and change relays in allowed channels;
// everyone else can look (list, show) but not touch, and is told so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/core/i18n.js';
import { buttonsOf, startHarness, type SlackHarness } from './harness.js';

let h: SlackHarness;
const NEW_RELAY = 'https://cdn.example.com/show.mp4 to live/evening tomorrow 8pm for 2h';
type Message = { response_type?: string; text?: string; blocks?: unknown[] };

beforeAll(async () => {
  h = await startHarness({
    users: {
      U0ALICE: { tz: 'Asia/Shanghai', locale: 'en-US' },
      U0BOB: { tz: 'Europe/Berlin', locale: 'en-GB' },
      U0CAROL: { tz: 'America/Chicago', locale: 'en-US' },
    },
    usergroups: { S0OPS: ['U0CAROL', 'U0DAVE'] },
    env: { SLACK_ALLOWED_USERS: 'U0ALICE', SLACK_ALLOWED_USERGROUPS: 'S0OPS', SLACK_ALLOWED_CHANNELS: 'C0RELAYS' },
  });
});
afterAll(async () => {
  await h.close();
});

const confirmButton = (m: Message) => buttonsOf(m).find((b) => b.action_id.startsWith('relay_confirm'));

describe('permissions', () => {
  it('lets an allowed user and a member of an allowed user group create relays', async () => {
    expect(confirmButton((await h.slash(NEW_RELAY, 'U0ALICE')).json() as Message)).toBeDefined();
    expect(confirmButton((await h.slash(NEW_RELAY, 'U0CAROL')).json() as Message)).toBeDefined();
  });

  it('tells anyone else they may look but not touch, and creates nothing', async () => {
    const answer = (await h.slash(NEW_RELAY, 'U0BOB')).json() as Message;
    expect(confirmButton(answer)).toBeUndefined();
    expect(answer.text).toMatch(/not change/i);
    const list = (await h.slash('list', 'U0BOB')).json() as Message;
    expect(list.response_type).toBe('ephemeral');
    expect(list.text).not.toMatch(/not change/i);
    expect(h.store.tasks.list()).toHaveLength(0);
  });

  it('says the whole refusal, readable, not cut to fit a header', async () => {
    const answer = (await h.slash(NEW_RELAY, 'U0BOB')).json() as { blocks: { type: string; text?: { type: string; text: string } }[] };
    expect(answer.blocks.some((b) => b.type === 'header')).toBe(false);
    expect(answer.blocks[0]?.text).toEqual({ type: 'mrkdwn', text: `:warning: ${t('en', 'chat.readOnly')}` });
  });

  it('refuses changes from an allowed user outside the allowed channels', async () => {
    const answer = (await h.slash(NEW_RELAY, 'U0ALICE', { channel_id: 'C0ELSEWHERE' })).json() as Message;
    expect(confirmButton(answer)).toBeUndefined();
    expect(answer.text).toMatch(/not change/i);
  });

  it('keeps a stranger’s Stop click from stopping someone’s relay', async () => {
    const pendingId = confirmButton((await h.slash(NEW_RELAY, 'U0ALICE')).json() as Message)!.value;
    let responses = h.slack.callsTo('response_url').length;
    await h.click('relay_confirm:0', pendingId, 'U0ALICE');
    await h.slack.waitForCalls('response_url', ++responses); // the preview removed: the status message is out
    const task = h.store.tasks.list()[0]!;
    await h.click('relay_stop:0', task.id, 'U0BOB');
    const [answer] = (await h.slack.waitForCalls('response_url', responses + 1)).slice(-1);
    expect(String(answer?.params.text)).toMatch(/not change/i);
    expect(h.store.tasks.get(task.id)?.state).toBe('scheduled');
    expect(h.tencent.requests.some((r) => r.action === 'DeleteLivePullStreamTask')).toBe(false);
  });

  it('reads each allowed user group’s members from Slack once, not on every command', () => {
    expect(h.slack.callsTo('usergroups.users.list').filter((c) => c.params.usergroup === 'S0OPS')).toHaveLength(1);
  });
});
