// `relaybot pause` run in a terminal on a relay that lives in a Slack channel: the CLI process has no chat
// connection, but it records the change in the same store's outbox, and the bot running on that data directory
// delivers it, as it would a change typed in Slack: the status message edited, a line in its thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackBot, until, type SlackBot } from '../main/slack-bot.js';

let h: SlackBot;
beforeAll(async () => {
  h = await startSlackBot('cli-news');
});
afterAll(async () => h?.close());

describe('a lifecycle verb from the CLI on a relay created in Slack', () => {
  it('edits the Slack status message to the new state and says in its thread who did it', async () => {
    const { id, ts } = await h.confirm('https://cdn.example.com/a.mp4 to live/cli tomorrow 9pm for 2h');

    const mark = h.slack.calls.length;
    const run = await h.cli.run(['pause', id, '--operator', 'carol'], { RELAYBOT_DATA_DIR: h.env.RELAYBOT_DATA_DIR });
    expect(run.code).toBe(0);

    const later = () => h.slack.calls.slice(mark);
    const edit = await until(() => later().find((call) => call.method === 'chat.update' && call.params.ts === ts), 'the status message edit');
    const line = await until(() => later().find((call) => call.method === 'chat.postMessage' && call.params.thread_ts === ts), 'the thread line');
    expect(String(edit.params.text)).toContain(`Relay ${id} · paused`);
    expect(String(line.params.text)).toMatch(/\d\d:\d\d:\d\d \(Asia\/Shanghai\) Paused by carol\./);
  });
});
