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

// "reschedule r7kq2m to 9pm": the edit alone reads "to 9pm" as a new end ("run to 9pm"), and the chat had dropped the
// verb that said otherwise: the end moved to 9pm, the start stayed, without a word. Rescheduling verbs now make it a
// move that keeps the relay's length.
describe('an edit said with a rescheduling verb', () => {
  it.each([
    ['reschedule', 'to 11pm', 23],
    ['调整', '到晚上11点', 23],
    ['改期', '到晚上10点', 22],
  ])('%s <id> %s moves the relay, keeping its length', async (verb, to, hour) => {
    const task = await createdTask(`https://cdn.example.com/show.mp4 to live/moved-${hour}-${verb.length} tomorrow 9pm for 1h`);
    const outcome = await h.chat.handle(`${verb} ${task.id} ${to}`, context());
    expect(text(outcome)).toMatch(new RegExp(task.id));
    const request = h.store.tasks.get(task.id)!.request;
    expect(Date.parse(request.StartTime) - Date.parse(task.request.StartTime)).toBe((hour - 21) * HOUR);
    expect(Date.parse(request.EndTime) - Date.parse(request.StartTime)).toBe(HOUR);
  });

  it('reads a glued Chinese id the same way', async () => {
    const task = await createdTask('https://cdn.example.com/show.mp4 to live/glued tomorrow 9pm for 1h');
    await h.chat.handle(`调整${task.id}到晚上10点`, context());
    const request = h.store.tasks.get(task.id)!.request;
    expect(Date.parse(request.StartTime) - Date.parse(task.request.StartTime)).toBe(HOUR);
    expect(Date.parse(request.EndTime) - Date.parse(request.StartTime)).toBe(HOUR);
  });
});
