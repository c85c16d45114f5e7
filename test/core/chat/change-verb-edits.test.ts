// "change r7kq2m loops to 5", "change r7kq2m the end to 11pm": the chat takes "change" as the edit verb, and the edit
// reads what is left ("loops to 5", "the end to 11pm"). Found by a probe (2026-11-27): "loops to 5" looped forever and
// ended the relay at 5 am; "the end to 11pm" started it at once and ended it tonight. Both were changed without a word.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatOutcome } from '../../../src/core/chat-commands.js';
import { context, startChatHarness, type ChatHarness } from './harness.js';

let h: ChatHarness;
beforeAll(async () => {
  h = await startChatHarness();
});
afterAll(async () => {
  await h.close();
});

const HOUR = 3_600_000;

async function createdTask(text: string) {
  const ctx = context();
  const shown = await h.chat.handle(text, ctx);
  if (shown.kind !== 'preview') throw new Error(`expected a preview, got ${JSON.stringify(shown)}`);
  const outcome = await h.chat.confirm(shown.pendingId, ctx);
  if (outcome.kind !== 'created') throw new Error(`expected a task, got ${JSON.stringify(outcome)}`);
  return outcome.task;
}

const text = (outcome: ChatOutcome) => (outcome.kind === 'open-form' ? '' : outcome.doc.text);

describe('an edit said with "change" as its chat verb', () => {
  it('sets the loops, and leaves the window alone', async () => {
    const task = await createdTask('https://cdn.example.com/show.mp4 to live/evening tomorrow 9pm for 1h');
    const outcome = await h.chat.handle(`change ${task.id} loops to 5`, context());
    expect(text(outcome)).toContain(`Changed relay ${task.id}`);
    const request = h.store.tasks.get(task.id)!.request;
    expect(request.VodLoopTimes).toBe('5');
    expect(request.StartTime).toBe(task.request.StartTime);
    expect(request.EndTime).toBe(task.request.EndTime);
  });

  it('moves the end on the relay\'s own day, and leaves the start alone', async () => {
    const task = await createdTask('https://cdn.example.com/show.mp4 to live/late tomorrow 9pm for 1h');
    const outcome = await h.chat.handle(`change ${task.id} the end to 11pm`, context());
    expect(text(outcome)).toContain(`Changed relay ${task.id}`);
    const request = h.store.tasks.get(task.id)!.request;
    expect(request.StartTime).toBe(task.request.StartTime);
    expect(Date.parse(request.EndTime) - Date.parse(request.StartTime)).toBe(2 * HOUR);
  });
});
