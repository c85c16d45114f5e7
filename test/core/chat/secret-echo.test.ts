// Whatever is wrong with a command, the reply never carries the stream key or a secret query value it was typed
// with: the messages that quote the text back (a link without its scheme, a mistyped scheme, a name too long, words
// not understood, a mistyped verb) mask it as the preview masks a destination. Found by a probe (2026-11-27): each of
// these had quoted the key, or the txSecret, in full.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatOutcome } from '../../../src/core/chat-commands.js';
import type { Locale } from '../../../src/core/i18n.js';
import { context, startChatHarness, type ChatHarness } from './harness.js';

let h: ChatHarness;
beforeAll(async () => {
  h = await startChatHarness();
});
afterAll(async () => {
  await h.close();
});

const KEY = 'Kq7StreamKey';
const SECRET = 'TxSecretValue77';
const F = 'https://cdn.example.com/show.mp4';

const COMMANDS = [
  `${F} to push.partner.com:1935/live/${KEY}?txSecret=${SECRET} tomorrow 8pm for 2h`,
  `${F} 转推到 push.partner.com:1935/live/${KEY}?txSecret=${SECRET} 明晚8点到10点`,
  `${F} to push.partner.com/live/sub/${KEY} tomorrow 8pm for 2h`,
  `${F} to push.partner.com/live/${KEY}/?txSecret=${SECRET} tomorrow 8pm for 2h`,
  `${F} push.partner.com:1935/live/${KEY}?txSecret=${SECRET} to live/x tomorrow 8pm for 2h`,
  `${F} to rtmp:/push.partner.com/live/${KEY}?txSecret=${SECRET} tomorrow 8pm for 2h`,
  `${F} to rtmp//push.partner.com/live/${KEY}?txSecret=${SECRET} tomorrow 8pm for 2h`,
  `${F} to rtmp:push.partner.com/live/${KEY} tomorrow 8pm for 2h`,
  `${F} 转推到 rtmp:/push.partner.com/live/${KEY} 明晚8点到10点`,
  `${F} to rtmp://push.partner.com/live/${KEY}/ tomorrow 8pm for 2h`,
  `${F} to rtmp://push.partner.com/live/${KEY}/?txSecret=${SECRET} tomorrow 8pm for 2h`,
  `rtmp://src.example.com/live/${KEY}/ to live/x tomorrow 8pm for 2h`,
  `${F} to push.example.com/live/${'K'.repeat(130)}${KEY} tomorrow 8pm for 2h`,
  `${F} to live/x tomorrow 8pm for 2h "push.partner.com/live/${KEY}"`,
  `${F} to live/x tomorrow 8pm for 2h push-args ?txSecret=${SECRET}`,
  `eidt r7kq2m to push.partner.com/live/${KEY}?txSecret=${SECRET}`,
  `eidt r7kq2m to live/${KEY}`,
];

const EDITS = [
  `to push.partner.com:1935/live/${KEY}?txSecret=${SECRET}`,
  `to rtmp:/push.partner.com/live/${KEY}?txSecret=${SECRET}`,
  `to rtmp://push.partner.com/live/${KEY}/`,
  `转推到 push.partner.com/live/${KEY}`,
];

/** Everything the reply shows: title, lines, fields, buttons and the plain-text fallback. */
function shown(outcome: ChatOutcome): string {
  return JSON.stringify(outcome.kind === 'open-form' ? outcome.prefill : outcome.doc);
}

function expectNoSecret(reply: string, typed: string): void {
  // The preview keeps a key's first two characters; nothing after them may show.
  for (const secret of [KEY.slice(2), SECRET]) {
    expect(reply.toLowerCase(), `${typed} → ${reply}`).not.toContain(secret.toLowerCase());
  }
}

describe('a refused command never quotes the stream key or a secret back', () => {
  it.each(['en', 'zh-CN'] as Locale[])('new relays, in %s', async (locale) => {
    for (const typed of COMMANDS) {
      const outcome = await h.chat.handle(typed, context({ locale }));
      expectNoSecret(shown(outcome), typed);
    }
  });

  it.each(['en', 'zh-CN'] as Locale[])('edits of a relay, in %s', async (locale) => {
    const ctx = context({ locale });
    const previewed = await h.chat.handle(`${F} to live/evening tomorrow 8pm for 2h`, ctx);
    if (previewed.kind !== 'preview') throw new Error(shown(previewed));
    const created = await h.chat.confirm(previewed.pendingId, ctx);
    if (created.kind !== 'created') throw new Error(shown(created));
    for (const change of EDITS) {
      const outcome = await h.chat.handle(`edit ${created.task.id} ${change}`, ctx);
      expect(outcome.kind === 'open-form' ? '' : outcome.doc.kind, change).toBe('error');
      expectNoSecret(shown(outcome), change);
    }
  });
});
