// kill -9 of the bot between receiving and delivering, then a restart: every acknowledged event reaches chat,
// and the message whose post landed just before the crash is not posted again.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { callbackPath } from '../../src/core/relay-event.js';
import { SqliteOutbox } from '../../src/store/events-repo.js';
import { openStore } from '../../src/store/index.js';
import { ChatStandin } from '../support/chat-standin.js';
import { callbackBody, eventually, makeTask, postCallback } from '../support/relay-fixtures.js';

const CHILD = new URL('../support/relay-child.ts', import.meta.url).pathname;

function startChild(dataDir: string, chatUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, RELAY_DATA_DIR: dataDir, RELAY_CHAT_URL: chatUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, url: (JSON.parse(line) as { url: string }).url }));
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('a crash between receiving and delivering', () => {
  const children: ChildProcess[] = [];
  let chat: ChatStandin | null = null;
  let dir = '';

  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) await killHard(child);
    await chat?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loses nothing and posts nothing twice after kill -9 and a restart', async () => {
    dir = mkdtempSync(join(tmpdir(), 'relaybot-crash-'));
    chat = await new ChatStandin().start();
    const task = makeTask({ state: 'running' });
    const seeding = openStore(dir);
    seeding.tasks.insert(task);
    seeding.close();

    // The chat API records the first post but its answer never comes back: the bot dies before marking it.
    chat.hold(true);
    const first = await startChild(dir, chat.url);
    children.push(first.child);
    const url = `${first.url}${callbackPath(task.callbackToken)}`;
    const files = [0, 1, 2, 3, 4];
    for (const index of files) {
      const body = callbackBody(task, 'VodSourceFileStart', { eventTime: 1_900_000_000 + index, msg: { url: `https://cdn.example.com/f${index}.mp4`, index, duration: 30 } });
      expect((await postCallback(url, body)).status).toBe(200);
    }
    await eventually(() => chat!.posts.length >= 1);
    await killHard(first.child);

    const inspect = openStore(dir);
    const outbox = new SqliteOutbox(inspect.db);
    const afterCrash = outbox.counts();
    expect(afterCrash.sending).toBeGreaterThan(0); // claimed and posted, never marked
    expect(afterCrash.pending).toBeGreaterThan(0); // acknowledged, not yet delivered
    const heldKey = chat.posts[0]!.idempotencyKey;

    chat.hold(false);
    const second = await startChild(dir, chat.url);
    children.push(second.child);
    await eventually(() => {
      const counts = outbox.counts();
      return counts.pending === 0 && counts.sending === 0;
    }, 20_000);
    expect(outbox.counts().failed).toBe(0);
    inspect.close();

    // Every file event is in exactly one thread message, in order; the held message was not re-posted.
    const threadPosts = chat.posts.filter((post) => post.threadOf === 'm-status');
    const lines = threadPosts.flatMap((post) => post.doc.lines);
    for (const index of files) expect(lines.filter((line) => line.includes(`f${index}.mp4`)), `file ${index}`).toHaveLength(1);
    expect(lines.map((line) => /f(\d)\.mp4/.exec(line)?.[1])).toEqual(files.map(String));
    expect(chat.posts.filter((post) => post.idempotencyKey === heldKey)).toHaveLength(1);
    expect(new Set(chat.posts.map((post) => post.idempotencyKey)).size).toBe(chat.posts.length);
    expect(chat.edits.length).toBeGreaterThan(0);
  });
});
