// The shared messages suggest commands as typed on Slack or in the terminal (`/relay resume r7kq2m`); on Discord
// /relay is a slash command with named options, so there the suggestion must be `/relay resume id:r7kq2m` (and
// `/转推 恢复 编号:r7kq2m` in Chinese, the names a zh-CN client shows). The whole Discord adapter through its
// interactions endpoint, with the Discord and Tencent stand-ins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonInteraction, commandInteraction, OPERATOR_ROLE, pressButton, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

let h: DiscordHarness;
let taskId: string;

const asShown = (data: unknown) => JSON.stringify(data).replaceAll('\\\\', '');

async function ask(subcommand: string, options: { name: string; value: string }[] = [], locale = 'en-US'): Promise<string> {
  const body = commandInteraction(subcommand, options, { id: '555555555555555555', roles: [OPERATOR_ROLE], locale }) as { token: string };
  const answer = await h.interact(body);
  expect(answer.status).toBe(200);
  if (answer.json.type === 4) return asShown(answer.json.data);
  expect(answer.json.type).toBe(5);
  const edit = await waitFor(() => h.discord.calls.find((c) => c.method === 'PATCH' && c.path.includes(`/${body.token}/messages/@original`)), `${subcommand} answer`);
  return asShown(edit.body);
}

beforeAll(async () => {
  h = await startDiscordHarness();
  const preview = await h.interact(commandInteraction('new', [{ name: 'command', value: 'https://media.example.com/vod/a.mp4 to live/hints tomorrow 9pm for 1h' }]));
  const confirm = (preview.json.data.components[0].components as { custom_id: string }[])[0]!.custom_id;
  await h.interact(buttonInteraction(confirm));
  const status = await waitFor(() => [...h.discord.messages.values()].find((m) => /Relay \w+/.test(JSON.stringify(m.body))), 'the status message');
  taskId = /Relay (\w+)/.exec(JSON.stringify(status.body))![1]!;
});
afterAll(() => h.close());

describe('commands suggested on Discord', () => {
  it('take the slash command’s options: pause suggests /relay resume id:<id>', async () => {
    const answer = await ask('pause', [{ name: 'id', value: taskId }]);
    expect(answer).toContain(`/relay resume id:${taskId}`);
    expect(answer).not.toContain(`/relay resume ${taskId}`);
    await ask('resume', [{ name: 'id', value: taskId }]);
  });

  it('are in Chinese with the names a zh-CN client shows', async () => {
    const answer = await ask('pause', [{ name: 'id', value: taskId }], 'zh-CN');
    expect(answer).toContain(`/转推 恢复 编号:${taskId}`);
    await ask('resume', [{ name: 'id', value: taskId }]);
  });

  it('leave a person’s own comment as written, on the preview and on the relay’s details', async () => {
    const comment = 'after /relay stop r1 ends';
    const preview = await h.interact(
      commandInteraction('new', [{ name: 'command', value: 'https://media.example.com/vod/a.mp4 to live/own-words tomorrow 10pm for 1h' }, { name: 'comment', value: comment }]),
    );
    expect(asShown(preview.json.data)).toContain(comment);
    const confirm = (preview.json.data.components[0].components as { custom_id: string }[])[0]!.custom_id;
    await pressButton(h, confirm);
    const status = await waitFor(() => [...h.discord.messages.values()].find((m) => JSON.stringify(m.body).includes('live/ow')), 'the status message');
    const details = await ask('show', [{ name: 'id', value: /Relay (\w+)/.exec(JSON.stringify(status.body))![1]! }]);
    expect(details).toContain(comment);
    expect(details).not.toContain('/relay stop id:r1');
  });

  it('help lists every command as Discord takes it', async () => {
    const help = await ask('help');
    for (const usage of ['/relay status id:<id>', '/relay stop id:<id>', '/relay edit id:<id> changes:<changes>', '/relay tz [zone:zone or city]', '/relay new command:<source URL>']) {
      expect(help).toContain(usage);
    }
    expect(help).not.toMatch(/\/relay (?:status|show|stop|pause|resume|restart|edit) </);
  });
});
