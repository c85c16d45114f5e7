// The Slack adapter as Slack sees it: the real Bolt app on the bot's HTTP server over loopback, requests
// signed as Slack signs them, the Web API answered by the stand-in, tasks created through the real task
// service on the Tencent stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockKitViolation } from '../../support/slack-standin.js';
import { actionBody, buttonsOf, CHANNEL, SIGNING_SECRET, slashBody, startHarness, type SlackHarness } from './harness.js';

let h: SlackHarness;
const NEW_RELAY = 'https://cdn.example.com/show.mp4 to rtmp://push.example.com/live/evening?txSecret=s3cr3tKey tomorrow 8pm for 2h';

beforeAll(async () => {
  h = await startHarness({
    users: {
      U0ALICE: { tz: 'Asia/Shanghai', locale: 'en-US', name: 'alice' },
      U0LEI: { tz: 'Asia/Shanghai', locale: 'zh-CN', name: 'lei' },
    },
  });
});
afterAll(async () => {
  await h.close();
});

type Message = { response_type?: string; text?: string; blocks?: unknown[]; replace_original?: boolean; delete_original?: boolean };

/** /relay <text> → the ephemeral answer that rode on the acknowledgement. */
async function preview(text = NEW_RELAY, user = 'U0ALICE'): Promise<{ message: Message; pendingId: string }> {
  const answer = await h.slash(text, user);
  expect(answer.status).toBe(200);
  const message = answer.json() as Message;
  const confirm = buttonsOf(message).find((b) => b.action_id.startsWith('relay_confirm'));
  return { message, pendingId: confirm?.value ?? '' };
}

const taskCount = () => h.store.tasks.list().length;

describe('signatures', () => {
  it('refuses a bad, stale or missing signature with 401 and changes nothing', async () => {
    const slackCalls = () => h.slack.calls.length;
    const before = { calls: slackCalls(), tasks: taskCount(), providerTasks: h.tencent.tasks.size };
    const body = slashBody(h.slack, NEW_RELAY, 'U0ALICE');
    expect((await h.post(body, { secret: 'not-the-signing-secret' })).status).toBe(401);
    expect((await h.post(body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    expect((await h.post(body, { signature: null })).status).toBe(401);
    // A body changed after signing (someone edits the text in flight).
    const signedFor = slashBody(h.slack, 'list', 'U0ALICE');
    const { signSlackRequest } = await import('../../../src/adapters/slack/verify-signature.js');
    const ts = Math.floor(Date.now() / 1000);
    const tampered = await h.post(signedFor.replace('text=list', 'text=stop+abc123'), { signature: signSlackRequest(SIGNING_SECRET, ts, signedFor), timestamp: ts });
    expect(tampered.status).toBe(401);
    expect({ calls: slackCalls(), tasks: taskCount(), providerTasks: h.tencent.tasks.size }).toEqual(before);
  });

  it('answers Slack’s URL verification challenge only when signed', async () => {
    const body = JSON.stringify({ type: 'url_verification', token: 'x', challenge: 'c-123' });
    const signed = await h.post(body, { contentType: 'application/json' });
    expect(signed.json()).toEqual({ challenge: 'c-123' });
    expect((await h.post(body, { contentType: 'application/json', secret: 'wrong-secret-value' })).status).toBe(401);
  });
});

describe('/relay', () => {
  it('answers with an ephemeral preview inside the acknowledgement: masked key, Confirm and Cancel, within Block Kit limits', async () => {
    const { message, pendingId } = await preview();
    expect(message.response_type).toBe('ephemeral');
    expect(pendingId).not.toBe('');
    expect(buttonsOf(message).map((b) => b.action_id.split(':')[0])).toEqual(['relay_confirm', 'relay_cancel']);
    const shown = JSON.stringify(message);
    expect(shown).not.toContain('s3cr3tKey');
    expect(shown).toContain('UTC');
    expect(blockKitViolation(message.blocks, 50)).toBeNull();
    // A preview creates nothing.
    expect(taskCount()).toBe(0);
    expect(h.tencent.requests.filter((r) => r.action === 'CreateLivePullStreamTask')).toHaveLength(0);
  });

  it('sends the preview as JSON, which Slack shows as the message', async () => {
    const answer = await h.slash(NEW_RELAY, 'U0ALICE');
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('application/json; charset=utf-8');
    const message = answer.json() as Message;
    expect(message.response_type).toBe('ephemeral');
    expect(message.text).toContain('rtmp://push.example.com/live/ev****');
  });

  it('answers 404 to a slash command that is not ours, as Bolt does', async () => {
    const answer = await h.post(slashBody(h.slack, 'help', 'U0ALICE', { command: '/other' }));
    expect(answer.status).toBe(404);
  });

  it('speaks the user’s Slack language', async () => {
    const { message } = await preview(NEW_RELAY, 'U0LEI');
    expect(JSON.stringify(message)).toMatch(/[\u4e00-\u9fff]/);
    const bad = (await h.slash('https://cdn.example.com/show.mp4 to live/evening', 'U0LEI')).json() as Message;
    expect(JSON.stringify(bad)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('explains a command it cannot understand, without buttons', async () => {
    const answer = (await h.slash('please do the thing', 'U0ALICE')).json() as Message;
    expect(answer.response_type).toBe('ephemeral');
    expect(buttonsOf(answer)).toEqual([]);
    expect(answer.text?.length).toBeGreaterThan(0);
  });

  it('answers /relay lsit with the command it most likely meant, in the user’s language, without buttons', async () => {
    const answer = (await h.slash('lsit', 'U0ALICE')).json() as Message;
    expect(answer.response_type).toBe('ephemeral');
    expect(buttonsOf(answer)).toEqual([]);
    expect(JSON.stringify(answer)).toContain('Did you mean `/relay list`?');
    expect(JSON.stringify((await h.slash('lsit', 'U0LEI')).json())).toContain('是否想输入 `/relay list`');
  });

  it('opens the form for /relay alone', async () => {
    const opened = h.slack.callsTo('views.open').length;
    const answer = await h.slash('', 'U0ALICE');
    expect(answer.status).toBe(200);
    const [call] = (await h.slack.waitForCalls('views.open', opened + 1)).slice(-1);
    expect(call?.params.view).toMatchObject({ type: 'modal', callback_id: 'relay_new', private_metadata: JSON.stringify({ channelId: CHANNEL }) });
  });
});

describe('Confirm', () => {
  it('creates one task and one status message however often it is clicked', async () => {
    const { pendingId } = await preview();
    const posts = h.slack.callsTo('chat.postMessage').length;
    const creates = h.tencent.requests.filter((r) => r.action === 'CreateLivePullStreamTask').length;
    // A double click: two distinct interactions, at the same moment.
    const clicks = await Promise.all([h.click('relay_confirm:0', pendingId), h.click('relay_confirm:0', pendingId)]);
    expect(clicks.map((c) => c.status)).toEqual([200, 200]);
    await h.slack.waitForCalls('chat.postMessage', posts + 1);
    await h.slack.waitForCalls('response_url', 1);
    // And a third, later click.
    await h.click('relay_confirm:0', pendingId);
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(h.tencent.requests.filter((r) => r.action === 'CreateLivePullStreamTask' && !r.errorCode).length - creates).toBe(1);
    const statusPosts = h.slack.callsTo('chat.postMessage').slice(posts);
    expect(statusPosts).toHaveLength(1);
    expect(statusPosts[0]?.params.channel).toBe(CHANNEL);
    expect(blockKitViolation(statusPosts[0]?.params.blocks, 50)).toBeNull();
    expect(JSON.stringify(statusPosts[0]?.params)).not.toContain('s3cr3tKey');
    // The status message is remembered for threads and edits.
    const ts = statusPosts[0]?.answer?.ts as string;
    const task = h.store.tasks.list().find((t) => t.home?.statusMessageId === ts);
    expect(task?.home).toMatchObject({ platform: 'slack', teamId: 'T0STANDIN', channelId: CHANNEL, statusMessageId: ts });
    expect(task?.createdBy).toMatchObject({ platform: 'slack', userId: 'U0ALICE' });
  });

  it('relays the URL that was typed: Slack’s escaped “&amp;” and its <url|label> links are read back', async () => {
    // As Slack sends `/relay https://cdn.example.com/a.mp4?sig=1&exp=2 to <rtmp://push.example.com/live/feed?k=3&t=4|feed> …`.
    const typed = 'https://cdn.example.com/a.mp4?sig=1&amp;exp=2 to <rtmp://push.example.com/live/feed?k=3&amp;t=4|feed> tomorrow 8pm for 2h';
    const { pendingId } = await preview(typed);
    expect(pendingId).not.toBe('');
    const creates = h.tencent.requests.filter((r) => r.action === 'CreateLivePullStreamTask').length;
    await h.click('relay_confirm:0', pendingId);
    await h.slack.waitForCalls('response_url', h.slack.callsTo('response_url').length + 1);
    const create = h.tencent.requests.filter((r) => r.action === 'CreateLivePullStreamTask').slice(creates)[0];
    expect(create?.body.SourceUrls).toEqual(['https://cdn.example.com/a.mp4?sig=1&exp=2']);
    expect(create?.body.ToUrl).toBe('rtmp://push.example.com/live/feed?k=3&t=4');
  });

  it('a Slack retry of the same click (X-Slack-Retry-Num) gets the first answer and creates nothing more', async () => {
    const { pendingId } = await preview();
    const body = actionBody(h.slack, 'relay_confirm:0', pendingId, 'U0ALICE');
    const posts = h.slack.callsTo('chat.postMessage').length;
    const tasksBefore = taskCount();
    const first = await h.post(body);
    const retry = await h.post(body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await h.slack.waitForCalls('chat.postMessage', posts + 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(taskCount()).toBe(tasksBefore + 1);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(posts + 1);
  });

  it('a retried slash command is answered once, with the same preview', async () => {
    const body = slashBody(h.slack, NEW_RELAY, 'U0ALICE');
    const first = await h.post(body);
    const retry = await h.post(body, { headers: { 'x-slack-retry-num': '1' } });
    expect(retry.text).toBe(first.text);
  });

  it('removes the preview once the status message is in the channel', async () => {
    const { pendingId } = await preview();
    const responses = h.slack.callsTo('response_url').length;
    await h.click('relay_confirm:0', pendingId);
    const [answer] = (await h.slack.waitForCalls('response_url', responses + 1)).slice(-1);
    expect(answer?.params).toMatchObject({ delete_original: true });
  });
  it('says how to fix it when the channel refuses the status message, and a later click posts it', async () => {
    const { pendingId } = await preview();
    h.slack.failNext('chat.postMessage', { error: 'not_in_channel' });
    let responses = h.slack.callsTo('response_url').length;
    await h.click('relay_confirm:0', pendingId);
    const [refused] = (await h.slack.waitForCalls('response_url', ++responses)).slice(-1);
    // The only task without a status message is the one just created.
    const task = h.store.tasks.list().find((t) => !t.home?.statusMessageId)!;
    expect(String(refused?.params.text)).toContain('/invite');
    expect(String(refused?.params.text)).toContain(task.id);
    // The answer replaces the preview, so it carries the button to press once the bot is invited.
    const postStatus = buttonsOf(refused!.params as Message).find((b) => b.action_id.startsWith('relay_confirm'));
    expect(postStatus?.value).toBe(pendingId);

    const posts = h.slack.callsTo('chat.postMessage').length;
    await h.click(postStatus!.action_id, postStatus!.value);
    await h.slack.waitForCalls('response_url', ++responses);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(posts + 1);
    expect(h.store.tasks.get(task.id)?.home?.statusMessageId).toBe(h.slack.callsTo('chat.postMessage').at(-1)?.answer?.ts);
  });
});

describe('Cancel and the status buttons', () => {
  it('Cancel replaces the preview and creates nothing', async () => {
    const { pendingId } = await preview();
    const tasksBefore = taskCount();
    const responses = h.slack.callsTo('response_url').length;
    await h.click('relay_cancel:1', pendingId);
    const [answer] = (await h.slack.waitForCalls('response_url', responses + 1)).slice(-1);
    expect(answer?.params).toMatchObject({ replace_original: true, response_type: 'ephemeral' });
    expect(buttonsOf(answer!.params as Message)).toEqual([]);
    // Confirm after Cancel: nothing.
    await h.click('relay_confirm:0', pendingId);
    await h.slack.waitForCalls('response_url', responses + 2);
    expect(taskCount()).toBe(tasksBefore);
  });

  it('Show on a status message answers the clicker only; Stop stops the task', async () => {
    const task = h.store.tasks.list().find((t) => t.state === 'scheduled');
    expect(task).toBeDefined();
    let responses = h.slack.callsTo('response_url').length;
    await h.click('relay_show:2', task!.id, 'U0ALICE', { container: { type: 'message', message_ts: '1.1', channel_id: CHANNEL, is_ephemeral: false } });
    let [answer] = (await h.slack.waitForCalls('response_url', responses + 1)).slice(-1);
    expect(answer?.params).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(JSON.stringify(answer?.params)).toContain(task!.id);

    responses = h.slack.callsTo('response_url').length;
    await h.click('relay_stop:0', task!.id);
    [answer] = (await h.slack.waitForCalls('response_url', responses + 1)).slice(-1);
    expect(h.store.tasks.get(task!.id)?.state).toBe('stopped');
    expect(h.tencent.requests.some((r) => r.action === 'DeleteLivePullStreamTask')).toBe(true);
  });
});

describe('verbs', () => {
  it('/relay list and help answer in the channel, to the user only', async () => {
    for (const verb of ['list', 'help']) {
      const answer = (await h.slash(verb)).json() as Message;
      expect(answer.response_type).toBe('ephemeral');
      expect(blockKitViolation(answer.blocks, 50)).toBeNull();
    }
  });

  it('reads a profile from Slack once; without one, lists in English but asks for a zone before reading times', async () => {
    expect(h.slack.callsTo('users.info').filter((c) => c.params.user === 'U0ALICE')).toHaveLength(1);
    expect(h.slack.callsTo('users.info').every((c) => c.params.include_locale === true || c.params.include_locale === 'true')).toBe(true);
    const list = (await h.slash('list', 'U0UNKNOWN')).json() as Message;
    expect(list.response_type).toBe('ephemeral');
    expect(JSON.stringify(list)).not.toMatch(/[\u4e00-\u9fff]/);
    // A new relay's times are never read in the bot's zone as a guess: the answer asks for `/relay tz` instead.
    const responses = h.slack.callsTo('response_url').length;
    const tasks = taskCount();
    expect((await h.slash(NEW_RELAY, 'U0UNKNOWN')).text).toBe('');
    const [asked] = (await h.slack.waitForCalls('response_url', responses + 1)).slice(-1);
    expect(JSON.stringify(asked?.params)).toContain('/relay tz');
    expect(buttonsOf(asked!.params)).toHaveLength(0);
    expect(taskCount()).toBe(tasks);
  });

  it('/relay tz saves a zone that wins over the Slack profile', async () => {
    await h.slash('tz America/New_York', 'U0ALICE');
    expect(h.store.preferences.get('slack', 'U0ALICE')?.timeZone).toBe('America/New_York');
    const { message } = await preview();
    expect(JSON.stringify(message)).toContain('America/New_York');
    await h.slash('tz Asia/Shanghai', 'U0ALICE');
  });
});

describe('a slow answer', () => {
  it('is acknowledged at once, empty, and delivered through the response_url when ready', async () => {
    const task = h.store.tasks.list().find((t) => t.state === 'scheduled');
    expect(task).toBeDefined();
    // The provider swallows the next status query: core waits for the backend's timeout (3 s here), then retries.
    h.tencent.failNext('DescribeLivePullStreamTaskStatus', 'timeout');
    const responses = h.slack.callsTo('response_url').length;
    const ack = await h.slash(`status ${task!.id}`);
    // Acknowledged empty: Slack had its answer before the status existed.
    expect(ack.status).toBe(200);
    expect(ack.text).toBe('');
    const [answer] = (await h.slack.waitForCalls('response_url', responses + 1, 20_000)).slice(-1);
    expect(answer?.params.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer?.params)).toContain(task!.id);
  });
});

