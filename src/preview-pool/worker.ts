// The preview pool's thread: reads one command per message with core's readCommand and answers with the result.
import { parentPort } from 'node:worker_threads';
import type { CommandContext } from '../core/command/index.js';
import { readCommand, type PreviewAsk } from '../core/chat/read-command.js';

interface Ask {
  id: number;
  text: string;
  context: CommandContext;
  ask: PreviewAsk;
}

const port = parentPort;
if (!port) throw new Error('preview-pool/worker.ts runs as a worker thread');
port.on('message', ({ id, text, context, ask }: Ask) => {
  try {
    port.postMessage({ id, result: readCommand(text, context, ask) });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
