// Parse-and-validate latency of a relay command (scan, option stages, schedule layer, validation), side by
// side with chrono-node's own parse of the same time phrases in the same run. Targets: p99 < 1 ms, and
// within 4× chrono alone.
import * as chrono from 'chrono-node';
import { parseRelayCommand, type CommandContext } from '../src/core/command/index.js';
import { fmtMs, summary } from './stats.js';

const COMMANDS = 12_000;
const WARM_UP = 2_000;

const EN_TIMES = [
  'tomorrow 8pm for 2h', 'today 3pm-5pm', 'tonight 9pm until 11:30pm', 'monday 10am to tuesday 10am',
  'in 30 minutes for 1 hour', 'Dec 3 20:00 UTC for 2h', 'tomorrow 10pm until 2am', 'now for 2h', 'for 45 minutes',
  'tomorrow at 5pm for 90 minutes', 'friday 7:30pm for 1h30m', 'in 2 hours for 2.5h', 'at 3pm for half an hour',
  'tomorrow 9am PST for an hour', 'next saturday 6pm for 3 hours', 'today 1:45pm for 20 minutes',
];
const ZH_TIMES = [
  '明天晚上8点 持续2小时', '今晚9点到11点半', '30分钟后 持续1小时', '明天晚上10点到凌晨2点', '现在 持续一个半小时',
  '明天下午3点 持续90分钟', '今天下午4点 持续半小时', '后天早上9点 持续两个小时',
];
const SOURCES = [
  'https://media.example.com/vod/show.mp4',
  'https://media.example.com/a.mp4 https://media.example.com/b.flv https://media.example.com/c.m3u8',
  'rtmp://src.example.com/live/cam1',
  'srt://src.example.com:9000?streamid=cam2',
];
const EN_OPTIONS = ['', 'loop 3 times', 'comment "Friday night show"', 'events TaskStart,TaskExit', 'region ap-tokyo', 'on local', 'no loop'];
const ZH_OPTIONS = ['', '循环三次', '备注“周五节目”', '地域 东京', '用本地', '无限循环'];
const DESTINATIONS = ['live/evening', 'push.other.com/app/stream1', 'rtmp://push.other.com/live/key?txSecret=abc'];

function commands(count: number): { text: string; time: string; zh: boolean }[] {
  const out: { text: string; time: string; zh: boolean }[] = [];
  for (let i = 0; out.length < count; i++) {
    const zh = i % 3 === 2;
    const times = zh ? ZH_TIMES : EN_TIMES;
    const options = zh ? ZH_OPTIONS : EN_OPTIONS;
    const time = times[i % times.length]!;
    const source = SOURCES[(i >> 1) % SOURCES.length]!;
    // Loops make no sense on live sources; keep every generated command a valid one.
    const option = source.startsWith('https') ? options[(i >> 2) % options.length]! : '';
    const destination = DESTINATIONS[(i >> 3) % DESTINATIONS.length]!;
    const to = zh ? '转推到' : 'to';
    // Vary the order: options and time before or after the destination.
    const text = i % 2 === 0 ? `${source} ${to} ${destination} ${time} ${option}` : `${source} ${option} ${time} ${to} ${destination}`;
    out.push({ text: text.trim(), time, zh });
  }
  return out;
}

export async function run(): Promise<void> {
  const ctx: CommandContext = {
    timeZone: 'Asia/Shanghai',
    now: new Date('2026-03-01T04:00:00Z'),
    locale: 'en',
    defaultDomain: 'push.example.com',
    operator: 'bench',
    maxSpanDays: 7,
    allowPrivateNetworks: false,
  };
  const zhCtx: CommandContext = { ...ctx, locale: 'zh-CN' };
  const all = commands(WARM_UP + COMMANDS);
  const ref = { instant: ctx.now, timezone: 8 * 60 };

  const ours: number[] = [];
  const theirs: number[] = [];
  let accepted = 0;
  let found = 0;
  all.forEach((command, i) => {
    let t0 = performance.now();
    const result = parseRelayCommand(command.text, command.zh ? zhCtx : ctx);
    const ourMs = performance.now() - t0;
    t0 = performance.now();
    const dates = command.zh ? chrono.zh.parse(command.time, ref) : chrono.parse(command.time, ref);
    const chronoMs = performance.now() - t0;
    if (result.ok) accepted++;
    found += dates.length;
    if (i >= WARM_UP) {
      ours.push(ourMs);
      theirs.push(chronoMs);
    }
  });

  const a = summary(ours);
  const b = summary(theirs);
  console.log(`commands: ${a.n} after ${WARM_UP} warm-up (mixed en/zh), accepted ${accepted}/${all.length}, chrono found ${found} dates`);
  console.log(`parse+validate  p50 ${fmtMs(a.p50)}  p99 ${fmtMs(a.p99)}  max ${fmtMs(a.max)}`);
  console.log(`chrono alone    p50 ${fmtMs(b.p50)}  p99 ${fmtMs(b.p99)}  max ${fmtMs(b.max)}`);
  console.log(`ratio           p50 ${(a.p50 / b.p50).toFixed(2)}×  p99 ${(a.p99 / b.p99).toFixed(2)}×  (targets: p99 < 1 ms, ≤ 4×)`);
}
