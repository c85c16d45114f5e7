// The feed that paces the spliced FLV stream into the muxer, on a real file's tags and real timers: it writes in a
// couple of large bursts a second (each wake-up of node is what a relay costs the bot), never lets the muxer run
// dry, and hands nothing over more than a period and a lead before it is due.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ByteSink } from '../../../src/backends/ffmpeg/flv/byte-sink.js';
import { FlvFeed } from '../../../src/backends/ffmpeg/flv/flv-feed.js';
import { MatroskaStream } from '../../../src/backends/ffmpeg/flv/matroska-stream.js';
import { FlvTagReader, TAG_SCRIPT } from '../../../src/backends/ffmpeg/flv/flv-tags.js';
import { makeMedia } from '../../support/media.js';
import { tempDir } from './harness.js';

/** How early the feed may hand a tag over: a period (500 ms) and a lead (250 ms), with room for a late timer. */
const MAX_EARLY_MS = 750 + 100;

describe('FLV feed', () => {
  const dir = tempDir('relaybot-feed-');
  afterAll(() => dir.remove());

  it('writes a 3 s file in a few bursts, each ahead of playback and at most a period and a lead early', async () => {
    const bytes = readFileSync(await makeMedia(dir.path, { name: 'a.flv', seconds: 3, format: 'flv' }));
    const tags = new FlvTagReader().push(bytes).filter((tag) => tag.type !== TAG_SCRIPT);
    const firstTs = tags[0]!.timestamp;
    const lastTs = tags[tags.length - 1]!.timestamp;

    const writes: number[] = [];
    // One entry per write or writev, i.e. per syscall a socket would make.
    const muxerInput = new Writable({
      write(_chunk: Buffer, _encoding, done) {
        writes.push(performance.now());
        done();
      },
      writev(_chunks, done) {
        writes.push(performance.now());
        done();
      },
    });
    const feed = new FlvFeed(muxerInput);
    const bursts: { at: number; until: number }[] = [];
    const started = performance.now();
    feed.enqueue(null, tags, (tag) => bursts.push({ at: performance.now() - started, until: tag.timestamp - firstTs }));
    await feed.drained();
    const took = performance.now() - started;
    feed.close();

    // Paced, not dumped: the last tag went out no earlier than a period and a lead before it was due.
    expect(took).toBeGreaterThan(lastTs - firstTs - MAX_EARLY_MS);
    // ~2 bursts a second (the first at once), not one write per tag (~190 here) or per 100 ms tick.
    expect(writes.length).toBeLessThanOrEqual(Math.ceil((lastTs - firstTs) / 500) + 2);
    expect(bursts.length).toBe(writes.length);
    for (const [i, burst] of bursts.entries()) {
      expect(burst.until - burst.at).toBeLessThan(MAX_EARLY_MS);
      // The muxer still had media when this burst came: the previous one reached past now.
      if (i > 0) expect(bursts[i - 1]!.until).toBeGreaterThan(burst.at);
    }
  });

  it('lets a source read only up to its read-ahead, and again at the next burst', async () => {
    const bytes = readFileSync(await makeMedia(dir.path, { name: 'b.flv', seconds: 4, format: 'flv' }));
    const tags = new FlvTagReader().push(bytes).filter((tag) => tag.type !== TAG_SCRIPT);
    const feed = new FlvFeed(new Writable({ write: (_chunk, _encoding, done) => done() }));
    feed.enqueue(null, tags);
    // 4 s queued, ~0.75 s of it written at once: more than the read-ahead (1.25 s) is left, so the source waits.
    expect(feed.hasRoom).toBe(false);
    let roomAt = 0;
    const started = performance.now();
    await feed.room().then(() => (roomAt = performance.now() - started));
    // Room comes back at the burst after which less than the read-ahead is queued (the 4th, ~2 s in): not at
    // once, not per tag.
    expect(roomAt).toBeGreaterThan(1500);
    expect(roomAt).toBeLessThan(2700);
    expect(feed.hasRoom).toBe(true);
    feed.close();
  });

  it('encodes each burst into the last one\'s Buffer once the muxer took it, and the muxer gets every byte intact', async () => {
    const bytes = readFileSync(await makeMedia(dir.path, { name: 'c.flv', seconds: 3, format: 'flv' }));
    const tags = new FlvTagReader().push(bytes).filter((tag) => tag.type !== TAG_SCRIPT);
    // What the muxer should read: the same tags encoded in one go.
    const expected = new ByteSink(1024);
    const reference = new MatroskaStream({ hasAudio: true, hasVideo: true });
    for (const tag of tags) reference.encode(tag, expected);

    // A muxer input that takes each burst at once, except the second, which it holds unfinished for a while (a
    // slow destination): each burst is checked when it is taken, against what was handed over, so a burst
    // encoded into memory still being written would show.
    const taken: { chunk: Buffer; copy: Buffer; intact: boolean }[] = [];
    const muxerInput = new Writable({
      write(chunk: Buffer, _encoding, done) {
        const copy = Buffer.from(chunk);
        const take = () => {
          taken.push({ chunk, copy, intact: chunk.equals(copy) });
          done();
        };
        if (taken.length === 1) setTimeout(take, 1200);
        else take();
      },
    });
    const feed = new FlvFeed(muxerInput);
    feed.enqueue(null, tags.map((tag) => ({ ...tag, bytes: Buffer.from(tag.bytes) })));
    await feed.drained();
    await new Promise((resolve) => setTimeout(resolve, 100));
    feed.close();

    expect(taken.length).toBeGreaterThanOrEqual(4);
    expect(taken.every(({ intact }) => intact)).toBe(true);
    expect(Buffer.concat(taken.map(({ copy }) => copy)).equals(expected.bytes())).toBe(true);
    // Bursts after the first went into the same memory: no new ~125 KiB Buffer twice a second.
    const reused = taken.slice(1).filter(({ chunk }, i) => chunk.buffer === taken[i]!.chunk.buffer).length;
    expect(reused).toBeGreaterThanOrEqual(taken.length - 3);
  });

  it('lets go of each tag once it is written, so a relay holds only its read-ahead of the source', async () => {
    const bytes = readFileSync(await makeMedia(dir.path, { name: 'd.flv', seconds: 4, format: 'flv' }));
    const feed = new FlvFeed(new Writable({ write: (_chunk, _encoding, done) => done() }));
    // Each tag in memory of its own (as each source read is), watched only through a WeakRef.
    const watched = ((): { ts: number; ref: WeakRef<Buffer> }[] => {
      const tags = new FlvTagReader()
        .push(bytes)
        .filter((tag) => tag.type !== TAG_SCRIPT)
        .map((tag) => ({ ...tag, bytes: Buffer.from(new Uint8Array(tag.bytes)) }));
      feed.enqueue(null, tags);
      return tags.map((tag) => ({ ts: tag.timestamp, ref: new WeakRef(tag.bytes) }));
    })();
    const firstTs = watched[0]!.ts;
    // The first burst went at once (up to 0.75 s of media) and the rest waits for later bursts: a while after,
    // with the feed's timer still running, what went out must be collectable and what waits must not.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
    const written = watched.filter(({ ts }) => ts - firstTs < 700);
    const stillHeld = written.filter(({ ref }) => ref.deref() !== undefined).length;
    const queued = watched.filter(({ ts }) => ts - firstTs > 2500);
    feed.close();
    expect(written.length).toBeGreaterThan(25);
    expect(stillHeld).toBe(0);
    // The tags not yet due are still there to be written.
    expect(queued.every(({ ref }) => ref.deref() !== undefined)).toBe(true);
  });
});
