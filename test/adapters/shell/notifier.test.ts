// Task news in the terminal, as the delivery worker hands it over: each line says which task it is about.
import { describe, expect, it } from 'vitest';
import { ShellNotifier, statusMessageIdFor } from '../../../src/adapters/shell/notifier.js';
import { renderDocument } from '../../../src/adapters/shell/render.js';
import { matchVerb } from '../../../src/core/chat/verbs.js';
import { makeDocument } from '../../../src/core/chat/documents.js';

function capture() {
  const printed: string[] = [];
  return { printed, notifier: new ShellNotifier((text) => printed.push(text), 'en') };
}

describe('ShellNotifier', () => {
  it('prints a thread reply with its task id on every line, found from the status message it answers', async () => {
    const { printed, notifier } = capture();
    const doc = makeDocument({ kind: 'events', title: 'Relay r7kq2m: 2 events', lines: ['20:00:01 started', '20:00:05 file 1 started'], severity: 'info' });
    const { messageId } = await notifier.post({ channelId: 'terminal', threadOf: statusMessageIdFor('r7kq2m') }, doc);
    expect(printed).toEqual(['[r7kq2m] • Relay r7kq2m: 2 events\n[r7kq2m]   20:00:01 started\n[r7kq2m]   20:00:05 file 1 started']);
    expect(messageId).not.toBe(statusMessageIdFor('r7kq2m'));
  });

  it('gives a posted status message the id that names its task, and prints an edit as one state line', async () => {
    const { printed, notifier } = capture();
    const status = makeDocument({ kind: 'status', title: 'Relay k2m4pq · running', severity: 'success', taskId: 'k2m4pq' });
    expect(await notifier.post({ channelId: 'terminal' }, status)).toEqual({ messageId: statusMessageIdFor('k2m4pq') });
    await notifier.update({ platform: 'shell', channelId: 'terminal', statusMessageId: statusMessageIdFor('k2m4pq') }, { ...status, title: 'Relay k2m4pq · ended', taskId: undefined });
    expect(printed.at(-1)).toBe('[k2m4pq] Relay k2m4pq · ended');
  });
});

describe('renderDocument', () => {
  it('aligns fields, indents multi-line values, and turns buttons into the commands to type', () => {
    const doc = makeDocument({
      kind: 'status',
      title: 'Relay r7kq2m · scheduled',
      severity: 'success',
      fields: [
        { label: 'Sources', value: 'https://a.example/1.mp4\nhttps://a.example/2.mp4' },
        { label: 'End', value: '22:00' },
      ],
      actions: [
        { id: 'confirm', label: 'Confirm', value: 'pabc' },
        { id: 'stop', label: 'Stop', value: 'r7kq2m' },
        { id: 'show', label: 'Show', value: 'r7kq2m' },
      ],
    });
    expect(renderDocument(doc, 'en').split('\n')).toEqual([
      '✓ Relay r7kq2m · scheduled',
      '  Sources  https://a.example/1.mp4',
      '           https://a.example/2.mp4',
      '  End      22:00',
      '  Type: stop r7kq2m  |  show r7kq2m',
    ]);
    // In Chinese, the Chinese verbs, which the chat accepts as typed.
    expect(renderDocument(doc, 'zh-CN')).toContain('可输入：停止 r7kq2m  |  查看 r7kq2m');
    expect(matchVerb('停止 r7kq2m')).toEqual({ verb: 'stop', args: 'r7kq2m' });
    expect(matchVerb('查看 r7kq2m')).toEqual({ verb: 'show', args: 'r7kq2m' });
  });
});
