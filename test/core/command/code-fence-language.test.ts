// A command pasted in a code fence with a language tag ("```text", "```bash" on the fence's own line) is the command
// inside; the tag had been refused as a word not understood (chat-markup.ts). A bare fence stays read as before, and a
// word after ``` on the command's own line stays a word.
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';

const COMMAND = 'https://media.example.com/vod/show.mp4 to live/x tomorrow 8pm for 2h';

function read(text: string) {
  return parseRelayCommand(text, {
    timeZone: 'America/New_York', now: new Date('2026-11-28T15:00:00Z'), locale: 'en', operator: 'op', maxSpanDays: 7, allowPrivateNetworks: false, defaultDomain: 'push.example.com',
  });
}

describe('a code fence with a language tag', () => {
  it.each([
    ['```text\n' + COMMAND + '\n```'],
    ['```bash\n' + COMMAND + '\n```'],
    ['```sh \r\n' + COMMAND + '\r\n```'],
    ['```text\nhttps://media.example.com/vod/show.mp4 to live/x\ntomorrow 8pm for 2h\n```'],
    ['```\n' + COMMAND + '\n```'],
  ])('%j is the command inside', (text) => {
    const parsed = read(text);
    if (!parsed.ok) throw new Error(parsed.error.map((error) => error.key).join(','));
    expect(parsed.value.request.SourceUrls).toEqual(['https://media.example.com/vod/show.mp4']);
    expect([parsed.value.request.StartTime, parsed.value.request.EndTime]).toEqual(['2026-11-30T01:00:00Z', '2026-11-30T03:00:00Z']);
    expect(parsed.value.request.StreamName).toBe('x');
  });

  it('a word after ``` on the command line stays a word', () => {
    const parsed = read('```text ' + COMMAND + '```');
    expect(parsed.ok ? [] : parsed.error.map((error) => error.key)).toEqual(['parse.unrecognized']);
  });
});
