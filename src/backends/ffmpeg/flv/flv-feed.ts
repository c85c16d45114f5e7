// Writes the spliced tags into the muxer's stdin (as Matroska), paced by node like ffmpeg's -re: a tag is due
// when its timestamp says so relative to a wall-clock anchor.
//
// All of node's work for a relay happens in one burst per PERIOD_MS: the tick writes everything due before the
// next tick (+ LEAD_MS) in one write, then lets the sources read again until the queue holds READ_AHEAD_MS, and
// runs the task's watchers. On an otherwise idle process each wake-up of node costs far more than the work it
// does (cold caches), so wake-ups, not bytes, are what a relay costs the bot: a timer every 100 ms plus a wake per
// socket read and per pipe drain cost ~1% of a core at 2 Mbps in separate windows; two bursts a second cost
// 0.4–0.8 % measured side by side with bare ffmpeg (README, Measured) — still more than the ffmpeg they spare.
// The price: the muxer (and so the destination) gets media up to PERIOD_MS + LEAD_MS before it is due. Players
// and CDNs buffer more than that; the stream's timestamps, and so its playback, are unchanged.
//
// A full stdin (the destination not taking data) holds the queue, and a full queue stops the sources reading,
// so memory stays bounded and TCP (or the reader's pipe) holds the rest back.
import type { Writable } from 'node:stream';
import type { FlvHeader, FlvTag } from './flv-tags.js';
import { ByteSink } from './byte-sink.js';
import { MatroskaStream } from './matroska-stream.js';

/**
 * How often node wakes for a relay, ms. ~125 KiB of a 2 Mbps stream per write, which the muxer's input takes in
 * one go (libuv gives a child a socket pair, not a pipe: ~200 KiB with the default wmem), so no drain wakes node
 * between bursts. A much higher bitrate overflows it: the rest then goes out on drain events, a few more wake-ups.
 */
const PERIOD_MS = 500;
/** Each burst also writes what is due this long after the next one: a late timer never starves the muxer. */
const LEAD_MS = 250;
/** Sources read until the queue holds this much media, ms: enough for the next burst whatever the chunking. */
const READ_AHEAD_MS = 2 * PERIOD_MS + LEAD_MS;
/** Queued bytes beyond this stop the sources too (a very high bitrate). */
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;
/** Room beyond a burst's tag bytes in its output Buffer (which grows if that is not enough). */
const SINK_SLACK_BYTES = 4096;
/**
 * A burst's output Buffer is kept for the next one up to this size: a one-off larger burst (a high bitrate
 * catching up) is not held for the rest of the relay.
 */
const MAX_KEPT_SINK_BYTES = 1024 * 1024;
/** Behind by more than this (a stalled source or destination): start a new anchor rather than burst. */
const REANCHOR_MS = 1000;

interface Item {
  tag: FlvTag;
  onWritten: ((tag: FlvTag) => void) | undefined;
}

export class FlvFeed {
  private queue: Item[] = [];
  /** What the muxer reads: the tags as a Matroska stream (see matroska-stream.ts). */
  private matroska: MatroskaStream | null = null;
  private queuedBytes = 0;
  private anchor: { wall: number; ts: number } | null = null;
  private readonly timer: NodeJS.Timeout;
  private closed = false;
  private roomWaiters: (() => void)[] = [];
  private drainWaiters: (() => void)[] = [];
  private readonly tickListeners = new Set<() => void>();
  /** The last burst's output Buffer, once the muxer's input has taken all of it: the next burst is encoded into it. */
  private spareSink: ByteSink | null = null;
  /** Output timestamp of the last tag written, ms; -1 before any. */
  lastWrittenTs = -1;

  constructor(private readonly stdin: Writable) {
    stdin.on('drain', this.onDrain);
    this.timer = setInterval(this.tick, PERIOD_MS);
  }

  /**
   * Queues tags, written at the next burst, or now when the muxer is short of media. `header` is the first
   * file's FLV header (which tracks the stream announces), passed once before its first tags.
   */
  enqueue(header: FlvHeader | null, tags: FlvTag[], onWritten?: (tag: FlvTag) => void): void {
    if (this.closed) return;
    if (header) this.matroska ??= new MatroskaStream(header);
    for (const tag of tags) {
      this.queue.push({ tag, onWritten });
      this.queuedBytes += tag.bytes.length;
    }
    // The start of the stream (the first frame must not wait for a tick), or a source that was behind: the
    // muxer holds less than a period, so this cannot wait for the next burst.
    const now = performance.now();
    if (!this.anchor || this.anchor.wall + this.lastWrittenTs - this.anchor.ts < now + PERIOD_MS) this.pump(now);
  }

  /** Whether the source may read more. */
  get hasRoom(): boolean {
    if (this.queue.length === 0) return true;
    const span = this.queue[this.queue.length - 1]!.tag.timestamp - this.queue[0]!.tag.timestamp;
    return span < READ_AHEAD_MS && this.queuedBytes < MAX_QUEUED_BYTES;
  }

  /** Resolves when the source may read more: at once, or at a later burst. */
  room(): Promise<void> {
    if (this.hasRoom || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  /** Resolves (at a burst) when every queued tag has been handed to the muxer. */
  drained(): Promise<void> {
    if (this.queue.length === 0 || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  /** Runs `listener` at every burst (the task's watchers: they then cost no wake-up of their own). */
  onTick(listener: () => void): () => void {
    this.tickListeners.add(listener);
    return () => this.tickListeners.delete(listener);
  }

  /** Drops what is queued (an immediate cut to other files); returns the last timestamp actually written. */
  dropQueued(): number {
    this.queue = [];
    this.queuedBytes = 0;
    this.settle();
    return this.lastWrittenTs;
  }

  /**
   * Whether the muxer's input is full, i.e. the destination is not keeping up: node holds bytes the kernel did
   * not take. (Not `writableNeedDrain`: every burst is over the stream's high-water mark, so that is set after
   * each one until the drain event that the same wake-up delivers.)
   */
  get pushBlocked(): boolean {
    return this.stdin.writableLength > 0;
  }

  close(): void {
    this.closed = true;
    clearInterval(this.timer);
    this.tickListeners.clear();
    this.stdin.off('drain', this.onDrain);
    this.dropQueued();
  }

  private readonly tick = () => {
    this.pump(performance.now());
    // Sources resume reading here, in this same wake-up: the kernel holds what they read next.
    this.settle();
    for (const listener of this.tickListeners) listener();
  };

  /** The muxer took what a full input held back (a slow destination): write what is due now. */
  private readonly onDrain = () => this.pump(performance.now());

  private due(item: Item, now: number): number {
    const ts = item.tag.timestamp;
    if (!this.anchor || now - (this.anchor.wall + ts - this.anchor.ts) > REANCHOR_MS) this.anchor = { wall: now, ts };
    return this.anchor.wall + ts - this.anchor.ts;
  }

  private pump(now: number): void {
    if (this.closed || this.pushBlocked) return;
    const until = now + PERIOD_MS + LEAD_MS;
    let count = 0;
    let bytes = 0;
    while (count < this.queue.length && this.due(this.queue[count]!, now) <= until) {
      bytes += this.queue[count]!.tag.bytes.length;
      count += 1;
    }
    if (count === 0) return;
    this.write(count, bytes);
    // Forget the written tags at once: each holds the source chunk it was read in, so keeping them (as this did
    // until 1,024 had gone) held ~14 s of a 2 Mbps source's reads, ~3.5 MiB per relay, sawing up and down.
    const left = this.queue.length - count;
    this.queue.copyWithin(0, count);
    this.queue.length = left;
  }

  /**
   * Writes queue[0, to) as one Buffer: one syscall, and one wake-up of the muxer, per burst. Handing the stream
   * ~140 pieces per burst (each block's header and payload), each through its machinery, cost more than copying
   * the frames once (38–60 ms in 40 calls per 10 s of one FLV relay, against 19–30 ms in 20); the frames are now
   * encoded straight into that one Buffer (byte-sink.ts), without a Buffer object per piece or a concat.
   *
   * That Buffer is reused burst after burst. A fresh one per burst (~125 KiB, twice a second) was most of the
   * memory a relay churned outside V8's heap: its pages were faulted in afresh each time, and V8's limit for
   * full collections counts that memory (3 in 40 s of one FLV relay, 2 with the reuse). It is reused only once
   * the write's callback says the muxer's input took all of it; a write still pending (a slow destination)
   * keeps its Buffer, and the next burst gets a new one.
   */
  private write(to: number, bytes: number): void {
    this.queuedBytes -= bytes;
    const matroska = (this.matroska ??= new MatroskaStream({ hasAudio: true, hasVideo: true }));
    // A block is smaller than its FLV tag; the slack covers cluster headers and, once, the stream header.
    const capacity = bytes + SINK_SLACK_BYTES;
    const out = this.spareSink ?? new ByteSink(capacity);
    this.spareSink = null;
    out.reset(capacity);
    for (let i = 0; i < to; i += 1) matroska.encode(this.queue[i]!.tag, out);
    if (out.length > 0) {
      this.stdin.write(out.bytes(), (error) => {
        if (!error && !this.closed && out.capacity <= MAX_KEPT_SINK_BYTES) this.spareSink = out;
      });
    } else {
      this.spareSink = out;
    }
    this.lastWrittenTs = this.queue[to - 1]!.tag.timestamp;
    // Each file's callback once, with its last tag of the burst.
    let told: ((tag: FlvTag) => void) | undefined;
    for (let i = to - 1; i >= 0; i -= 1) {
      const item = this.queue[i]!;
      if (item.onWritten && item.onWritten !== told) {
        told = item.onWritten;
        item.onWritten(item.tag);
      }
    }
  }

  private settle(): void {
    if (this.hasRoom || this.closed) for (const waiter of this.roomWaiters.splice(0)) waiter();
    if (this.queue.length === 0 || this.closed) for (const waiter of this.drainWaiters.splice(0)) waiter();
  }
}
