// Task ids autocomplete in `/relay stop|show|…`, for anyone in the server who types the command, operator or
// not. A choice named the task by its stream name in full, and the stream name is the push URL's stream key, which
// every message masks ("live/Kx****"). The whole bot against the Discord and Tencent stand-ins (harness.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonInteraction, commandInteraction, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

const STREAM_KEY = 'Kx9fT2secretStreamKey';
const VIEWER = { id: '888888888888888888', roles: [] };

let h: DiscordHarness;
let taskId: string;
beforeAll(async () => {
  h = await startDiscordHarness();
  const preview = await h.interact(commandInteraction('new', [{ name: 'command', value: `https://cdn.example.com/a.mp4 to live/${STREAM_KEY} tomorrow 8pm for 2h` }]));
  await h.interact(buttonInteraction((preview.json.data.components[0].components as { custom_id: string }[])[0]!.custom_id));
  const status = await waitFor(() => [...h.discord.messages.values()].find((m) => /Relay \w+/.test(JSON.stringify(m.body))), 'the status message');
  taskId = /Relay (\w+)/.exec(JSON.stringify(status.body))![1]!;
});
afterAll(() => h.close());

async function choices(subcommand: string, typed: string): Promise<{ name: string; value: string }[]> {
  const answer = await h.interact(commandInteraction(subcommand, [{ name: 'id', value: typed, focused: true }], VIEWER, 4));
  expect(answer.json.type).toBe(8);
  return answer.json.data.choices as { name: string; value: string }[];
}

describe('task id autocomplete on Discord', () => {
  it('names a task by its stream with the stream key masked, for anyone typing the command', async () => {
    const offered = await choices('stop', '');
    const ours = offered.find((c) => c.value === taskId)!;
    expect(ours.name).toBe(`${taskId} · live/Kx****`);
    expect(JSON.stringify(offered)).not.toContain(STREAM_KEY.slice(0, 6));
  });

  it('still finds the task by the start of its id, the choice’s value being the id', async () => {
    const offered = await choices('show', taskId.slice(0, 3));
    expect(offered.map((c) => c.value)).toContain(taskId);
    for (const choice of offered) expect([...choice.name].length).toBeLessThanOrEqual(100);
  });
});
