// The buttons on an alarm the bot sent a relay's creator by direct message (its channel refused it for good: see
// alarm-channel-refused.test.ts). With SLACK_ALLOWED_CHANNELS set, a click in that DM was refused as outside the
// allowed channels, so the one message that reached the creator could not stop the relay. A creator's Stop there
// now counts as in the relay's own channel; anyone else's click in a DM is refused as before. The whole bot in this
// process with real Bolt, the Web API client against the Slack stand-in, and the Tencent stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBody, buttonsOf, CHANNEL } from './harness.js';
import { createRelay, startWholeSlackBot, until, type WholeSlackBot } from './whole-bot.js';

let h: WholeSlackBot;

beforeAll(async () => {
  h = await startWholeSlackBot({ channelRate: 20, env: { SLACK_ALLOWED_CHANNELS: CHANNEL } });
});

afterAll(async () => {
  await h?.close();
});

/** The Stop button of the alarm `user` got by DM for `stream`'s relay, whose channel is archived meanwhile. */
async function alarmDmStop(stream: string, user: string) {
  const { id, send } = await createRelay(h, stream, user);
  h.slack.refuseChannel(CHANNEL, 'is_archived');
  try {
    await send('TaskAlarm', Math.floor(Date.now() / 1000), { type: 'PushStreamFailed' });
    const dm = await until(() => h.slack.callsTo('chat.postMessage').find((c) => c.params.channel === user && c.answer?.ok && String(c.params.text).includes(id)), 'the alarm by DM');
    return { id, stop: buttonsOf(dm.params).find((b) => b.action_id.startsWith('relay_stop'))! };
  } finally {
    h.slack.refuseChannel(CHANNEL, null);
  }
}

const inDm = (user: string) => ({ channel: { id: `D0${user.slice(2)}`, name: 'directmessage' }, container: { type: 'message', channel_id: `D0${user.slice(2)}` } });
const taskOf = (stream: string) => [...h.tencent.tasks.values()].find((t) => t.StreamName === stream);

describe('Stop on an alarm sent by direct message, with SLACK_ALLOWED_CHANNELS set', () => {
  it('stops the relay when its creator presses it', async () => {
    const { stop } = await alarmDmStop('dm-stop', 'U0ALICE');
    expect(taskOf('dm-stop')).toBeDefined();
    expect((await h.post(actionBody(h.slack, stop.action_id, stop.value, 'U0ALICE', inDm('U0ALICE')))).status).toBe(200);
    await until(() => (taskOf('dm-stop') ? undefined : true), 'the task deleted at the provider');
  });

  it('is refused for anyone else pressing it in a DM, and the relay stays', async () => {
    const { stop } = await alarmDmStop('dm-other', 'U0ALICE');
    const answers = h.slack.callsTo('response_url').length;
    expect((await h.post(actionBody(h.slack, stop.action_id, stop.value, 'U0WANG', inDm('U0WANG')))).status).toBe(200);
    const answer = await until(() => h.slack.callsTo('response_url')[answers], 'the answer to the click');
    expect(JSON.stringify(answer.params)).toMatch(/不能修改|but not change them/);
    expect(taskOf('dm-other')).toBeDefined();
  });
});
