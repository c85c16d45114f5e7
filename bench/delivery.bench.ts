// A burst of 500 events for 20 tasks whose home is one channel, delivered through the outbox worker to a
// recording chat API over loopback HTTP at the default budget (1 write per second per channel). Prints the
// messages sent, how many events they cover (every one exactly once, parsed back from the messages), and the
// rate the chat API observed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { callbackPath } from '../src/core/relay-event.js';
import { ChatStandin, StandinNotifier } from '../test/support/chat-standin.js';
import { callbackBody, eventually, makeTask, postCallback } from '../test/support/relay-fixtures.js';
import { startHarness } from '../test/support/relay-harness.js';

const TASKS = 20;
const EVENTS_PER_TASK = 25;
const BUDGET_PER_SECOND = 1;

function maxInWindow(times: number[], windowMs: number): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i += 1) {
    while (times[i]! - times[j]! >= windowMs) j += 1;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'relaybot-bench-delivery-'));
  const chat = await new ChatStandin().start();
  const notifier = new StandinNotifier('standin', chat.url);
  const harness = await startHarness({ dataDir: dir, notifiers: [notifier], perChannelPerSecond: BUDGET_PER_SECOND });
  try {
    const tasks = Array.from({ length: TASKS }, (_, i) =>
      makeTask({ state: 'running', home: { platform: 'standin', channelId: 'C-BURST', statusMessageId: `status-${i}` } }),
    );
    for (const task of tasks) harness.store.tasks.insert(task);

    const started = performance.now();
    await Promise.all(
      tasks.map(async (task) => {
        for (let index = 0; index < EVENTS_PER_TASK; index += 1) {
          const body = callbackBody(task, 'VodSourceFileStart', { eventTime: 1_900_000_000 + index, msg: { url: `https://cdn.example.com/${task.id}/f${index}.mp4`, index, duration: 30 } });
          const answer = await postCallback(`${harness.url}${callbackPath(task.callbackToken)}`, body);
          if (answer.status !== 200) throw new Error(`callback refused: ${answer.status}`);
        }
      }),
    );
    const burstMs = performance.now() - started;
    await eventually(() => {
      const counts = harness.pipeline.outbox.counts();
      return counts.pending === 0 && counts.sending === 0;
    }, 110_000, 100);
    const deliveredMs = performance.now() - started;

    // Account for every event: each thread message lists its events one per line.
    const seen = new Map<string, number>();
    for (const post of chat.posts) {
      for (const line of post.doc.lines) {
        const match = /https:\/\/cdn\.example\.com\/([^/]+)\/f(\d+)\.mp4/.exec(line);
        if (match) seen.set(`${match[1]}/${match[2]}`, (seen.get(`${match[1]}/${match[2]}`) ?? 0) + 1);
      }
    }
    const expected = TASKS * EVENTS_PER_TASK;
    const exactlyOnce = [...seen.values()].filter((n) => n === 1).length;
    const writes = chat.writes.filter((write) => write.channelId === 'C-BURST').map((write) => write.at).sort((a, b) => a - b);
    const gaps = writes.slice(1).map((at, i) => at - writes[i]!);
    const sent = notifier.sent.filter((write) => write.channelId === 'C-BURST').map((write) => write.at);
    const sentGaps = sent.slice(1).map((at, i) => at - sent[i]!);
    const perTask = tasks.map((task) => chat.posts.filter((post) => post.doc.lines.some((line) => line.includes(`/${task.id}/`))).length);
    console.log(`burst                    ${expected} events for ${TASKS} tasks in one channel, acknowledged in ${burstMs.toFixed(0)} ms`);
    console.log(`messages sent            ${chat.posts.length} thread posts + ${chat.edits.length} status edits = ${writes.length} writes (${(expected / chat.posts.length).toFixed(1)} events per post)`);
    console.log(`posts per task           min ${Math.min(...perTask)}, max ${Math.max(...perTask)}`);
    console.log(`events covered           ${seen.size} of ${expected}, ${exactlyOnce} exactly once: ${seen.size === expected && exactlyOnce === expected ? 'every event accounted for' : 'MISMATCH'}`);
    console.log(`budget                   ${BUDGET_PER_SECOND} write/s per channel`);
    console.log(`  as sent by the worker  max ${maxInWindow(sent, 1000)} in any 1 s window, min gap ${Math.min(...sentGaps)} ms`);
    console.log(`  as the chat API saw it max ${maxInWindow(writes, 1000)} in any 1 s window, min gap ${Math.min(...gaps)} ms (arrival jitter), ${(writes.length / ((writes.at(-1)! - writes[0]!) / 1000)).toFixed(2)} writes/s average`);
    console.log(`all delivered after      ${(deliveredMs / 1000).toFixed(1)} s (lower bound at this budget: ${((writes.length - 1) / BUDGET_PER_SECOND).toFixed(0)} s)`);
  } finally {
    await harness.close();
    await chat.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
