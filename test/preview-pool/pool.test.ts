// The preview pool reads new relays on its own thread and answers exactly what reading them in place answers;
// before its thread is up and after it stops, commands are still read (in place).
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { readCommand, type PreviewAsk } from '../../src/core/chat/read-command.js';
import type { CommandContext } from '../../src/core/command/index.js';
import { createLogger } from '../../src/log.js';
import { startPreviewPool, type PreviewPool } from '../../src/preview-pool/index.js';

const context: CommandContext = {
  now: new Date('2026-11-26T07:00:00Z'),
  timeZone: 'Asia/Shanghai',
  locale: 'en',
  operator: 'alice',
  defaultDomain: 'push.example.com',
  maxSpanDays: 7,
  allowPrivateNetworks: false,
};
const ask: PreviewAsk = { locale: 'en', timeZone: 'Asia/Shanghai', defaultBackend: 'tencent', pendingId: 'pabcdefghijkl' };
const COMMANDS = [
  'https://cdn.example.com/show.mp4 to live/evening tomorrow 8pm for 2h',
  'https://cdn.example.com/show.mp4 转推到 live/evening 明天晚上8点 持续2小时',
  'https://cdn.example.com/show.mp4 to live/evening yesterday 8pm for 2h',
  'rtmp://10.0.0.5/live/in to live/out now for 1h',
];

let pool: PreviewPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

async function untilInWorker(p: PreviewPool): Promise<void> {
  for (let i = 0; i < 100 && p.counts.inWorker === 0; i += 1) {
    await p.read(COMMANDS[0]!, context, ask);
    await sleep(50);
  }
}

describe('preview pool', () => {
  it('reads commands on its thread with the same answers (previews and refusals) as in place', async () => {
    pool = startPreviewPool(createLogger({ level: 'silent' }));
    await untilInWorker(pool);
    const before = { ...pool.counts };
    for (const text of COMMANDS) {
      expect(await pool.read(text, context, ask)).toEqual(readCommand(text, context, ask));
    }
    expect(pool.counts.inWorker - before.inWorker).toBe(COMMANDS.length);
    expect(pool.counts.inPlace).toBe(before.inPlace);
    const refused = await pool.read(COMMANDS[2]!, context, ask);
    expect(refused.ok).toBe(false);
    const understood = await pool.read(COMMANDS[0]!, context, ask);
    expect(understood.ok && understood.doc.actions.map((a) => a.value)).toEqual(['pabcdefghijkl', 'pabcdefghijkl']);
  });

  it('reads in place before its thread is up and after it has stopped', async () => {
    pool = startPreviewPool(createLogger({ level: 'silent' }));
    // At once: the thread is still loading.
    expect((await pool.read(COMMANDS[0]!, context, ask)).ok).toBe(true);
    expect(pool.counts.inPlace).toBe(1);
    await untilInWorker(pool);
    await pool.close();
    const inPlace = pool.counts.inPlace;
    expect(await pool.read(COMMANDS[1]!, context, ask)).toEqual(readCommand(COMMANDS[1]!, context, ask));
    expect(pool.counts.inPlace).toBe(inPlace + 1);
  });

  it('reads in place a command its thread sits on past the wait, and replaces that thread', async () => {
    pool = startPreviewPool(createLogger({ level: 'silent' }), { answerWithinMs: 1 });
    for (let i = 0; i < 100 && pool.counts.replaced === 0; i += 1) {
      expect(await pool.read(COMMANDS[0]!, context, ask)).toEqual(readCommand(COMMANDS[0]!, context, ask));
      await sleep(50);
    }
    expect(pool.counts.replaced).toBeGreaterThanOrEqual(1);
    // Every command was still answered, and none waited for the stalled thread.
    expect(pool.counts.inPlace).toBeGreaterThanOrEqual(2);
  });
});

describe('preview pool, a command that cannot be read', () => {
  // An invalid "now" makes reading throw (RangeError from date formatting) on either thread.
  const broken: CommandContext = { ...context, now: new Date(Number.NaN) };

  it('rejects that one command, in the worker or in place, and keeps answering the next ones', async () => {
    pool = startPreviewPool(createLogger({ level: 'silent' }));
    // Before the thread is up: read in place.
    await expect(pool.read(COMMANDS[0]!, broken, ask)).rejects.toThrow(RangeError);
    await untilInWorker(pool);
    // On the thread: it fails there, is read in place as a fallback, and fails again — inside the worker's
    // message handler, where a throw would have been an uncaught exception.
    await expect(pool.read(COMMANDS[0]!, broken, ask)).rejects.toThrow(RangeError);
    expect(await pool.read(COMMANDS[1]!, context, ask)).toEqual(readCommand(COMMANDS[1]!, context, ask));
  });
});
