// A relay confirmed in Slack a moment before the bot is told to stop, while the provider is slow to take it (its
// first tries fail and are retried): the shutdown waits for the create before it closes the backends and the store.
// It used to close them under it: the task stayed recorded without the provider's id, and the person was told it was
// "not confirmed" although the provider made it. The whole bot against the Tencent and Slack stand-ins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { actionBody, buttonsOf, slashBody } from '../adapters/slack/harness.js';
import { ALICE, startSlackBot, type SlackBot } from './slack-bot.js';

let h: SlackBot;
beforeAll(async () => {
  h = await startSlackBot('shutdown');
});
afterAll(async () => h?.close());

describe('a create under way when the bot stops', () => {
  it('is finished before the store closes: one task, with the provider’s id, and nobody told it failed', async () => {
    const preview = JSON.parse(await h.post(slashBody(h.slack, 'https://cdn.example.com/a.mp4 to live/late tomorrow 9pm for 2h', ALICE))) as { blocks?: unknown };
    const confirm = buttonsOf(preview).find((button) => button.action_id.startsWith('relay_confirm'))!;
    // The provider fails the first tries (retried with backoff), then takes it.
    h.cli.standin.failNext('CreateLivePullStreamTask', { code: 'InternalError' }, 3);
    const before = h.slack.calls.length;
    await h.post(actionBody(h.slack, confirm.action_id, confirm.value, ALICE));
    // Wait until the create is under way at the provider, then stop.
    const deadline = Date.now() + 5_000;
    while (!h.cli.standin.requests.some((call) => call.action === 'CreateLivePullStreamTask') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await h.stop();

    const remote = [...h.cli.standin.tasks.values()].filter((task) => task.StreamName === 'late');
    expect(remote).toHaveLength(1);
    const store = openStore(h.env.RELAYBOT_DATA_DIR!);
    try {
      const task = store.tasks.list().find((t) => t.request.StreamName === 'late')!;
      expect(task.providerTaskId).toBe(String(remote[0]!.TaskId));
    } finally {
      store.close();
    }
    expect(h.slack.calls.slice(before).some((call) => /not confirmed|did not work/.test(String(call.params.text)))).toBe(false);
  }, 40_000);
});
