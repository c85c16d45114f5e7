// A bot process for crash tests and the callback benchmark: the callback receiver and the delivery worker on
// the store in RELAY_DATA_DIR, posting to the chat stand-in at RELAY_CHAT_URL (RELAY_DELIVER=0: receiver only).
// Prints {"url": ...} once listening; runs until killed (SIGTERM closes it gracefully; tests SIGKILL it).
import { StandinNotifier } from './chat-standin.js';
import { startHarness } from './relay-harness.js';

const dataDir = process.env.RELAY_DATA_DIR;
const chatUrl = process.env.RELAY_CHAT_URL ?? 'http://127.0.0.1:9';
if (!dataDir) throw new Error('RELAY_DATA_DIR is required');

const harness = await startHarness({
  dataDir,
  notifiers: [new StandinNotifier('standin', chatUrl)],
  perChannelPerSecond: 50,
  deliver: process.env.RELAY_DELIVER !== '0',
  ...(process.env.RELAY_CALLBACK_KEY ? { callbackKey: process.env.RELAY_CALLBACK_KEY } : {}),
});
process.stdout.write(`${JSON.stringify({ url: harness.url })}\n`);
process.on('SIGTERM', () => {
  void harness.close().then(() => process.exit(0));
});
