// Discord drops an interaction's first answer that comes later than 3 seconds ("This interaction failed"). A
// Cancel clicked while the same preview's Confirm is still creating waits for that create, to say which relay
// now exists; with a slow provider (here one create that Tencent never answers, retried after the SDK's timeout)
// that wait is longer than 3 seconds, so the Cancel must be deferred and its answer edited in. The whole bot
// against the Discord and Tencent stand-ins (harness.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonInteraction, commandInteraction, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

const DISCORD_FIRST_ANSWER_MS = 3_000;

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness({ RELAYBOT_TENCENT_TIMEOUT_SECONDS: '4' });
});
afterAll(() => h.close());

async function preview(stream: string): Promise<{ confirm: string; cancel: string }> {
  const answer = await h.interact(commandInteraction('new', [{ name: 'command', value: `https://cdn.example.com/a.mp4 to live/${stream} tomorrow 8pm for 2h` }]));
  const ids = (answer.json.data.components[0].components as { custom_id: string }[]).map((b) => b.custom_id);
  return { confirm: ids.find((id) => id.startsWith('relay:confirm:'))!, cancel: ids.find((id) => id.startsWith('relay:cancel:'))! };
}

const creates = () => h.tencent.requests.filter((r) => r.action === 'CreateLivePullStreamTask');

describe('Cancel on Discord while the Confirm is still creating', () => {
  it('answers within Discord’s 3 seconds, then edits in which relay the Confirm created', async () => {
    const { confirm, cancel } = await preview('slow-cancel');
    h.tencent.failNext('CreateLivePullStreamTask', 'timeout', 1);
    const confirming = h.interact(buttonInteraction(confirm));
    await waitFor(() => creates().some((r) => r.body.StreamName === 'slow-cancel'), 'the create under way');

    const click = buttonInteraction(cancel) as { token: string };
    const clickedAt = Date.now();
    const answer = await h.interact(click);
    expect(Date.now() - clickedAt).toBeLessThan(DISCORD_FIRST_ANSWER_MS);
    expect(answer.json).toEqual({ type: 6 });

    const edit = await waitFor(
      () => h.discord.calls.find((c) => c.method === 'PATCH' && c.path.includes(`/${click.token}/messages/@original`)),
      'the Cancel answer edited in',
      15_000,
    );
    // It names the relay the Confirm created, whose status message stands in the channel.
    const id = /Already confirmed: this preview created relay (\w+)\./.exec(JSON.stringify(edit.body))?.[1];
    expect(id).toBeDefined();
    await waitFor(() => [...h.discord.messages.values()].some((m) => JSON.stringify(m.body).includes(`Relay ${id} · scheduled`)), 'the status message');
    expect((await confirming).json).toEqual({ type: 6 });
    expect([...h.tencent.tasks.values()].filter((t) => t.StreamName === 'slow-cancel').length).toBe(1);
  }, 20_000);

  it('still answers a Cancel with nothing in flight at once, in place', async () => {
    const { cancel } = await preview('quick-cancel');
    const answer = await h.interact(buttonInteraction(cancel));
    expect(answer.json.type).toBe(7);
    expect(JSON.stringify(answer.json.data)).toMatch(/cancel/i);
    expect(creates().some((r) => r.body.StreamName === 'quick-cancel')).toBe(false);
  });
});
