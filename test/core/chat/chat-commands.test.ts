// The chat verbs as a user meets them in any adapter, over the real task service, store and Tencent backend
// (official SDK → loopback stand-in).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatOutcome } from '../../../src/core/chat-commands.js';
import { CREATE_ATTEMPTS } from '../../../src/core/task-service.js';
import type { ReplyDocument } from '../../../src/core/reply.js';
import { context, startChatHarness, type ChatHarness } from './harness.js';

let h: ChatHarness;
beforeAll(async () => {
  h = await startChatHarness();
});
afterAll(async () => {
  await h.close();
});

const RELAY = 'https://cdn.example.com/show.mp4 to live/evening tomorrow 8pm for 2h';

function docOf(outcome: ChatOutcome): ReplyDocument {
  if (outcome.kind === 'open-form') throw new Error('expected a document');
  return outcome.doc;
}

function creates(): number {
  return h.standin.requests.filter((call) => call.action === 'CreateLivePullStreamTask').length;
}

async function preview(text = RELAY, ctx = context()): Promise<string> {
  const outcome = await h.chat.handle(text, ctx);
  if (outcome.kind !== 'preview') throw new Error(`expected a preview, got ${docOf(outcome).text}`);
  return outcome.pendingId;
}

async function createdTask(text = RELAY, ctx = context()) {
  const outcome = await h.chat.confirm(await preview(text, ctx), ctx);
  if (outcome.kind !== 'created') throw new Error(`expected a task, got ${docOf(outcome).text}`);
  return outcome.task;
}

describe('a new relay: preview, then confirm', () => {
  it('previews without creating, then creates exactly one task however often Confirm arrives', async () => {
    const before = creates();
    const ctx = context();
    const shown = await h.chat.handle(RELAY, ctx);
    expect(shown.kind).toBe('preview');
    if (shown.kind !== 'preview') return;
    expect(shown.pendingId.length).toBeLessThanOrEqual(40);
    expect(shown.doc.actions.find((action) => action.id === 'confirm')?.value).toBe(shown.pendingId);
    expect(shown.doc.fields.find((field) => field.label === 'Runs on')?.value).toBe('Tencent Cloud CSS');
    expect(creates()).toBe(before);

    // A double click: both answers name the same task, and only the first may post its status message.
    const [first, second] = await Promise.all([h.chat.confirm(shown.pendingId, ctx), h.chat.confirm(shown.pendingId, ctx)]);
    expect(first.kind).toBe('created');
    expect(second.kind).toBe('created');
    if (first.kind !== 'created' || second.kind !== 'created') return;
    expect(second.task.id).toBe(first.task.id);
    expect([first.alreadyConfirmed, second.alreadyConfirmed].sort()).toEqual([false, true]);

    // A platform retry long after: still the same task, still no second post.
    const again = await h.chat.confirm(shown.pendingId, ctx);
    expect(again.kind === 'created' && again.task.id).toBe(first.task.id);
    expect(again.kind === 'created' && again.alreadyConfirmed).toBe(true);
    expect(creates()).toBe(before + 1);

    // The status message: the reader's zone beside UTC, the stream key masked, Stop / Restart / Show.
    const { doc, task } = first;
    expect(doc.title).toContain(task.id);
    expect(doc.taskId).toBe(task.id);
    expect(task.request.StartTime).toMatch(/T12:00:00Z$/); // 8pm in Asia/Shanghai
    const start = doc.fields.find((field) => field.label === 'Start')!.value;
    expect(start).toContain('20:00');
    expect(start).toContain('Asia/Shanghai');
    expect(start).toContain('12:00 UTC');
    const destination = doc.fields.find((field) => field.label === 'Destination')!.value;
    expect(destination).toContain('push.example.com/live/');
    expect(doc.text).not.toContain('evening');
    expect(doc.actions.map((action) => [action.id, action.value])).toEqual([
      ['stop', task.id],
      ['restart', task.id],
      ['show', task.id],
    ]);
  });

  it('warns in the preview, before Confirm, of an active relay to the same stream at an overlapping time', async () => {
    const dup = 'https://cdn.example.com/show.mp4 to live/dup tomorrow 9pm for 1h';
    const first = await createdTask(dup);
    const again = docOf(await h.chat.handle(dup, context()));
    expect(again.kind).toBe('preview');
    expect(again.lines[0]).toContain(`same stream at an overlapping time: ${first.id}`);
    expect(again.actions.map((action) => action.id)).toEqual(['confirm', 'cancel']);
    // From another workspace the clash is as real, but the relay there is not named.
    const elsewhere = docOf(await h.chat.handle(dup, context({ home: { platform: 'slack', teamId: 'T2', channelId: 'C9' } })));
    expect(elsewhere.lines[0]).toContain('same stream at an overlapping time: 1 in another workspace');
    expect(elsewhere.text).not.toContain(first.id);
    // Another stream, or a window that does not meet it: no warning.
    expect(docOf(await h.chat.handle('https://cdn.example.com/show.mp4 to live/dup2 tomorrow 9pm for 1h', context())).text).not.toContain(first.id);
    expect(docOf(await h.chat.handle('https://cdn.example.com/show.mp4 to live/dup tomorrow 10pm for 1h', context())).text).not.toContain(first.id);
    // A stopped relay pushes nothing.
    await h.chat.handle(`stop ${first.id}`, context());
    expect(docOf(await h.chat.handle(dup, context())).text).not.toContain(first.id);
  });

  it('still confirms a preview after the bot restarted, and a redelivered confirm creates nothing more', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relaybot-chat-'));
    try {
      const before = await startChatHarness({ dataDir: dir, standin: h.standin });
      const pendingId = await before.chat.handle(RELAY, context()).then((outcome) => (outcome.kind === 'preview' ? outcome.pendingId : ''));
      await before.close();

      const after = await startChatHarness({ dataDir: dir, standin: h.standin });
      try {
        const created = await after.chat.confirm(pendingId, context());
        expect(created.kind === 'created' && created.alreadyConfirmed).toBe(false);
        const count = creates();
        const redelivered = await after.chat.confirm(pendingId, context());
        expect(redelivered.kind === 'created' && redelivered.task.id).toBe(created.kind === 'created' && created.task.id);
        expect(redelivered.kind === 'created' && redelivered.alreadyConfirmed).toBe(true);
        expect(creates()).toBe(count);
      } finally {
        await after.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets only the person who asked confirm or cancel, and tells others whose preview it is', async () => {
    const pendingId = await preview();
    const other = context({ user: 'U2' });
    const refused = await h.chat.confirm(pendingId, other);
    expect(refused.kind).toBe('reply');
    expect(docOf(refused).text).toContain('Only name-U1 can confirm');
    expect(docOf(await h.chat.cancel(pendingId, other)).text).toContain('Only name-U1');
    expect((await h.chat.confirm(pendingId, context())).kind).toBe('created');
  });

  it('creates nothing from a cancelled or expired preview, and says to send the command again', async () => {
    const before = creates();
    const cancelled = await preview();
    expect(docOf(await h.chat.cancel(cancelled, context())).text).toMatch(/Cancelled: nothing was created/);
    expect(docOf(await h.chat.confirm(cancelled, context())).text).toMatch(/no longer known.*send the `\/relay` command again/i);

    const late = await preview();
    h.advance(16 * 60_000);
    try {
      expect(docOf(await h.chat.confirm(late, context())).text).toMatch(/expired.*nothing was created/i);
    } finally {
      h.advance(-16 * 60_000);
    }
    expect(creates()).toBe(before);
  });

  it('answers a Cancel clicked while Confirm is creating with the task it created, not "cancelled"', async () => {
    const pendingId = await preview();
    const [confirmed, cancelled] = await Promise.all([h.chat.confirm(pendingId, context()), h.chat.cancel(pendingId, context())]);
    expect(confirmed.kind).toBe('created');
    if (confirmed.kind !== 'created') return;
    expect(docOf(cancelled).text).toBe(`Already confirmed: this preview created relay ${confirmed.task.id}. Use \`/relay stop ${confirmed.task.id}\` to undo it.`);
  });

  it('answers a command it cannot read with what to change, in the user’s language', async () => {
    const en = docOf(await h.chat.handle('https://cdn.example.com/show.mp4 tomorrow 8pm for 2h', context()));
    expect(en.kind).toBe('error');
    expect(en.lines.length).toBeGreaterThan(1);
    expect(en.lines.at(-1)).toMatch(/Change the command/);

    const zh = docOf(await h.chat.handle('https://cdn.example.com/show.mp4 明天晚上8点 持续2小时', context({ locale: 'zh-CN' })));
    expect(zh.kind).toBe('error');
    expect(zh.title).toBe('无法把这条命令理解为转推任务');
    expect(zh.lines.at(-1)).toMatch(/请修改命令/);
  });

  it('says above the preview how an ambiguous slash date was read, and confirms what it showed', async () => {
    const outcome = await h.chat.handle('https://cdn.example.com/show.mp4 to live/evening 5/12 8pm for 2h', context());
    if (outcome.kind !== 'preview') throw new Error(`expected a preview, got ${docOf(outcome).text}`);
    expect(outcome.doc.lines[0]).toBe('“5/12” was read month first: 12 May. If you meant 5 December, write “5 Dec”.');
    const created = await h.chat.confirm(outcome.pendingId, context({ user: 'U1' }));
    if (created.kind !== 'created') throw new Error(`expected a task, got ${docOf(created).text}`);
    expect(created.task.request.StartTime.slice(5, 10)).toBe('05-12');
  });

  it('names a refused time on the user’s own clock and zone, not as the API’s field and UTC string', async () => {
    const newYork = context({ timeZone: 'America/New_York' });
    const past = docOf(await h.chat.handle('https://cdn.example.com/show.mp4 to live/evening yesterday 8pm for 2h', newYork));
    expect(past.lines[0]).toMatch(/^The start has already passed: .*20:00 \(America\/New_York\) · .* UTC\./);
    const reversed = docOf(await h.chat.handle('https://cdn.example.com/show.mp4 to live/evening tomorrow 8pm to tomorrow 6pm', newYork));
    expect(reversed.lines[0]).toMatch(/^The end must be after the start\. Start: .*20:00 \(America\/New_York\).*; end: .*18:00 \(America\/New_York\)/);
    for (const doc of [past, reversed]) expect(doc.text).not.toMatch(/StartTime|EndTime|\d\d:\d\d:\d\dZ/);

    const zh = docOf(await h.chat.handle('https://cdn.example.com/show.mp4 转推到 live/evening 昨天晚上8点 持续2小时', context({ locale: 'zh-CN' })));
    expect(zh.lines[0]).toMatch(/^开始时间已经过去：.*20:00（Asia\/Shanghai）/);
  });

  it('calls a create the provider never confirmed unconfirmed, and a stop of it says nothing was deleted there', async () => {
    // Every try of the create fails transiently (the harness's backend tries once): the task stays recorded
    // without a provider id.
    h.standin.failNext('CreateLivePullStreamTask', { code: 'InternalError' }, CREATE_ATTEMPTS);
    const ctx = context();
    const outcome = await h.chat.confirm(await preview('https://cdn.example.com/a.mp4 to live/unsure tomorrow 7pm for 1h', ctx), ctx);
    expect(docOf(outcome).kind).toBe('error');
    const task = h.store.tasks.list().find((t) => t.request.StreamName === 'unsure')!;
    expect(task.providerTaskId).toBeNull();
    const line = docOf(await h.chat.handle('list', ctx)).fields.find((field) => field.label === task.id)?.value;
    expect(line).toMatch(/^creating — not confirmed by the provider yet · /);
    const stopped = docOf(await h.chat.handle(`stop ${task.id}`, ctx));
    expect(stopped.lines[0]).toBe(`Stopped relay ${task.id}: the provider never had it (its create was not confirmed), so nothing was deleted there; it will not run.`);
    expect(h.store.tasks.get(task.id)?.state).toBe('stopped');
  });

  it('keeps the provider’s code and RequestId when the provider refuses the create', async () => {
    const pendingId = await preview();
    h.standin.failNext('CreateLivePullStreamTask', { code: 'InvalidParameter.TaskNumMoreThanLimit', message: 'limit' });
    const outcome = await h.chat.confirm(pendingId, context());
    const refusal = h.standin.requests.filter((call) => call.action === 'CreateLivePullStreamTask').at(-1)!;
    expect(outcome.kind).toBe('reply');
    expect(docOf(outcome).text).toContain('InvalidParameter.TaskNumMoreThanLimit');
    expect(docOf(outcome).text).toContain(refusal.requestId);
  });
});

describe('verbs on existing relays', () => {
  it('lists, shows, pauses, resumes, edits and stops a relay, in English and Chinese', async () => {
    const task = await createdTask('https://cdn.example.com/a.mp4 https://cdn.example.com/b.mp4 to live/late tomorrow 9pm for 1h');
    const list = docOf(await h.chat.handle('list', context()));
    expect(list.kind).toBe('list');
    expect(list.fields.map((field) => field.label)).toContain(task.id);
    // Relays to look-alike (masked) streams are told apart by their names.
    const named = await createdTask('https://cdn.example.com/a.mp4 to live/late tomorrow 10pm for 1h comment "Friday night show"');
    const namedLine = docOf(await h.chat.handle('list', context())).fields.find((field) => field.label === named.id)?.value;
    expect(namedLine).toMatch(/^“Friday night show” · /);

    const shown = docOf(await h.chat.handle(`show ${task.id.toUpperCase()}`, context()));
    expect(shown.fields.find((field) => field.label === 'Runs on')?.value).toBe('Tencent Cloud CSS');
    expect(shown.fields.find((field) => field.label === 'Source')?.value).toContain('(+1 more)');

    const paused = docOf(await h.chat.handle(`暂停 ${task.id}`, context({ locale: 'zh-CN' })));
    expect(paused.title).toContain('已暂停');
    expect(h.store.tasks.get(task.id)?.state).toBe('paused');
    const resumed = docOf(await h.chat.handle(`resume ${task.id}`, context()));
    expect(resumed.lines[0]).toBe(`Resumed relay ${task.id}.`);

    const edited = docOf(await h.chat.handle(`edit ${task.id} extend by 30 minutes`, context()));
    expect(edited.lines[0]).toBe(`Changed relay ${task.id}.`);
    expect(h.store.tasks.get(task.id)?.request.EndTime).toMatch(/T14:30:00Z$/);
    const providerTask = [...h.standin.tasks.values()].find((t) => t.TaskId === task.providerTaskId);
    expect(providerTask?.EndTime).toMatch(/T14:30:00Z$/);

    const stopped = docOf(await h.chat.handle(`停止${task.id}`, context({ locale: 'zh-CN' })));
    expect(stopped.lines[0]).toContain(`已停止转推任务 ${task.id}`);
    expect(h.store.tasks.get(task.id)?.state).toBe('stopped');
    expect([...h.standin.tasks.values()].some((t) => t.TaskId === task.providerTaskId)).toBe(false);
    const after = docOf(await h.chat.handle('list', context()));
    expect(after.fields.map((field) => field.label)).not.toContain(task.id);

    const again = docOf(await h.chat.handle(`stop ${task.id}`, context()));
    expect(again.kind).toBe('error');
    expect(again.text).toContain(`Task ${task.id} is already stopped and deleted at the provider: nothing more to do.`);
    expect(docOf(await h.chat.handle(`pause ${task.id}`, context())).text).toMatch(/was stopped, so it cannot be changed/);
  });

  it('shows a relay’s live status at the provider', async () => {
    const task = await createdTask();
    const status = docOf(await h.chat.handle(`status ${task.id}`, context()));
    expect(status.fields.find((field) => field.label === 'Right now')).toBeDefined();
  });

  it('asks for an id when a verb needs one, and says an unknown id is unknown', async () => {
    expect(docOf(await h.chat.handle('stop', context())).text).toContain('`stop` needs a relay id');
    const unknown = docOf(await h.chat.handle('show zzzzzz', context()));
    expect(unknown.kind).toBe('error');
    expect(unknown.text).toContain('zzzzzz');
  });

  it('answers a mistyped verb with the command it most likely meant, and changes nothing', async () => {
    const task = await createdTask();
    const before = { creates: creates(), state: h.store.tasks.get(task.id)?.state };
    const slip = docOf(await h.chat.handle(`stpo ${task.id}`, context()));
    expect(slip.text).toBe(`“stpo ${task.id}” is not a command. Did you mean \`/relay stop ${task.id}\`? Send it again, or \`/relay help\` for every command.`);
    expect(slip.actions).toEqual([]);
    expect(docOf(await h.chat.handle('lsit', context({ locale: 'zh-CN' }))).text).toContain('是否想输入 `/relay list`');
    // Two slips in a long word still read; a word further away, a relay and a real verb are not touched.
    expect(docOf(await h.chat.handle('unsubscirbe', context())).text).toContain('`/relay unsubscribe`');
    expect(docOf(await h.chat.handle('please do the thing', context())).text).not.toContain('Did you mean');
    expect((await h.chat.handle(RELAY, context())).kind).toBe('preview');
    expect(docOf(await h.chat.handle('list', context())).fields.map((field) => field.label)).toContain(task.id);
    expect({ creates: creates(), state: h.store.tasks.get(task.id)?.state }).toEqual(before);
  });

  it('answers a lone "yes" by pointing at the preview\'s buttons, not as a relay missing its source', async () => {
    const before = creates();
    for (const [typed, locale, expected] of [
      ['yes', 'en', '“yes” on its own is not a command: a preview is answered with its Confirm or Cancel button'],
      ['OK!', 'en', '“OK!” on its own is not a command'],
      ['确认。', 'zh-CN', '单独的“确认。”不是命令'],
    ] as const) {
      const doc = docOf(await h.chat.handle(typed, context({ locale })));
      expect(doc.text, typed).toContain(expected);
      expect(doc.text, typed).not.toMatch(/Add a source|请添加/);
    }
    // A word that merely starts like one is still read as a command.
    expect(docOf(await h.chat.handle('yesterday', context())).text).not.toContain('on its own is not a command');
    expect(creates()).toBe(before);
  });

  it('lets people without permission look but not change, and says so', async () => {
    const task = await createdTask();
    const viewer = context({ user: 'U9', canModify: false });
    expect(docOf(await h.chat.handle('list', viewer)).fields.map((field) => field.label)).toContain(task.id);
    expect(docOf(await h.chat.handle(`show ${task.id}`, viewer)).title).toContain(task.id);
    for (const text of [`stop ${task.id}`, `pause ${task.id}`, RELAY, 'subscribe all']) {
      expect(docOf(await h.chat.handle(text, viewer)).text, text).toMatch(/look at relays here but not change them/);
    }
    expect(docOf(await h.chat.action('stop', task.id, viewer)).text).toMatch(/not change them/);
    expect(h.store.tasks.get(task.id)?.state).toBe('scheduled');
  });

  it('keeps each workspace’s relays to itself', async () => {
    const task = await createdTask();
    const elsewhere = context({ home: { platform: 'slack', teamId: 'T2', channelId: 'C9' } });
    expect(docOf(await h.chat.handle(`show ${task.id}`, elsewhere)).kind).toBe('error');
    expect(docOf(await h.chat.action('stop', task.id, elsewhere)).kind).toBe('error');
    expect(docOf(await h.chat.handle('list', elsewhere)).fields.map((field) => field.label)).not.toContain(task.id);
    expect(h.store.tasks.get(task.id)?.state).toBe('scheduled');
  });

  it('runs the Stop button of a status message', async () => {
    const task = await createdTask();
    const outcome = await h.chat.action('stop', task.id, context());
    expect(docOf(outcome).title).toContain('stopped');
    expect(h.store.tasks.get(task.id)?.state).toBe('stopped');
  });

  it('records where a task’s status message was posted', async () => {
    const task = await createdTask();
    h.chat.setStatusMessage(task.id, { platform: 'slack', teamId: 'T1', channelId: 'C1', statusMessageId: '1700000000.000100' });
    expect(h.store.tasks.get(task.id)?.home?.statusMessageId).toBe('1700000000.000100');
  });
});

describe('the person and the channel', () => {
  it('saves a time zone preference and reads later commands in it', async () => {
    const ctx = context({ user: 'Utz', timeZone: 'UTC' });
    expect(docOf(await h.chat.handle('tz', ctx)).title).toMatch(/not set a time zone, so I use UTC/);
    expect(docOf(await h.chat.handle('tz Mars/Olympus_Mons', ctx)).title).toMatch(/not a time zone I know.*Asia\/Shanghai/);
    expect(docOf(await h.chat.handle('tz europe/london', ctx)).title).toContain('Europe/London');
    expect(h.store.preferences.get('slack', 'Utz')?.timeZone).toBe('Europe/London');
    expect(docOf(await h.chat.handle('时区', { ...ctx, locale: 'zh-CN' })).title).toMatch(
      /^你的时区是 Europe\/London（现在 \d{4}年\d+月\d+日周. \d\d:\d\d，UTC\+[01]）。用 `\/relay 时区 <时区或城市>` 修改，例如 `\/relay 时区 Europe\/London` 或 `\/relay 时区 东京`。$/,
    );
  });

  it('subscribes and unsubscribes the channel', async () => {
    const ctx = context({ home: { platform: 'slack', teamId: 'T1', channelId: 'Csub' } });
    expect(docOf(await h.chat.handle('subscribe weekly', ctx)).title).toMatch(/not a subscription level/);
    expect(docOf(await h.chat.handle('subscribe', ctx)).title).toMatch(/alarms/);
    expect(h.subscriptions.get('slack', 'Csub', 'T1')?.level).toBe('alarms');
    await h.chat.handle('订阅 all', { ...ctx, locale: 'zh-CN' });
    expect(h.subscriptions.get('slack', 'Csub', 'T1')).toMatchObject({ level: 'all', locale: 'zh-CN' });
    expect(docOf(await h.chat.handle('unsubscribe', ctx)).title).toMatch(/^Unsubscribed/);
    expect(h.subscriptions.get('slack', 'Csub', 'T1')).toBeNull();
    expect(docOf(await h.chat.handle('取消订阅', { ...ctx, locale: 'zh-CN' })).title).toMatch(/没有订阅/);
  });

  it('answers help in both languages and asks for the form when nothing was typed', async () => {
    const en = docOf(await h.chat.handle('help', context()));
    expect(en.fields.map((field) => field.label)).toContain('/relay stop <id>');
    const zh = docOf(await h.chat.handle('帮助', context({ locale: 'zh-CN' })));
    expect(zh.title).toContain('/relay 后面可以输入的内容');
    expect(await h.chat.handle('   ', context())).toEqual({ kind: 'open-form', prefill: {} });
  });
});
