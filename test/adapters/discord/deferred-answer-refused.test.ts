// After a deferral ("Relaybot is thinking…") the edit of the original response is the person's only answer. When
// Discord refuses that edit (here 50035 Invalid Form Body, a body our code produced but Discord would not take),
// the person used to be left thinking for good, with a warning in the log only. The bot now logs it as an error
// and edits in a plain localised notice that says the request was handled and where to see its result. The whole
// bot against the Discord and Tencent stand-ins (harness.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonInteraction, commandInteraction, startDiscordHarness, waitFor, type DiscordHarness } from './harness.js';

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(() => h.close());

const INVALID_FORM_BODY = { status: 400, code: 50035, message: 'Invalid Form Body' };

async function confirmButton(stream: string): Promise<string> {
  const answer = await h.interact(commandInteraction('new', [{ name: 'command', value: `https://cdn.example.com/a.mp4 to live/${stream} tomorrow 8pm for 2h` }]));
  const ids = (answer.json.data.components[0].components as { custom_id: string }[]).map((b) => b.custom_id);
  return ids.find((id) => id.startsWith('relay:confirm:'))!;
}

const editsOf = (token: string) => h.discord.calls.filter((c) => c.method === 'PATCH' && c.path.includes(`/${token}/messages/@original`));

describe('a deferred answer Discord refuses to show', () => {
  it('is followed by an edit with a plain notice saying what happened and what to do', async () => {
    const confirm = await confirmButton('answer-refused');
    const click = buttonInteraction(confirm) as { token: string };
    h.discord.refuse({ method: 'PATCH', path: new RegExp(`/${click.token}/messages/@original$`) }, INVALID_FORM_BODY, 1);
    const answer = await h.interact(click);
    expect(answer.json).toEqual({ type: 6 });

    const edits = await waitFor(() => (editsOf(click.token).length >= 2 ? editsOf(click.token) : null), 'a second edit of the answer');
    const shown = JSON.stringify(edits[1]!.body);
    expect(shown).toContain('Discord would not show its answer here');
    expect(shown).toContain('/relay list');
    expect(shown).not.toMatch(/Invalid Form Body|50035|at \w+ \(/);
    expect(h.logs()).toMatch(/could not edit the interaction answer/);
    // The relay itself was created: the notice does not claim otherwise.
    await waitFor(() => [...h.tencent.tasks.values()].some((t) => t.StreamName === 'answer-refused'), 'the relay created');
  });

  it('edits once when Discord takes the answer', async () => {
    const confirm = await confirmButton('answer-taken');
    const click = buttonInteraction(confirm) as { token: string };
    await h.interact(click);
    await waitFor(() => editsOf(click.token).length >= 1, 'the answer edited in');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(editsOf(click.token)).toHaveLength(1);
    expect(JSON.stringify(editsOf(click.token)[0]!.body)).not.toContain('would not show its answer');
  });
});
