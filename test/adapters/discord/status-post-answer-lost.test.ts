// The first status message is posted at Confirm under a nonce (enforce_nonce), which makes a retry within a few
// minutes find the message an unanswered try made. When every answer was lost (the post landed each time), the
// person is told the relay exists and offered a button to post its status message; pressed after those minutes,
// it used to post a second status message beside the first. The whole bot against the Discord stand-in, which
// makes the post and drops the connection before its answer, and forgets nonces when told (harness.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, CHANNEL_ID, commandInteraction, GUILD_ID, OPERATOR_ROLE, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

const OPERATOR = { id: '777777777777777777', roles: [OPERATOR_ROLE], locale: 'en-US' };

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(() => h.close());

let nextId = 1_500_000_000_000_000_000n;
function click(customId: string): { token: string } {
  const id = String(nextId++);
  return {
    id, application_id: APP_ID, type: 3, token: `lost-${id}`, version: 1, guild_id: GUILD_ID, channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0 }, locale: OPERATOR.locale, app_permissions: '2048', entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID }, context: 0,
    member: { user: { id: OPERATOR.id, username: 'op', global_name: null }, roles: OPERATOR.roles, nick: null },
    message: { id: '1', channel_id: CHANNEL_ID }, data: { custom_id: customId, component_type: 2 },
  } as { token: string };
}

type Payload = { embeds?: { title?: string }[]; components?: { components: { custom_id: string }[] }[] };
const buttonsOf = (payload: Payload) => (payload.components ?? []).flatMap((row) => row.components);
const answerTo = (token: string) => h.discord.calls.find((c) => c.method === 'PATCH' && c.path.includes(`/${token}/messages/@original`))?.body as Payload | undefined;

describe('Discord: a first status post whose answers were all lost', () => {
  it('is found, not posted again, when "post it again" is pressed after Discord forgot the nonce', async () => {
    const preview = await h.interact(commandInteraction('new', [{ name: 'command', value: 'https://cdn.example.com/a.mp4 to live/lost tomorrow 8pm for 2h' }], OPERATOR));
    const confirm = buttonsOf(preview.json.data as Payload).find((b) => b.custom_id.startsWith('relay:confirm:'))!.custom_id;
    const statusPosts = () => [...h.discord.messages.values()].filter((m) => m.channel_id === CHANNEL_ID && /Relay \w+ ·/.test(JSON.stringify(m.body)));

    h.discord.loseAnswers(10); // the post and the REST client's own retries: all land, no answer comes back
    const first = click(confirm);
    await h.interact(first);
    const failed = await waitFor(() => answerTo(first.token), 'the answer to the Confirm', 30_000);
    h.discord.loseAnswers(0);
    expect(statusPosts()).toHaveLength(1);
    const retry = buttonsOf(failed).find((b) => b.custom_id === confirm);
    expect(retry).toBeDefined();

    h.discord.forgetNonces();
    const second = click(confirm);
    await h.interact(second);
    await waitFor(() => answerTo(second.token), 'the answer to "post it again"', 30_000);
    expect(statusPosts()).toHaveLength(1);

    // It is recorded as the relay's: one more press posts nothing either.
    const third = click(confirm);
    await h.interact(third);
    await waitFor(() => answerTo(third.token), 'the answer to one more press');
    expect(statusPosts()).toHaveLength(1);
  }, 60_000);
});
