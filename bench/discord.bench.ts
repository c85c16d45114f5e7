// Discord interaction response latency: 1,000 signed `/relay new` interactions (parse, validate, store the
// pending confirmation, render the preview) at 50 concurrent, over loopback into the whole bot. Target: p99
// under 100 ms (Discord allows 3 s for the first answer).
import { commandInteraction, startDiscordHarness } from '../test/adapters/discord/harness.js';
import { fmtMs, summary } from './stats.js';

const TOTAL = 1_000;
const CONCURRENCY = 50;
const WARM_UP = 100;
const PHRASES = [
  'https://media.example.com/vod/show.mp4 to live/evening tomorrow 8pm for 2h',
  'rtmp://origin.example.com/live/feed to live/relay today 11pm until 1am',
  'https://media.example.com/a.mp4 https://media.example.com/b.mp4 to live/loop next friday 7pm for 90 minutes loop 3',
  'https://media.example.com/vod/show.flv 转推到 live/evening 明天晚上8点 持续2小时',
];

async function fire(h: Awaited<ReturnType<typeof startDiscordHarness>>, count: number): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const body = commandInteraction('new', [{ name: 'command', value: PHRASES[i % PHRASES.length]! }]);
      const started = performance.now();
      const answer = await h.interact(body);
      latencies.push(performance.now() - started);
      if (answer.status !== 200 || answer.json?.type !== 4) failures += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  if (failures > 0) throw new Error(`${failures} interactions were not answered with a preview`);
  return latencies;
}

export async function run(): Promise<void> {
  const h = await startDiscordHarness({ RELAYBOT_LOG_LEVEL: 'warn' });
  try {
    await fire(h, WARM_UP);
    const started = performance.now();
    const latencies = await fire(h, TOTAL);
    const seconds = (performance.now() - started) / 1000;
    const s = summary(latencies);
    console.log(`discord interactions: ${s.n} signed /relay new at ${CONCURRENCY} concurrent`);
    console.log(`  p50 ${fmtMs(s.p50)}  p99 ${fmtMs(s.p99)}  max ${fmtMs(s.max)}  throughput ${(s.n / seconds).toFixed(0)}/s`);
    console.log(`  target p99 < 100 ms: ${s.p99 < 100 ? 'met' : 'MISSED'}`);
  } finally {
    await h.close();
  }
}
