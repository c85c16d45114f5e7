// Every /relay subcommand through the interactions endpoint, with its effect where a user would see one: at
// the provider (the Tencent stand-in), in the store (time zone, subscriptions) or in the answer itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonInteraction, commandInteraction, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

let h: DiscordHarness;
let taskId: string;

/** The answer's JSON as Discord shows it: markdown escapes ('America/New\\_York') read as the character. */
const asShown = (data: unknown) => JSON.stringify(data).replaceAll('\\\\', '');

/** Answers a subcommand, waiting for the edited-in answer when it was deferred. */
async function ask(subcommand: string, options: { name: string; value: string }[] = []): Promise<string> {
  const body = commandInteraction(subcommand, options) as { token: string };
  const answer = await h.interact(body);
  expect(answer.status).toBe(200);
  if (answer.json.type === 4) return asShown(answer.json.data);
  expect(answer.json.type).toBe(5);
  const edit = await waitFor(() => h.discord.calls.find((c) => c.method === 'PATCH' && c.path.includes(`/${body.token}/messages/@original`)), `${subcommand} answer`);
  return asShown(edit.body);
}

const actions = (name: string) => h.tencent.requests.filter((r) => r.action === name && !r.errorCode);

beforeAll(async () => {
  h = await startDiscordHarness();
  const preview = await h.interact(commandInteraction('new', [
    { name: 'command', value: 'https://media.example.com/vod/a.mp4 tomorrow 9pm for 1h' },
    { name: 'destination', value: 'live/verbs' },
    { name: 'loop', value: 'loop forever' },
    { name: 'comment', value: 'every verb' },
  ]));
  const confirm = (preview.json.data.components[0].components as { custom_id: string }[])[0]!.custom_id;
  await h.interact(buttonInteraction(confirm));
  const status = await waitFor(() => [...h.discord.messages.values()].find((m) => /Relay \w+/.test(JSON.stringify(m.body))), 'the status message');
  taskId = /Relay (\w+)/.exec(JSON.stringify(status.body))![1]!;
});
afterAll(() => h.close());

describe('/relay subcommands on Discord', () => {
  it('new: the structured options reach the request (destination, loop, comment)', () => {
    const create = actions('CreateLivePullStreamTask').at(-1)!;
    expect(create.body).toMatchObject({ AppName: 'live', StreamName: 'verbs', VodLoopTimes: '-1', Comment: 'every verb' });
  });

  it('show and status describe the task', async () => {
    expect(await ask('show', [{ name: 'id', value: taskId }])).toContain(taskId);
    expect(await ask('status', [{ name: 'id', value: taskId }])).toContain(taskId);
  });

  it('pause and resume reach the provider; restart of a task not yet started is explained, not sent', async () => {
    await ask('pause', [{ name: 'id', value: taskId }]);
    expect(actions('ModifyLivePullStreamTask').at(-1)!.body).toMatchObject({ Status: 'pause' });
    await ask('resume', [{ name: 'id', value: taskId }]);
    expect(actions('ModifyLivePullStreamTask').at(-1)!.body).toMatchObject({ Status: 'enable' });
    expect(await ask('restart', [{ name: 'id', value: taskId }])).toMatch(/not started yet/);
    expect(actions('RestartLivePullStreamTask').length).toBe(0);
  });

  it('edit changes the loop count at the provider', async () => {
    const answer = await ask('edit', [{ name: 'id', value: taskId }, { name: 'changes', value: 'loop 3' }]);
    expect(answer).toContain('3 more times');
    // ModifyLivePullStreamTask takes VodLoopTimes as a number (create takes a string), as the SDK models it.
    expect(actions('ModifyLivePullStreamTask').at(-1)!.body).toMatchObject({ VodLoopTimes: 3 });
  });

  it('tz saves the zone and later answers show it; a wrong zone is refused', async () => {
    expect(await ask('tz', [{ name: 'zone', value: 'America/New_York' }])).toContain('America/New_York');
    expect(await ask('tz')).toContain('America/New_York');
    expect(await ask('tz', [{ name: 'zone', value: 'Mars/Olympus' }])).toContain('Mars/Olympus');
    expect(await ask('tz')).toContain('America/New_York');
  });

  it('subscribe and unsubscribe the channel', async () => {
    const subscribed = await ask('subscribe', [{ name: 'level', value: 'all' }]);
    const unsubscribed = await ask('unsubscribe');
    expect(subscribed).not.toBe(unsubscribed);
    expect(await ask('unsubscribe')).not.toBe(subscribed);
  });

  it('help lists the verbs, and stop deletes the task at the provider', async () => {
    expect(await ask('help')).toContain('/relay stop');
    await ask('stop', [{ name: 'id', value: taskId }]);
    expect(actions('DeleteLivePullStreamTask').length).toBe(1);
    expect(await ask('list')).not.toContain(taskId);
  });
});
