// A relay on the bundled runner whose source host does not resolve: created (it may resolve by the start time),
// but the person who confirmed it hears so at once, in their language, rather than only when the relay fails at
// its start time. Over the real parts: chat commands, the task service, the store, the runner in client mode.
// `.invalid` never resolves anywhere (RFC 6761); `localhost` always does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFfmpegBackend, type FfmpegBackend } from '../../../src/backends/ffmpeg/index.js';
import { createChatCommands } from '../../../src/core/chat/index.js';
import type { ChatCommands, ChatOutcome } from '../../../src/core/chat-commands.js';
import { TaskService } from '../../../src/core/task-service.js';
import { createLogger } from '../../../src/log.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { SqlitePendingRepository } from '../../../src/store/pending-repo.js';
import { SqliteSubscriptionRepository } from '../../../src/store/subscriptions-repo.js';
import { tempDir, testSettings } from '../../backends/ffmpeg/harness.js';
import { context } from './harness.js';

const dir = tempDir('relaybot-runner-notes-');
let store: Store;
let backend: FfmpegBackend;
let chat: ChatCommands;

beforeAll(() => {
  const logger = createLogger({ level: 'silent' });
  store = openStore(dir.path);
  backend = createFfmpegBackend({ settings: testSettings(), db: store.db, sink: { accept: async () => undefined }, logger, mode: 'client' });
  const service = new TaskService({
    tasks: store.tasks,
    audit: store.audit,
    transaction: store.transaction,
    backends: { local: backend },
    defaultBackend: 'local',
    publicUrl: 'https://relaybot.example.com',
    logger,
  });
  chat = createChatCommands({
    tasks: service,
    prefs: store.preferences,
    pending: new SqlitePendingRepository(store.db),
    subscriptions: new SqliteSubscriptionRepository(store.db),
    commandDefaults: { defaultDomain: 'push.example.com', maxSpanDays: 7, allowPrivateNetworks: true, defaultBackend: 'local' },
    clock: () => new Date(),
    logger,
  });
});

afterAll(async () => {
  await backend.close();
  store.close();
  dir.remove();
});

function textOf(outcome: ChatOutcome): string {
  if (!('doc' in outcome)) throw new Error(`no document in a ${outcome.kind} outcome`);
  return outcome.doc.text;
}

async function confirmed(command: string, locale: 'en' | 'zh-CN'): Promise<ChatOutcome> {
  const ctx = context({ locale });
  const shown = await chat.handle(command, ctx);
  if (shown.kind !== 'preview') throw new Error(`expected a preview, got ${textOf(shown)}`);
  return chat.confirm(shown.pendingId, ctx);
}

describe('a local relay whose host does not resolve', () => {
  it('is created, and the confirmation says which host, and what to do, in the person’s language', async () => {
    const en = await confirmed('http://cdn.example.invalid/show.mp4 to rtmp://localhost/live/typo tomorrow 8pm for 1h', 'en');
    expect(en.kind).toBe('created');
    expect(textOf(en)).toContain('Note: cdn.example.invalid does not resolve from this machine now');
    expect(textOf(en)).toContain('edit the task before then');
    expect(textOf(en)).not.toContain('localhost does not resolve');

    const zh = await confirmed('http://cdn.example.invalid/show.mp4 to rtmp://localhost/live/typo2 明天晚上8点 持续1小时', 'zh-CN');
    expect(zh.kind).toBe('created');
    expect(textOf(zh)).toContain('本机目前无法解析 cdn.example.invalid');
  });

  it('says so too when an edit gives the relay such a source', async () => {
    const ctx = context();
    const created = await confirmed('http://localhost:8080/show.mp4 to rtmp://localhost/live/edited tomorrow 10pm for 1h', 'en');
    if (created.kind !== 'created') throw new Error(textOf(created));
    const edited = await chat.handle(`edit ${created.task.id} http://cdn2.example.invalid/new.mp4`, ctx);
    expect(textOf(edited)).toContain('Note: cdn2.example.invalid does not resolve from this machine now');
    const fine = await chat.handle(`edit ${created.task.id} http://localhost:8080/other.mp4`, ctx);
    expect(textOf(fine)).not.toContain('does not resolve');
  });

  it('does not repeat it on an edit that leaves that host as it was', async () => {
    const ctx = context();
    const created = await confirmed('http://cdn3.example.invalid/show.mp4 to rtmp://localhost/live/kept tomorrow 11pm for 1h', 'en');
    if (created.kind !== 'created') throw new Error(textOf(created));
    expect(textOf(created)).toContain('cdn3.example.invalid does not resolve');
    const edited = await chat.handle(`edit ${created.task.id} extend by 30 minutes`, ctx);
    expect(edited.kind).not.toBe('error');
    expect(textOf(edited)).toMatch(/End: .*00:30 \(Asia\/Shanghai\)/);
    expect(textOf(edited)).not.toContain('does not resolve');
  });

  it('says nothing of the kind when every host resolves', async () => {
    const outcome = await confirmed('http://localhost:8080/show.mp4 to rtmp://localhost/live/fine tomorrow 9pm for 1h', 'en');
    expect(outcome.kind).toBe('created');
    expect(textOf(outcome)).not.toContain('does not resolve');
  });
});
