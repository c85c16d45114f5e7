// Discord interaction response latency: 1,000 signed `/relay new` interactions (verify, parse, validate,
// store the pending confirmation, render the preview) at 50 concurrent, over loopback into the whole bot.
// Requests are signed before the clock starts and sent over kept-alive node:http sockets, so the bot's own
// work dominates what is measured. Target: p99 under 100 ms (Discord allows 3 s for the first answer).
import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';
import { commandInteraction, startDiscordHarness, type DiscordHarness } from '../test/adapters/discord/harness.js';
import { fmtMs, summary } from './stats.js';

const TOTAL = 1_000;
const CONCURRENCY = 50;
const WARM_UP = 300;
const PHRASES = [
  'https://media.example.com/vod/show.mp4 to live/evening tomorrow 8pm for 2h',
  'rtmp://origin.example.com/live/feed to live/relay today 11pm until 1am',
  'https://media.example.com/a.mp4 https://media.example.com/b.mp4 to live/loop next friday 7pm for 90 minutes loop 3',
  'https://media.example.com/vod/show.flv 转推到 live/evening 明天晚上8点 持续2小时',
];

function post(url: URL, agent: Agent, raw: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(raw) } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(raw);
  });
}

async function fire(h: DiscordHarness, agent: Agent, count: number): Promise<number[]> {
  const url = new URL('/discord/interactions', h.bot.url);
  const signed = Array.from({ length: count }, (_, i) => {
    const raw = JSON.stringify(commandInteraction('new', [{ name: 'command', value: PHRASES[i % PHRASES.length]! }]));
    return { raw, headers: h.signedHeaders(raw) };
  });
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (next < count) {
      const { raw, headers } = signed[next++]!;
      const started = performance.now();
      const answer = await post(url, agent, raw, headers);
      latencies.push(performance.now() - started);
      if (answer.status !== 200 || !answer.body.startsWith('{"type":4')) failures += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  if (failures > 0) throw new Error(`${failures} interactions were not answered with a preview`);
  return latencies;
}

export async function run(): Promise<void> {
  const h = await startDiscordHarness({ RELAYBOT_LOG_LEVEL: 'warn' });
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    await fire(h, agent, WARM_UP);
    const started = performance.now();
    const latencies = await fire(h, agent, TOTAL);
    const seconds = (performance.now() - started) / 1000;
    const s = summary(latencies);
    console.log(`discord interactions: ${s.n} signed /relay new at ${CONCURRENCY} concurrent (load average ${loadavg()[0]!.toFixed(1)})`);
    console.log(`  p50 ${fmtMs(s.p50)}  p99 ${fmtMs(s.p99)}  max ${fmtMs(s.max)}  throughput ${(s.n / seconds).toFixed(0)}/s`);
    console.log(`  target p99 < 100 ms: ${s.p99 < 100 ? 'met' : 'MISSED'}`);
  } finally {
    agent.destroy();
    await h.close();
  }
}
